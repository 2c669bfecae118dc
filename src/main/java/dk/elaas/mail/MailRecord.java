package dk.elaas.mail;

import java.time.Instant;
import java.util.UUID;

/** An outgoing mail as lists show it. */
public record MailRecord(UUID id, String kind, String recipients, String subject, MailStatus status,
                         Instant createdAt, Instant updatedAt, UUID consentId,
                         String sentNote) {

    static MailRecord of(OutgoingMail m) {
        return new MailRecord(m.getId(), m.getKind(), m.getRecipients(), m.getSubject(), m.getStatus(),
                m.getCreatedAt(), m.getUpdatedAt(), m.getConsentId(), m.getSentNote());
    }
}
