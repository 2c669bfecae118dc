package dk.elaas.identity;

/** The policy refused an action; the message key is shown to the user, the reason goes to the log. */
public final class AccessDeniedException extends dk.elaas.common.i18n.RefusedException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey, String reason) {
        super(messageKey, reason);
    }
}
