package dk.elaas.consent;

import java.util.List;
import java.util.UUID;

/** What one expiry check did: the consents that expired and the access grants that ended with them. */
public record ExpiryRun(List<UUID> expired, int grantsEnded) {

    public ExpiryRun {
        expired = List.copyOf(expired);
    }
}
