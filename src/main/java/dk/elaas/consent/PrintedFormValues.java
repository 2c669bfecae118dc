package dk.elaas.consent;

import java.util.List;
import java.util.UUID;

/**
 * A prepared consent form as printed: its id (in the QR code), the citizen and supplier it was prepared for
 * (null on a blank form) and the values printed in advance, exactly as on paper. Services are Danish names,
 * sorted; {@code consentId} is the consent the returned form was stored as, once it was.
 */
public record PrintedFormValues(UUID formId, String formVersion, UUID citizenId, UUID supplierId, String citizenName,
                                String cpr, String address, String postalCode, String city, String phone,
                                String supplierName, String supplierCvr, List<String> services, UUID consentId) {

    public PrintedFormValues {
        services = List.copyOf(services);
    }

    /** The text of the QR code. */
    public String qrPayload() {
        return PrintedFormCode.payload(formId);
    }
}
