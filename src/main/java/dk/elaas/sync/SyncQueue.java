package dk.elaas.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.f4b6a3.uuid.UuidCreator;
import dk.elaas.common.persistence.ChangeRecorder;
import dk.elaas.common.persistence.Tx;
import dk.elaas.identity.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * The client's queue of changes for the central server (issue 15.2). {@link #record} runs inside the service's
 * own transaction, so the change and its operation commit or vanish together (a kill -9 in between leaves
 * neither); an operation id is a UUIDv7, and {@code seq} keeps the order the changes were made in.
 */
public final class SyncQueue implements ChangeRecorder {

    /** How many of each state there are, for the status bar. */
    public record Counts(long pending, long failed, Instant lastDelivered) {
    }

    private final Tx tx;
    private final Clock clock;
    private final Supplier<Actor> actor;

    public SyncQueue(Tx tx, Clock clock, Supplier<Actor> actor) {
        this.tx = tx;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public void record(Session s, String kind, UUID recordId, Object command) {
        String payload;
        try {
            payload = SyncJson.mapper().writeValueAsString(command);
        } catch (JsonProcessingException e) {
            // A command that cannot be written must not be lost silently: the change itself is refused.
            throw new IllegalStateException("could not queue " + kind + " for the server: " + e.getMessage(), e);
        }
        // From a sequence: two saves at once (the app runs two background threads) never draw the same number.
        long seq = ((Number) s.createNativeQuery("SELECT NEXT VALUE FOR sync_operation_seq", Long.class)
                .getSingleResult()).longValue();
        Actor who = actor.get();
        s.persist(new SyncOperation(UuidCreator.getTimeOrderedEpoch(), seq, kind, recordId,
                payload, who.subject(), who.name(), who.role().name(), clock.instant()));
    }

    /**
     * The operations to send now, oldest first: pending and due (no back-off wait left), and never one whose
     * record has an older operation still waiting (the changes of one record reach the server in their order).
     */
    public List<SyncOperation> due(int max) {
        return due(null, max);
    }

    /** As {@link #due(int)}, only what {@code subject} made: it goes with that person's own sign-in, no one else's. */
    public List<SyncOperation> due(String subject, int max) {
        Instant now = clock.instant();
        List<SyncOperation> pending = tx.call(s -> s.createSelectionQuery(
                        "from SyncOperation o where o.state = :pending order by o.seq", SyncOperation.class)
                .setParameter("pending", SyncOperation.State.PENDING).getResultList()).stream()
                .filter(o -> subject == null || subject.equals(o.getActorSubject())).toList();
        java.util.Set<UUID> waiting = new java.util.HashSet<>();
        List<SyncOperation> due = new java.util.ArrayList<>();
        for (SyncOperation op : pending) {
            boolean ready = op.getNextAttemptAt() == null || !op.getNextAttemptAt().isAfter(now);
            if (!ready || waiting.contains(op.getRecordId())) {
                waiting.add(op.getRecordId());
            } else if (due.size() < max) {
                due.add(op);
            }
        }
        return due;
    }

    /** "Kunne ikke synkroniseres": what the server refused for good, newest first. */
    public List<SyncOperation> failed() {
        return failed(null);
    }

    /** {@code subject}'s own refused operations (null: everyone's). */
    public List<SyncOperation> failed(String subject) {
        return tx.call(s -> s.createSelectionQuery("from SyncOperation o where o.state = :failed"
                        + " and (:subject is null or o.actorSubject = :subject) order by o.seq desc", SyncOperation.class)
                .setParameter("failed", SyncOperation.State.FAILED).setParameter("subject", subject).getResultList());
    }

    public Counts counts() {
        return counts(null);
    }

    /** The counts of {@code subject}'s own operations (null: everyone's). */
    public Counts counts(String subject) {
        return tx.call(s -> new Counts(count(s, SyncOperation.State.PENDING, subject),
                count(s, SyncOperation.State.FAILED, subject),
                s.createSelectionQuery("select max(o.doneAt) from SyncOperation o where o.state = :done"
                                + " and (:subject is null or o.actorSubject = :subject)", Instant.class)
                        .setParameter("done", SyncOperation.State.DONE).setParameter("subject", subject)
                        .getSingleResult()));
    }

    private static long count(Session s, SyncOperation.State state, String subject) {
        return s.createSelectionQuery("select count(o) from SyncOperation o where o.state = :st"
                        + " and (:subject is null or o.actorSubject = :subject)", Long.class)
                .setParameter("st", state).setParameter("subject", subject).getSingleResult();
    }

    /** The server answers again: {@code subject}'s operations waiting out a back-off may go at once. */
    int wake(String subject) {
        return tx.call(s -> {
            int woken = 0;
            for (SyncOperation op : s.createSelectionQuery("from SyncOperation o where o.state = :pending"
                    + " and o.nextAttemptAt is not null", SyncOperation.class)
                    .setParameter("pending", SyncOperation.State.PENDING).getResultList()) {
                if (subject == null || subject.equals(op.getActorSubject())) {
                    op.wake();
                    woken++;
                }
            }
            return woken;
        });
    }

    /** "Prøv igen" on a refused operation: queued again as it is, at its old place in the order. */
    public void tryAgain(UUID opId) {
        tx.run(s -> {
            SyncOperation op = s.find(SyncOperation.class, opId);
            if (op != null && op.getState() == SyncOperation.State.FAILED) {
                op.tryAgain();
            }
        });
    }

    /** What the operation is about, for a person: the citizen's name of a registration, else its kind. */
    public static String subjectOf(SyncOperation op) {
        try {
            String name = SyncJson.mapper().readTree(op.getPayload()).path("draft").path("citizenName").asText("");
            return name.isBlank() ? op.getKind() : name;
        } catch (JsonProcessingException e) {
            return op.getKind();
        }
    }

    void delivered(UUID opId) {
        tx.run(s -> s.find(SyncOperation.class, opId).delivered(clock.instant()));
    }

    void failedForGood(UUID opId, String reason) {
        tx.run(s -> s.find(SyncOperation.class, opId).failedForGood(reason, clock.instant()));
    }

    /** A transient failure: tried again after 2, 4, 8 … seconds, at most five minutes apart. */
    void later(UUID opId, String reason) {
        tx.run(s -> {
            SyncOperation op = s.find(SyncOperation.class, opId);
            long wait = Math.min(300, 1L << Math.min(op.getAttempts() + 1, 9));
            op.retryAt(clock.instant().plusSeconds(wait), reason);
        });
    }
}
