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
    private final String subject;
    private final SyncQueue queue;
    private final Clock clock;
    private final Consumer<Status> listener;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "elaas-sync");
        t.setDaemon(true);
        return t;
    });
    private volatile Status status;

    /** {@code subject}: whose queue the status bar counts (the signed-in person's; null: everyone's). */
    public SyncLoop(Pusher pusher, SyncQueue queue, String subject, Clock clock, Consumer<Status> listener) {
        this.subject = subject;
        this.pusher = pusher;
        this.queue = queue;
        this.clock = clock;
        this.listener = listener;
        SyncQueue.Counts c = queue.counts(subject);
        this.status = new Status(Connection.NOT_TRIED, c.pending(), c.failed(), c.lastDelivered(), null);
    }

    public void start(Duration every) {
        executor.scheduleWithFixedDelay(this::round, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A change was made, or the user asked: push now (on the sync thread). */
    public void nudge() {
        try {
            executor.execute(this::round);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile (signed out): nothing to push from here any more
        }
    }

    public Status status() {
        return status;
    }

    private void round() {
        try {
            Pusher.Round r = pusher.pushOnce();
            SyncQueue.Counts c = queue.counts(subject);
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

    /** Lets a round that is running finish (it may be writing the queue), then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
                LOG.warn("A sync round did not finish in time; stopping it");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
