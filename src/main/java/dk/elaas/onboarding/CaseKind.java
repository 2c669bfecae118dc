package dk.elaas.onboarding;

/** Whether a case brings an employee in or takes one out. */
public enum CaseKind {
    ONBOARDING, OFFBOARDING
}
