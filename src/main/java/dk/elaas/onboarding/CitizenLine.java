package dk.elaas.onboarding;

import java.util.SortedSet;
import java.util.UUID;

/**
 * A citizen of step 1 as the wizard shows it: the consent's status and services, whether access was granted
 * (and is still active), and — when step 6 could not grant it now — the key of what is missing.
 */
public record CitizenLine(UUID citizenId, String citizenName, String cprMasked, UUID consentId, String consentStatus,
                          SortedSet<String> consentServices, boolean doorEntryOnly, UUID grantId, boolean grantActive,
                          GateProblem problem) {

    public boolean ready() {
        return problem == null;
    }
}
