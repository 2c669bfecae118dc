package dk.elaas.onboarding;

import java.util.Locale;

/** The six onboarding steps of the Aarhus workflow, in order (DOMAIN.md; seed 000, sections 2 and 3.1–3.5). */
public enum OnboardingStepKind {
    CONSENT(WaitingOn.SUPPLIER_MANAGER),
    EMPLOYEE_DETAILS(WaitingOn.SUPPLIER_MANAGER),
    EXT_ACTIVATION(WaitingOn.EMPLOYEE),
    AZURE_GROUP(WaitingOn.SYSTEM_OWNER),
    TWO_FACTOR(WaitingOn.EMPLOYEE),
    PHONIRO(WaitingOn.OEJB);

    private final WaitingOn doneBy;

    OnboardingStepKind(WaitingOn doneBy) {
        this.doneBy = doneBy;
    }

    /** Who does this step, and so whom a case at this step waits on. */
    public WaitingOn doneBy() {
        return doneBy;
    }

    /** 1-based number as the wizard shows it. */
    public int number() {
        return ordinal() + 1;
    }

    public OnboardingStepKind next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    /** Key prefix of the step's texts: {@code onboarding.step.consent.title} … */
    public String messageKey() {
        return "onboarding.step." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
