package dk.elaas.consent;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one lifecycle step: the consent's new status, the mail composed (send only), how many
 * access grants ended, and which older consents this one replaced (received only).
 */
public record LifecycleResult(UUID consentId, ConsentStatus status, UUID mailId, int grantsEnded,
                              List<UUID> superseded) {

    public LifecycleResult {
        superseded = List.copyOf(superseded);
    }
}
