package dk.elaas.onboarding;

/**
 * The wizard's one typed state object: every step's data as last saved (null where a step has nothing yet).
 * The wizard's view model owns it; each step's view model fills and validates its own part.
 */
public record OnboardingState(StepInput.Consents consents, StepInput.EmployeeDetails employee,
                              StepInput.ExtActivation extActivation, StepInput.AzureGroup azureGroup,
                              StepInput.TwoFactor twoFactor, StepInput.Phoniro phoniro) {

    /** The saved input of one step. */
    public StepInput of(OnboardingStepKind step) {
        return switch (step) {
            case CONSENT -> consents;
            case EMPLOYEE_DETAILS -> employee;
            case EXT_ACTIVATION -> extActivation;
            case AZURE_GROUP -> azureGroup;
            case TWO_FACTOR -> twoFactor;
            case PHONIRO -> phoniro;
        };
    }

    /** A copy with one step's input replaced. */
    public OnboardingState with(StepInput input) {
        return new OnboardingState(
                input instanceof StepInput.Consents c ? c : consents,
                input instanceof StepInput.EmployeeDetails e ? e : employee,
                input instanceof StepInput.ExtActivation x ? x : extActivation,
                input instanceof StepInput.AzureGroup a ? a : azureGroup,
                input instanceof StepInput.TwoFactor t ? t : twoFactor,
                input instanceof StepInput.Phoniro p ? p : phoniro);
    }
}
