package dk.elaas.common.i18n;

import java.util.Arrays;

/**
 * A failure whose reason is a message key in the {@code dk.elaas.i18n.messages} bundle plus its
 * arguments, so the UI and the command line can say in Danish (or English) what went wrong.
 */
public abstract class LocalizedException extends Exception {

    private final String messageKey;
    private final transient Object[] messageArgs;

    protected LocalizedException(Throwable cause, String messageKey, Object... messageArgs) {
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
