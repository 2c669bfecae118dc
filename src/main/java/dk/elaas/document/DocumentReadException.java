package dk.elaas.document;

import java.util.Arrays;

/**
 * A file that cannot be turned into a page image, with the reason as a message key in the
 * {@code dk.elaas.i18n.messages} bundle (plus its arguments) so the UI and CLI can show it in Danish.
 */
public final class DocumentReadException extends Exception {

    private final String messageKey;
    private final Object[] messageArgs;

    public DocumentReadException(String messageKey, Object... messageArgs) {
        this(null, messageKey, messageArgs);
    }

    public DocumentReadException(Throwable cause, String messageKey, Object... messageArgs) {
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
