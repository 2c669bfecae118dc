package dk.elaas.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the queue in the background (issue 15.3, 15.6): right after each local change ({@link #nudge}), on
 * "Synkronisér nu", and every {@code every} otherwise, so a queue left by a network fault goes out without
 * waiting for the next edit. Each round ends with a {@link Status} for the status bar.
 */
public final class SyncLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncLoop.class);

    public enum Connection { ONLINE, OFFLINE, SIGN_IN_NEEDED, NOT_TRIED }

    /** What the status bar shows: the connection, the queue, the last time everything queued had gone out. */
    public record Status(Connection connection, long pending, long failed, Instant lastSync, Duration clockSkew) {

        /** This PC's clock is more than five minutes off the server's: worth telling (expiry is the server's). */
        public boolean clockOff() {
            return clockSkew != null && clockSkew.abs().compareTo(Duration.ofMinutes(5)) > 0;
        }
    }

    private final Pusher pusher;
    private final SyncQueue queue;
    private final Clock clock;
    private final Consumer<Status> listener;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "elaas-sync");
        t.setDaemon(true);
        return t;
    });
    private volatile Status status;

    public SyncLoop(Pusher pusher, SyncQueue queue, Clock clock, Consumer<Status> listener) {
        this.pusher = pusher;
        this.queue = queue;
        this.clock = clock;
        this.listener = listener;
        SyncQueue.Counts c = queue.counts();
        this.status = new Status(Connection.NOT_TRIED, c.pending(), c.failed(), c.lastDelivered(), null);
    }

    public void start(Duration every) {
        executor.scheduleWithFixedDelay(this::round, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A change was made, or the user asked: push now (on the sync thread). */
    public void nudge() {
        if (!executor.isShutdown()) {
            executor.execute(this::round);
        }
    }

    public Status status() {
        return status;
    }

    private void round() {
        try {
            Pusher.Round r = pusher.pushOnce();
            SyncQueue.Counts c = queue.counts();
            Connection conn = r.stopped() == Pusher.Stop.OFFLINE ? Connection.OFFLINE
                    : r.stopped() == Pusher.Stop.SIGN_IN_NEEDED ? Connection.SIGN_IN_NEEDED : Connection.ONLINE;
            Instant last = conn == Connection.ONLINE && c.pending() == 0 ? clock.instant() : status.lastSync();
            status = new Status(conn, c.pending(), c.failed(), last == null ? c.lastDelivered() : last,
                    pusher.clockSkew().orElse(null));
            listener.accept(status);
        } catch (RuntimeException e) {
            // The local database failed (disk full, closed): keep the loop alive, say nothing new.
            LOG.warn("A sync round failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
