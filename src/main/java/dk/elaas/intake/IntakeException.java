package dk.elaas.intake;

/**
 * Intake of a file failed, with the reason as a message key in {@code dk.elaas.i18n.messages}
 * (plus arguments) so the UI and the CLI can say in Danish what went wrong. Wraps the document
 * and OCR failures so callers handle one type.
 */
public final class IntakeException extends dk.elaas.common.i18n.LocalizedException {

    static final String KEY_CANCELLED = "intake.cancelled";

    public IntakeException(String messageKey, Object... messageArgs) {
        this(null, messageKey, messageArgs);
    }

    public IntakeException(Throwable cause, String messageKey, Object... messageArgs) {
        super(cause, messageKey, messageArgs);
    }

    /** True when the user cancelled; the UI shows no error for it. */
    public boolean isCancellation() {
        return KEY_CANCELLED.equals(messageKey());
    }
}
