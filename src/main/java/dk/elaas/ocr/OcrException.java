package dk.elaas.ocr;

/**
 * OCR could not run, with the reason as a message key in the {@code dk.elaas.i18n.messages}
 * bundle (plus arguments) so the UI can say in Danish what is missing.
 */
public final class OcrException extends dk.elaas.common.i18n.LocalizedException {

    public OcrException(String messageKey, Object... messageArgs) {
        this(null, messageKey, messageArgs);
    }

    public OcrException(Throwable cause, String messageKey, Object... messageArgs) {
        super(cause, messageKey, messageArgs);
    }
}
