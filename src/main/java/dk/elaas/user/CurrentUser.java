package dk.elaas.user;

import dk.elaas.identity.Actor;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Who is signed in on this PC right now. Thread-safe: background tasks read it for the audit log. */
public final class CurrentUser {

    private final AtomicReference<UserRecord> user = new AtomicReference<>();
    private final AtomicReference<Actor> signedIn = new AtomicReference<>();

    public Optional<UserRecord> get() {
        return Optional.ofNullable(user.get());
    }

    public void set(UserRecord record) {
        user.set(record);
    }

    /**
     * Working against the central server: the person signed in there is who acts here too (their queued changes
     * carry their name and subject); {@code null} goes back to the local account.
     */
    public void signInAs(Actor signedIn) {
        this.signedIn.set(signedIn);
    }

    public Actor actor() {
        Actor remote = signedIn.get();
        if (remote != null) {
            return remote;
        }
        UserRecord u = user.get();
        return u == null ? Actor.SYSTEM
                : new Actor("local:" + u.id(), u.displayName(), u.role(), u.supplierId(), "local");
    }
}
