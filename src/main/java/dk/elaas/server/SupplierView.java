package dk.elaas.server;

import dk.elaas.consent.ConsentCheck;
import dk.elaas.consent.ConsentDetail;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.consent.ConsentVerdict;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

/**
 * What a Supplier user is handed (least privilege, seed 004): of a consent check only "yes/no, until when" for
 * its own company's consents — no name, birth date, address or CPR — and of its own consents no CPR, address
 * or phone.
 */
final class SupplierView {

    private SupplierView() {
    }

    record Check(boolean valid, List<Line> consents) {
    }

    record Line(UUID consentId, String supplierName, ConsentVerdict verdict, boolean valid, SortedSet<String> services,
                LocalDate validUntil) {
    }

    static Check of(ConsentCheck answer) {
        List<Line> lines = answer.citizens().stream().flatMap(c -> c.suppliers().stream())
                .map(l -> new Line(l.consentId(), l.supplierName(), l.verdict(), l.valid(), l.services(), l.validUntil()))
                .toList();
        return new Check(lines.stream().anyMatch(Line::valid), lines);
    }

    record Detail(UUID id, String citizenName, UUID supplierId, String supplierName, SortedSet<String> services,
                  ConsentStatus status, ConsentVerdict verdict, LocalDate validFrom, LocalDate validUntil,
                  LocalDate signedOn) {
    }

    static Detail of(ConsentDetail d) {
        return new Detail(d.id(), d.citizenName(), d.supplierId(), d.supplierName(), d.services(), d.status(),
                d.verdict(), d.validFrom(), d.validUntil(), d.signedOn());
    }
}
