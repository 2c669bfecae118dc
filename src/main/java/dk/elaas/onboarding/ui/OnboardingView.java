package dk.elaas.onboarding.ui;

/** The onboarding section. The six-step wizard arrives with its own issue; until then it explains what is coming. */
public final class OnboardingView {
}
