package dk.elaas.consent;

import dk.elaas.mail.MailRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

/** Everything the register's detail pane shows about one consent. The CPR is masked; see revealCpr. */
public record ConsentDetail(
        UUID id, UUID citizenId, String citizenName, String maskedCpr, String address, String phone,
        UUID supplierId, String supplierName, String supplierCvr, SortedSet<String> services, ConsentStatus status,
        ConsentVerdict verdict, LocalDate validFrom, LocalDate validUntil, SignerRole signerRole,
        String representativeName, LocalDate signedOn, String collectedByName, CollectorOrganisation collectedByOrg,
        ConsentChannel channel, String templateVersion, boolean copyRequested, String receiptReference,
        Instant sentAt, String sentBy, LocalDate receivedOn, String receivedBy, LocalDate withdrawnOn,
        String withdrawnBy, WithdrawnBy withdrawnByKind, String statusReason, UUID supersededBy, Instant createdAt,
        List<History> history, List<Document> documents, List<ConsentGrantLine> grants, List<MailRecord> mails,
        LocalDate accessRemovedOn, String accessRemovedBy, long version) {

    public ConsentDetail {
        history = List.copyOf(history);
        documents = List.copyOf(documents);
        grants = List.copyOf(grants);
        mails = List.copyOf(mails);
    }

    /** One status change; a correction ("Ret…") keeps the status, so from equals to. */
    public record History(ConsentStatus from, ConsentStatus to, Instant at, String by, String reason) {

        public boolean correction() {
            return from == to;
        }
    }

    /** A stored file (content fetched separately: it can be megabytes). */
    public record Document(UUID id, DocumentKind kind, String fileName, String mediaType, long sizeBytes,
                           Integer pageCount) {
    }

    public boolean activeGrants() {
        return grants.stream().anyMatch(ConsentGrantLine::active);
    }
}
