package dk.elaas.onboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one wizard step captures. One record per step, so each step's view model fills exactly its own part
 * of the {@link OnboardingState} and the service validates it with types, not a settings map.
 */
public sealed interface StepInput {

    OnboardingStepKind kind();

    /** Step 1: the citizens the employee will serve; each under a consent, or door-entry-only (no consent). */
    record Consents(List<CitizenChoice> citizens) implements StepInput {
        public Consents {
            citizens = citizens == null ? List.of() : List.copyOf(citizens);
        }

        @Override
        public OnboardingStepKind kind() {
            return OnboardingStepKind.CONSENT;
        }
    }

    /** One citizen of step 1: {@code consentId} null means door-entry-only access. */
    record CitizenChoice(UUID citizenId, UUID consentId) {
        public boolean doorEntryOnly() {
            return consentId == null;
        }
    }

    /** Step 2 (3.1): the details the supplier's manager mails to the system owner. */
    record EmployeeDetails(String firstName, String lastName, String workEmail, boolean usesManagerEmail,
                           LocalDate endDate) implements StepInput {
        @Override
        public OnboardingStepKind kind() {
            return OnboardingStepKind.EMPLOYEE_DETAILS;
        }
    }

    /** Step 3 (3.2): the invitation mail, the "oprettet" mail and the EXT username it gave. */
    record ExtActivation(LocalDate invitationMailOn, LocalDate createdMailOn, String extUsername) implements StepInput {
        @Override
        public OnboardingStepKind kind() {
            return OnboardingStepKind.EXT_ACTIVATION;
        }
    }

    /** Step 4 (3.3): the group membership ordered and confirmed (the username mail is sent first). */
    record AzureGroup(LocalDate groupOrderedOn, LocalDate groupConfirmedOn) implements StepInput {
        @Override
        public OnboardingStepKind kind() {
            return OnboardingStepKind.AZURE_GROUP;
        }
    }

    /** Step 5 (3.4): two-factor set up, on the employee's own phone. */
    record TwoFactor(boolean onPersonalPhone, LocalDate doneOn) implements StepInput {
        @Override
        public OnboardingStepKind kind() {
            return OnboardingStepKind.TWO_FACTOR;
        }
    }

    /** Step 6 (3.5): ØJB contacted, user created and device registered; then access is granted. */
    record Phoniro(LocalDate oejbContactedOn, boolean userCreated, boolean deviceRegistered, LocalDate confirmedOn)
            implements StepInput {
        @Override
        public OnboardingStepKind kind() {
            return OnboardingStepKind.PHONIRO;
        }
    }
}
