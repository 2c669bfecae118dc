package dk.elaas.onboarding.ui.wizard;

import dk.elaas.onboarding.OnboardingStepKind;

/** One step in the wizard's step indicator: done, current or not yet; whether it is on screen and may be opened. */
public record StepMark(OnboardingStepKind kind, String title, Mark mark, boolean shown, boolean reachable) {

    /** Where a step stands. */
    public enum Mark { DONE, CURRENT, LATER }

    public int number() {
        return kind.number();
    }
}
