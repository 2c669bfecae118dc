package dk.elaas.consent;

/**
 * A lifecycle step the consent's status does not allow (anything out of withdrawn or expired, received back
 * to registered …), or one missing what it needs. Carries a message key for the UI and a written reason.
 */
public final class ConsentTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public ConsentTransitionException(String messageKey, String reason, Object... args) {
        super(reason);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
