package dk.elaas.identity;

/** The policy refused an action; the message key is shown to the user, the reason goes to the log. */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccessDeniedException(String messageKey, String reason) {
        super(reason);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
