package dk.elaas.mail;

import dk.elaas.common.persistence.Tx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The outbox: every mail the workflow composes is stored as an .eml draft first, so it waits safely while the
 * PC is offline, and is opened in the user's mail program when the user chooses. The app never sends mail
 * itself; the user confirms "sent".
 */
public final class OutboxService {

    private final Tx tx;
    private final EmlComposer composer;
    private final Path exportDir;

    public OutboxService(Tx tx, EmlComposer composer, Path exportDir) {
        this.tx = tx;
        this.composer = composer;
        this.exportDir = exportDir;
    }

    /**
     * Composes and stores a draft inside the caller's transaction (a lifecycle step and its mail commit
     * together). Returns the stored mail's id.
     */
    public UUID queue(Session s, MailDraft draft, UUID consentId) {
        byte[] eml = composer.compose(draft);
        OutgoingMail mail = new OutgoingMail(draft.kind(), String.join(", ", draft.to()), draft.subject(), draft.body());
        mail.setConsentId(consentId);
        mail.setEml(eml);
        s.persist(mail);
        return mail.getId();
    }

    /** As {@link #queue}, for a mail that belongs to an onboarding or offboarding case. */
    public UUID queueForCase(Session s, MailDraft draft, UUID caseId) {
        byte[] eml = composer.compose(draft);
        OutgoingMail mail = new OutgoingMail(draft.kind(), String.join(", ", draft.to()), draft.subject(), draft.body());
        mail.setCaseId(caseId);
        mail.setEml(eml);
        s.persist(mail);
        return mail.getId();
    }

    /** The mails of a case, newest first, read in the caller's transaction. */
    public List<MailRecord> forCase(Session s, UUID caseId) {
        return s.createSelectionQuery("from OutgoingMail m where m.caseId = :id order by m.createdAt desc, m.id desc",
                        OutgoingMail.class)
                .setParameter("id", caseId).getResultList().stream().map(MailRecord::of).toList();
    }

    public List<MailRecord> forConsent(UUID consentId) {
        return tx.call(s -> s.createSelectionQuery(
                        "from OutgoingMail m where m.consentId = :id order by m.createdAt desc", OutgoingMail.class)
                .setParameter("id", consentId).getResultList().stream().map(MailRecord::of).toList());
    }

    /** Mails not yet confirmed sent, oldest first. */
    public List<MailRecord> queued() {
        return tx.call(s -> s.createSelectionQuery(
                        "from OutgoingMail m where m.status not in (:sent) order by m.createdAt", OutgoingMail.class)
                .setParameterList("sent", List.of(MailStatus.SENT, MailStatus.SENT_OTHERWISE)).getResultList().stream().map(MailRecord::of).toList());
    }

    /** The stored .eml bytes. */
    public byte[] eml(UUID mailId) {
        return tx.call(s -> find(s, mailId).getEml());
    }

    /**
     * Writes the draft to an .eml file for the mail program, changing nothing: the mail is marked opened only
     * when {@link MailLauncher} has started the program ({@link #markOpened}). Returns the file.
     */
    public Path writeForProgram(UUID mailId) {
        byte[] eml = eml(mailId);
        try {
            Files.createDirectories(exportDir);
            Path file = Files.createTempFile(exportDir, "elaas-", ".eml");
            return Files.write(file, eml);
        } catch (IOException e) {
            throw new MailException("Could not write the mail to " + exportDir + ": " + e.getMessage(), e);
        }
    }

    /** The mail program was started with the mail: a draft becomes {@code EXPORTED}; a sent mail stays sent. */
    public MailRecord markOpened(UUID mailId) {
        return tx.call(s -> {
            OutgoingMail m = find(s, mailId);
            if (m.getStatus() == MailStatus.DRAFT) {
                m.setStatus(MailStatus.EXPORTED);
            }
            s.flush();
            return MailRecord.of(m);
        });
    }

    /** The body of a stored mail (lists carry only the subject). */
    public String body(UUID mailId) {
        return tx.call(s -> find(s, mailId).getBody());
    }

    /** The user confirms the mail has left their mail program. */
    public MailRecord markSent(UUID mailId) {
        return tx.call(s -> {
            OutgoingMail m = find(s, mailId);
            m.setStatus(MailStatus.SENT);
            m.setSentNote(null);
            s.flush();
            return MailRecord.of(m);
        });
    }

    /**
     * The user handed the mail on another way (by phone, from a web mail …) and says how; the note is required
     * and is kept on the mail (and so in the audit trail).
     */
    public MailRecord markSentOtherwise(UUID mailId, String note) {
        if (note == null || note.isBlank()) {
            throw new MailException("A mail sent another way needs a note saying how");
        }
        String trimmed = note.strip();
        return tx.call(s -> {
            OutgoingMail m = find(s, mailId);
            m.setStatus(MailStatus.SENT_OTHERWISE);
            m.setSentNote(trimmed.length() > 1000 ? trimmed.substring(0, 1000) : trimmed);
            s.flush();
            return MailRecord.of(m);
        });
    }

    /** The mails of a case the user has not yet said were sent, read in the caller's transaction. */
    public List<MailRecord> unsentForCase(Session s, UUID caseId) {
        return forCase(s, caseId).stream().filter(m -> !m.status().isSent()).toList();
    }

    private static OutgoingMail find(Session s, UUID id) {
        OutgoingMail m = s.find(OutgoingMail.class, id);
        if (m == null) {
            throw new MailException("No mail with id " + id);
        }
        return m;
    }
}
