package dk.elaas.document;

/**
 * A file that cannot be turned into a page image, with the reason as a message key in the
 * {@code dk.elaas.i18n.messages} bundle (plus its arguments) so the UI and CLI can show it in Danish.
 */
public final class DocumentReadException extends dk.elaas.common.i18n.LocalizedException {

    public DocumentReadException(String messageKey, Object... messageArgs) {
        this(null, messageKey, messageArgs);
    }

    public DocumentReadException(Throwable cause, String messageKey, Object... messageArgs) {
        super(cause, messageKey, messageArgs);
    }
}
