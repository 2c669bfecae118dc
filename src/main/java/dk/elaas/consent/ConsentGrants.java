package dk.elaas.consent;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What the consent lifecycle needs from access grants, inside its own transaction. The access feature
 * implements it; consent cannot depend on access (access depends on consent).
 */
public interface ConsentGrants {

    /** Ends every active grant under the consent; returns how many ended. */
    int endAll(Session s, UUID consentId, Instant at, String reason);

    /**
     * A newer consent replaced {@code fromConsentId}: active grants whose services it covers continue under
     * {@code toConsentId}; the others end. Returns how many ended.
     */
    int transfer(Session s, UUID fromConsentId, UUID toConsentId, Set<String> coveredServices, Instant at, String reason);

    /** Every grant under the consent, active or ended, oldest first. */
    java.util.List<ConsentGrantLine> grantsOf(Session s, UUID consentId);

    /** Number of active grants under the consent. */
    long activeCount(Session s, UUID consentId);
}
