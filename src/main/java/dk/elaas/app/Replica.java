package dk.elaas.app;

import dk.elaas.common.i18n.I18n;
import dk.elaas.identity.Actor;
import dk.elaas.remote.ServerConnection;
import dk.elaas.sync.LocalFiles;
import dk.elaas.sync.Pusher;
import dk.elaas.sync.SyncLoop;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;

/**
 * This PC's own encrypted register beside the central server (issue 15): what is registered here is stored
 * here first, with its operation queued in the same commit, and the sync loop takes the queue to the server as
 * the signed-in person whenever it can be reached. Opened after sign-in, closed at sign-out.
 */
final class Replica implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AppContext context;
    private final SyncLoop loop;

    private final String subject;

    private Replica(AppContext context, SyncLoop loop, String subject) {
        this.context = context;
        this.loop = loop;
        this.subject = subject;
    }

    /** The signed-in person's refused operations (never another person's, who may share this PC). */
    java.util.List<dk.elaas.sync.SyncOperation> failed() {
        return context.syncQueue().failed(subject);
    }

    /** Slow (the database opens): never on the UI thread. {@code changed} hears of each sync round. */
    static Replica open(Path dataDir, Clock clock, ServerConnection.SignedIn signed, Actor who, Runnable changed) {
        return open(dataDir, clock, signed.server(), signed::accessTokenOrNull, who, changed);
    }

    /** Offline (no sign-in): {@code token} gives null until there is one, and the queue waits for it. */
    static Replica open(Path dataDir, Clock clock, java.net.URI server, java.util.function.Supplier<String> token,
                        Actor who, Runnable changed) {
        AppContext ctx = AppContext.start(dataDir, clock, stage -> { });
        try {
            ctx.currentUser().signInAs(who);
            ctx.queueChangesForServer();
            Pusher pusher = new Pusher(server, token, ctx.syncQueue(), LocalFiles.of(ctx.tx()), who.subject(), clock)
                    .fromDevice(who.device());
            SyncLoop loop = new SyncLoop(pusher, ctx.syncQueue(), who.subject(), clock, status -> changed.run());
            loop.start(Duration.ofSeconds(30));
            return new Replica(ctx, loop, who.subject());
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
    }

    AppContext context() {
        return context;
    }

    void syncNow() {
        loop.nudge();
    }

    /** The status bar's line: online or not, what waits, when the queue last went out, what was refused. */
    String statusLine(I18n i18n, Clock clock) {
        SyncLoop.Status s = loop.status();
        String last = s.lastSync() == null ? i18n.get("sync.status.never")
                : i18n.get("sync.status.last", TIME.format(s.lastSync().atZone(clock.getZone())));
        String line = switch (s.connection()) {
            case ONLINE -> i18n.get("sync.status.online", s.pending(), last);
            case OFFLINE -> i18n.get("sync.status.offline", s.pending(), last);
            case SIGN_IN_NEEDED -> i18n.get("sync.status.signIn", s.pending());
            case NOT_TRIED -> i18n.get("sync.status.starting", s.pending());
        };
        if (s.clockOff()) {
            java.time.Duration off = s.clockSkew().abs();
            String amount = off.toHours() > 0 ? i18n.get("sync.clock.hours", off.toHours(), off.toMinutesPart())
                    : i18n.get("sync.clock.minutes", off.toMinutes());
            line += i18n.get(s.clockSkew().isNegative() ? "sync.clock.behind" : "sync.clock.ahead", amount);
        }
        return line;
    }

    /** Refused for good, as of the last sync round. */
    long unsynced() {
        return loop.status().failed();
    }

    void showUnsynced(javafx.stage.Window owner, I18n i18n, Clock clock) {
        UnsyncedDialog.show(owner, i18n, this, clock);
    }

    @Override
    public void close() {
        loop.close();
        context.close();
    }
}
