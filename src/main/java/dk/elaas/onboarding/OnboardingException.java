package dk.elaas.onboarding;

/**
 * A move the case does not allow (skipping a step, access without a received consent, another company's
 * case …). Carries a message key for the UI and a written reason; nothing was changed.
 */
public final class OnboardingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public OnboardingException(String messageKey, String reason, Object... args) {
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
