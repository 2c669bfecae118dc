package dk.elaas.mail;

import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A mail the workflow needs (to the system owner, to ØJB …), kept as an .eml draft until sent. */
@Entity
@Table(name = "outgoing_mail")
public final class OutgoingMail extends BaseEntity implements Auditable {

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "recipients", nullable = false, length = 1000)
    private String recipients;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    @Column(name = "body", nullable = false, length = 20000)
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private MailStatus status = MailStatus.DRAFT;

    // Plain ids rather than associations: mail must not depend on the consent or onboarding packages.
    @Column(name = "consent_id")
    private UUID consentId;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "sent_note", length = 1000)
    private String sentNote;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "eml")
    private byte[] eml;

    protected OutgoingMail() {
    }

    public OutgoingMail(String kind, String recipients, String subject, String body) {
        this.kind = kind;
        this.recipients = recipients;
        this.subject = subject;
        this.body = body;
    }

    @Override
    public String auditLabel() {
        return subject;
    }

    public String getKind() { return kind; }
    public String getRecipients() { return recipients; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public MailStatus getStatus() { return status; }
    public void setStatus(MailStatus status) { this.status = status; }
    public String getSentNote() { return sentNote; }
    public void setSentNote(String sentNote) { this.sentNote = sentNote; }
    public UUID getConsentId() { return consentId; }
    public void setConsentId(UUID consentId) { this.consentId = consentId; }
    public UUID getCaseId() { return caseId; }
    public void setCaseId(UUID caseId) { this.caseId = caseId; }
    public byte[] getEml() { return eml == null ? null : eml.clone(); }
    public void setEml(byte[] eml) { this.eml = eml == null ? null : eml.clone(); }
}
