package dk.elaas.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** On the server: an operation that arrived, and what came of it; committed with the operation's effect. */
@Entity
@Table(name = "sync_inbox")
public final class SyncInboxEntry implements dk.elaas.common.persistence.NotAudited {

    public enum Outcome { APPLIED, REJECTED }

    @Id
    @Column(name = "op_id", nullable = false, updatable = false)
    private UUID opId;

    @Column(name = "kind", nullable = false, length = 60, updatable = false)
    private String kind;

    @Column(name = "subject", nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(name = "record_id", updatable = false)
    private UUID recordId;

    @Column(name = "client_time", updatable = false)
    private Instant clientTime;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20, updatable = false)
    private Outcome outcome;

    @Column(name = "detail", length = 2000, updatable = false)
    private String detail;

    protected SyncInboxEntry() {
    }

    public SyncInboxEntry(UUID opId, String kind, String subject, UUID recordId, Instant clientTime, Instant receivedAt,
                   Outcome outcome, String detail) {
        this.opId = opId;
        this.kind = kind;
        this.subject = subject;
        this.recordId = recordId;
        this.clientTime = clientTime;
        this.receivedAt = receivedAt;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public UUID getOpId() { return opId; }
    public String getKind() { return kind; }
    public String getSubject() { return subject; }
    public UUID getRecordId() { return recordId; }
    public Instant getReceivedAt() { return receivedAt; }
    public Outcome getOutcome() { return outcome; }
    public String getDetail() { return detail; }
}
