package dk.elaas.onboarding;

/** Where a case stands as a whole. */
public enum CaseState {
    OPEN, PAUSED, ACTIVE, CLOSED
}
