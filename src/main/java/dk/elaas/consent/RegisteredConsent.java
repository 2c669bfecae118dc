package dk.elaas.consent;

import java.util.UUID;

/**
 * The outcome of registering a consent: its id, whether the citizen or supplier was new, and the status it was
 * stored with (EXPIRED when its valid-until date had already passed, else REGISTERED).
 */
public record RegisteredConsent(UUID consentId, UUID citizenId, UUID supplierId, boolean citizenCreated,
                                boolean supplierCreated, ConsentStatus status) {

    public RegisteredConsent(UUID consentId, UUID citizenId, UUID supplierId, boolean citizenCreated,
                             boolean supplierCreated) {
        this(consentId, citizenId, supplierId, citizenCreated, supplierCreated, ConsentStatus.REGISTERED);
    }

    public boolean storedExpired() {
        return status == ConsentStatus.EXPIRED;
    }
}
