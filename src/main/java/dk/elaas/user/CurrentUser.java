package dk.elaas.user;

import dk.elaas.identity.Actor;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Who is signed in on this PC right now. Thread-safe: background tasks read it for the audit log. */
public final class CurrentUser {

    private final AtomicReference<UserRecord> user = new AtomicReference<>();

    public Optional<UserRecord> get() {
        return Optional.ofNullable(user.get());
    }

    public void set(UserRecord record) {
        user.set(record);
    }

    public Actor actor() {
        UserRecord u = user.get();
        return u == null ? Actor.SYSTEM
                : new Actor("local:" + u.id(), u.displayName(), u.role(), u.supplierId(), "local");
    }
}
