package dk.elaas.consent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the expiry check at start-up ({@link #runOnce}) and then every {@code period} while the app runs (hourly in the app: a
 * cheap query, and a consent then expires within the hour its last valid day ends, even over midnight or
 * after the PC slept). One named daemon thread; {@link #close} stops it.
 */
public final class ExpiryScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryScheduler.class);

    private final ConsentLifecycleService lifecycle;
    private final Duration period;
    private final List<Consumer<ExpiryRun>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService executor;

    public ExpiryScheduler(ConsentLifecycleService lifecycle, Duration period) {
        this.lifecycle = lifecycle;
        this.period = period;
    }

    /** Called on the scheduler's thread after every run that expired something. */
    public void onExpired(Consumer<ExpiryRun> listener) {
        listeners.add(listener);
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "elaas-expiry");
            t.setDaemon(true);
            return t;
        });
        // The start-up check is runOnce(), called before the first screen; this repeats it.
        executor.scheduleAtFixedRate(this::runOnce, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One check now, on the caller's thread. */
    public ExpiryRun runOnce() {
        try {
            ExpiryRun run = lifecycle.expireDue();
            if (!run.expired().isEmpty()) {
                LOG.info("Expired {} consent(s), ended {} access grant(s)", run.expired().size(), run.grantsEnded());
                listeners.forEach(l -> l.accept(run));
            }
            return run;
        } catch (RuntimeException e) {
            // Logged, and tried again next period: a scheduled task that throws would never run again.
            LOG.error("The consent expiry check failed", e);
            return new ExpiryRun(List.of(), 0);
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
