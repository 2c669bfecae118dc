package dk.elaas.common.i18n;

import java.util.Arrays;

/**
 * A service refused a use case (a move the rules do not allow, a role without the right …) and changed nothing.
 * Carries the message key of the sentence the user reads, its arguments, and a written reason for the log.
 */
public abstract class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    protected RefusedException(String messageKey, String reason, Object... args) {
        super(reason);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : Arrays.copyOf(args, args.length);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
