package dk.elaas.common.persistence;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;

/**
 * Opens one transaction per use case. Services call this; repositories use the session they are given.
 * Optimistic-lock failures leave as {@link ConcurrentChangeException}, so callers above the service layer
 * need no persistence types.
 */
public final class Tx {

    /** The transaction of a {@link #callAsOne} running on this thread, and whose it is. */
    private record Joined(Tx owner, Session session) {
    }

    private static final ThreadLocal<Joined> JOINED = new ThreadLocal<>();

    private final SessionFactory sessionFactory;
    private final Consumer<Session> onBegin;

    public Tx(SessionFactory sessionFactory) {
        this(sessionFactory, s -> { });
    }

    /**
     * {@code onBegin} runs first in every transaction, on its connection: the server sets the acting user there
     * ({@code SET LOCAL}) so that PostgreSQL's row-level security sees who acts.
     */
    public Tx(SessionFactory sessionFactory, Consumer<Session> onBegin) {
        this.sessionFactory = sessionFactory;
        this.onBegin = onBegin;
    }

    /**
     * Runs {@code work} in one transaction that every {@link #call} of this same {@code Tx} on this thread joins
     * instead of opening its own: the server applies a queued operation and records it in its inbox as one
     * commit (issue 15.3). Outside it, each call is its own transaction, as always.
     */
    public <R> R callAsOne(Function<Session, R> work) {
        return call(s -> {
            Joined outer = JOINED.get();
            JOINED.set(new Joined(this, s));
            try {
                return work.apply(s);
            } finally {
                if (outer == null) {
                    JOINED.remove();
                } else {
                    JOINED.set(outer);
                }
            }
        });
    }

    public <R> R call(Function<Session, R> work) {
        Joined joined = JOINED.get();
        // Only the same Tx: another one (the server's own SYSTEM transactions) sets another acting identity.
        if (joined != null && joined.owner() == this) {
            return work.apply(joined.session());
        }
        try {
            return sessionFactory.fromTransaction(s -> {
                onBegin.accept(s);
                return work.apply(s);
            });
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConcurrentChangeException("The record was changed by someone else: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (StorageFullException.isDiskFull(e)) {
                throw new StorageFullException(e);
            }
            throw e;
        }
    }

    public void run(Consumer<Session> work) {
        call(s -> {
            work.accept(s);
            return null;
        });
    }
}
