package dk.elaas.intake;

import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.DocumentKind;
import dk.elaas.consent.SignerRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** For tests: a consent stored as an earlier import would have stored it, with a given original file. */
public final class KnownFiles {

    private KnownFiles() {
    }

    public static UUID registerWithOriginal(ConsentWorld world, byte[] original) {
        UUID supplier = world.supplier("Nærkøb Risskov ApS", "94507545", "DAGLIGVARER");
        LocalDate signed = LocalDate.of(2024, 11, 1);
        return world.registrations.register(new ConsentDraft("Ellen Holm", "170539-0630", "Nørregade 25", "8200",
                "Aarhus N", "36425564", supplier, null, null, Set.of("DAGLIGVARER"), signed, null, SignerRole.CITIZEN,
                null, signed, "Lars Gravesen", CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE, ConsentChannel.PAPER,
                null, false, null, Map.of(), List.of(new ConsentDraft.Document(DocumentKind.ORIGINAL,
                "consent_002.pdf", "application/pdf", 1, original)))).consentId();
    }
}
