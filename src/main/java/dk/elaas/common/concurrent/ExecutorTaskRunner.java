package dk.elaas.common.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on named daemon threads and hands results to the UI executor (Platform::runLater in the app). */
public final class ExecutorTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorTaskRunner.class);

    private final ExecutorService executor;
    private final Executor uiExecutor;

    public ExecutorTaskRunner(String name, int threads, Executor uiExecutor) {
        this.executor = Executors.newFixedThreadPool(threads, namedDaemons(name));
        this.uiExecutor = uiExecutor;
    }

    @Override
    public <T> BackgroundJob<T> run(Callable<T> work) {
        BackgroundJob<T> job = new BackgroundJob<>(uiExecutor);
        job.attach(executor.submit(() -> {
            try {
                job.succeed(work.call());
            } catch (Throwable t) {
                LOG.warn("Background work failed", t);
                job.fail(t);
            }
        }));
        return job;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Background work did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static ThreadFactory namedDaemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
