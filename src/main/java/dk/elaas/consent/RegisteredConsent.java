package dk.elaas.consent;

import java.util.UUID;

/** The outcome of registering a consent: its id and whether the citizen or supplier was new. */
public record RegisteredConsent(UUID consentId, UUID citizenId, UUID supplierId, boolean citizenCreated,
                                boolean supplierCreated) {
}
