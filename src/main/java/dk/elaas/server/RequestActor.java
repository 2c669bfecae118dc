package dk.elaas.server;

import dk.elaas.identity.Actor;
import java.util.function.Supplier;

/**
 * The authenticated person of the request this thread serves, for the services, the audit log and the
 * row-level-security settings of each transaction. Nothing outside the request holds it: the server keeps no
 * state between requests.
 */
final class RequestActor implements Supplier<Actor> {

    private final ThreadLocal<Actor> current = new ThreadLocal<>();

    @Override
    public Actor get() {
        Actor a = current.get();
        if (a == null) {
            throw new IllegalStateException("no authenticated actor on this thread");
        }
        return a;
    }

    Actor orNull() {
        return current.get();
    }

    void set(Actor actor) {
        current.set(actor);
    }

    void clear() {
        current.remove();
    }

    /** Runs {@code work} as {@code actor} (the system's own jobs), restoring what was there before. */
    <T> T as(Actor actor, Supplier<T> work) {
        Actor before = current.get();
        current.set(actor);
        try {
            return work.get();
        } finally {
            if (before == null) {
                current.remove();
            } else {
                current.set(before);
            }
        }
    }
}
