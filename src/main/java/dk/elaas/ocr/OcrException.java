package dk.elaas.ocr;

import java.util.Arrays;

/**
 * OCR could not run, with the reason as a message key in the {@code dk.elaas.i18n.messages}
 * bundle (plus arguments) so the UI can say in Danish what is missing.
 */
public final class OcrException extends Exception {

    private final String messageKey;
    private final Object[] messageArgs;

    public OcrException(String messageKey, Object... messageArgs) {
        this(null, messageKey, messageArgs);
    }

    public OcrException(Throwable cause, String messageKey, Object... messageArgs) {
        super(messageKey + Arrays.toString(messageArgs), cause);
        this.messageKey = messageKey;
        this.messageArgs = messageArgs.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArgs() {
        return messageArgs.clone();
    }
}
