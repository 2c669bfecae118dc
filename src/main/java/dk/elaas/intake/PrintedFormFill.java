package dk.elaas.intake;

import dk.elaas.consent.PrintedFormValues;
import java.util.EnumMap;
import java.util.Map;

/**
 * Fills the fields a printed form had printed in advance with the stored values, exactly and with confidence
 * 1.0; the box and raw OCR text stay as read, for the reviewer. Fields that were blank on paper keep what OCR
 * read (the citizen or the collector wrote them by hand).
 */
final class PrintedFormFill {

    private PrintedFormFill() {
    }

    static ExtractedFields apply(ExtractedFields read, PrintedFormValues form) {
        Map<ConsentField, FieldValue> out = new EnumMap<>(read.values());
        put(out, ConsentField.CITIZEN_NAME, form.citizenName());
        put(out, ConsentField.CPR, form.cpr());
        put(out, ConsentField.ADDRESS, form.address());
        put(out, ConsentField.POSTAL_CODE, form.postalCode());
        put(out, ConsentField.CITY, form.city());
        put(out, ConsentField.PHONE, form.phone());
        put(out, ConsentField.SUPPLIER_NAME, form.supplierName());
        put(out, ConsentField.SUPPLIER_CVR, form.supplierCvr());
        if (!form.services().isEmpty()) {
            put(out, ConsentField.SERVICES, String.join(",", form.services()));
        }
        return new ExtractedFields(out);
    }

    private static void put(Map<ConsentField, FieldValue> out, ConsentField field, String printed) {
        if (printed == null || printed.isBlank()) {
            return;
        }
        FieldValue read = out.get(field);
        out.put(field, new FieldValue(printed, 1.0, read == null ? null : read.box(), read == null ? null : read.raw(), null));
    }
}
