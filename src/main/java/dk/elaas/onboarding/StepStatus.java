package dk.elaas.onboarding;

/** Status of one step of a case. */
public enum StepStatus {
    PENDING, IN_PROGRESS, DONE
}
