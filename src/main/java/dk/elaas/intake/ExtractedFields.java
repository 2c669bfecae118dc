package dk.elaas.intake;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The 16 consent fields as read from one page, each with its confidence and box. */
public record ExtractedFields(Map<ConsentField, FieldValue> values) {

    public ExtractedFields {
        EnumMap<ConsentField, FieldValue> all = new EnumMap<>(ConsentField.class);
        for (ConsentField f : ConsentField.values()) {
            all.put(f, values.getOrDefault(f, FieldValue.missing()));
        }
        values = Collections.unmodifiableMap(all);
    }

    public FieldValue get(ConsentField field) {
        return values.get(field);
    }

    public String value(ConsentField field) {
        return values.get(field).value();
    }

    /** The ticked services, sorted (empty when none were ticked or read). */
    public List<String> services() {
        String v = value(ConsentField.SERVICES);
        return v == null || v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).sorted().toList();
    }

    /** A date field as a date, or null. */
    public LocalDate date(ConsentField field) {
        String v = value(field);
        return v == null ? null : LocalDate.parse(v);
    }

    /** The fields not found at all: no value, and not even their label's place. */
    List<ConsentField> lost() {
        return Arrays.stream(ConsentField.values())
                .filter(f -> values.get(f).value() == null && values.get(f).box() == null)
                .toList();
    }

    /** These fields with those of {@code lost} that {@code again} found taken from it. */
    ExtractedFields withFound(List<ConsentField> lost, ExtractedFields again) {
        Map<ConsentField, FieldValue> out = new EnumMap<>(values);
        for (ConsentField f : lost) {
            if (again.get(f).value() != null) {
                out.put(f, again.get(f));
            }
        }
        return new ExtractedFields(out);
    }

    /** Share of the 16 fields presented as confident. */
    public double confidentShare() {
        return values.values().stream().filter(FieldValue::confident).count() / (double) values.size();
    }
}
