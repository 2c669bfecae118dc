package dk.elaas.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change made on this client, queued for the central server (issue 15.2): written in the same transaction
 * as the change itself, so a change is never made without its operation nor the other way round.
 */
@Entity
@Table(name = "sync_operation")
public final class SyncOperation implements dk.elaas.common.persistence.NotAudited {

    public enum State { PENDING, DONE, FAILED }

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "seq", nullable = false, updatable = false)
    private long seq;

    @Column(name = "kind", nullable = false, length = 60, updatable = false)
    private String kind;

    @Column(name = "record_id", nullable = false, updatable = false)
    private UUID recordId;

    @Column(name = "payload", nullable = false, length = 1000000, updatable = false)
    private String payload;

    @Column(name = "actor_subject", nullable = false, length = 200, updatable = false)
    private String actorSubject;

    @Column(name = "actor_name", nullable = false, length = 200, updatable = false)
    private String actorName;

    @Column(name = "actor_role", nullable = false, length = 40, updatable = false)
    private String actorRole;

    @Column(name = "client_time", nullable = false, updatable = false)
    private Instant clientTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state = State.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "done_at")
    private Instant doneAt;

    protected SyncOperation() {
    }

    SyncOperation(UUID id, long seq, String kind, UUID recordId, String payload, String actorSubject, String actorName,
                  String actorRole, Instant clientTime) {
        this.actorSubject = actorSubject;
        this.id = id;
        this.seq = seq;
        this.kind = kind;
        this.recordId = recordId;
        this.payload = payload;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.clientTime = clientTime;
    }

    void delivered(Instant at) {
        state = State.DONE;
        doneAt = at;
        lastError = null;
        nextAttemptAt = null;
    }

    void failedForGood(String reason, Instant at) {
        state = State.FAILED;
        doneAt = at;
        lastError = clip(reason);
        nextAttemptAt = null;
    }

    /** Sent again from the start (the user asked, after putting right what the server refused). */
    void tryAgain() {
        state = State.PENDING;
        attempts = 0;
        nextAttemptAt = null;
        doneAt = null;
    }

    void wake() {
        nextAttemptAt = null;
    }

    void retryAt(Instant when, String reason) {
        attempts++;
        nextAttemptAt = when;
        lastError = clip(reason);
    }

    private static String clip(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

    public UUID getId() { return id; }
    public long getSeq() { return seq; }
    public String getKind() { return kind; }
    public UUID getRecordId() { return recordId; }
    public String getPayload() { return payload; }
    public String getActorSubject() { return actorSubject; }
    public String getActorName() { return actorName; }
    public String getActorRole() { return actorRole; }
    public Instant getClientTime() { return clientTime; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getDoneAt() { return doneAt; }
}
