package dk.elaas.onboarding;

import dk.elaas.common.i18n.RefusedException;

/**
 * A move the case does not allow (skipping a step, access without a received consent, another company's
 * case …). Carries a message key for the UI and a written reason; nothing was changed.
 */
public final class OnboardingException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public OnboardingException(String messageKey, String reason, Object... args) {
        super(messageKey, reason, args);
    }
}
