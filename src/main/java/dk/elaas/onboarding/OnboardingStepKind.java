package dk.elaas.onboarding;

/** The six onboarding steps of the Aarhus workflow, in order (sections 3.1–3.5 of the seed). */
public enum OnboardingStepKind {
    CONSENT, EMPLOYEE_DETAILS, EXT_ACTIVATION, AZURE_GROUP, TWO_FACTOR, PHONIRO
}
