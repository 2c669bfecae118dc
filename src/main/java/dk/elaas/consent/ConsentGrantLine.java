package dk.elaas.consent;

import java.time.Instant;
import java.util.SortedSet;
import java.util.UUID;

/** An access grant under a consent, as the consent's detail shows it. */
public record ConsentGrantLine(UUID grantId, String holder, SortedSet<String> services, Instant grantedAt,
                               Instant revokedAt, String revokeReason) {

    public boolean active() {
        return revokedAt == null;
    }
}
