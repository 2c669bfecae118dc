package dk.elaas.consent;

/**
 * A lifecycle step the consent's status does not allow (anything out of withdrawn or expired, received back
 * to registered …), or one missing what it needs. Carries a message key for the UI and a written reason.
 */
public final class ConsentTransitionException extends dk.elaas.common.i18n.RefusedException {

    private static final long serialVersionUID = 1L;

    public ConsentTransitionException(String messageKey, String reason, Object... args) {
        super(messageKey, reason, args);
    }
}
