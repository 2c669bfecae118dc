package dk.elaas.consent;

import java.time.LocalDate;
import java.util.Set;

/**
 * The consent's own fields as a clerk corrects them ("Ret…"). The citizen's name, CPR and address are not here:
 * they belong to the citizen record and are shared by the citizen's other consents.
 */
public record ConsentCorrection(Set<String> services, LocalDate validFrom, LocalDate validUntil, SignerRole signerRole,
                                String representativeName, LocalDate signedOn, String collectedByName,
                                CollectorOrganisation collectedByOrg, boolean copyRequested) {

    public ConsentCorrection {
        services = services == null ? Set.of() : Set.copyOf(services);
    }

    /** The fields as they are now: the starting point of the correction form. */
    public static ConsentCorrection of(ConsentDetail d) {
        return new ConsentCorrection(d.services(), d.validFrom(), d.validUntil(), d.signerRole(), d.representativeName(),
                d.signedOn(), d.collectedByName(), d.collectedByOrg(), d.copyRequested());
    }
}
