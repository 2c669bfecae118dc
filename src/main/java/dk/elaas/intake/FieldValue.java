package dk.elaas.intake;

/**
 * One field as read from the page.
 *
 * @param value      the normalised value (ISO dates, digits only, services comma-separated and
 *                   sorted, {@code citizen}/{@code representative}), or null when the field is empty
 *                   or was not found
 * @param confidence 0..1; at or above {@link #CONFIDENT} the value passed validation and OCR was sure
 *                   of every character, and the UI may present it as not needing a check
 * @param box        where the value (or the label, when empty) is in the prepared image, or null
 * @param raw        the OCR text the value came from, for the reviewer
 * @param issueKey   message key of what looked wrong (a failed validation), or null
 */
public record FieldValue(String value, double confidence, Box box, String raw, String issueKey) {

    /** Threshold for presenting a field as confident. Tuned so such fields are at least 99% right. */
    public static final double CONFIDENT = 0.9;

    public static FieldValue missing() {
        return new FieldValue(null, 0, null, null, null);
    }

    public boolean confident() {
        return confidence >= CONFIDENT;
    }
}
