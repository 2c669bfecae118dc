package dk.elaas.common.concurrent;

import java.util.concurrent.Callable;

/** Runs work at once on the calling thread; for view-model tests without a UI thread. */
public final class InlineTaskRunner implements TaskRunner {

    @Override
    public <T> BackgroundJob<T> run(Callable<T> work) {
        BackgroundJob<T> job = new BackgroundJob<>(Runnable::run);
        try {
            job.succeed(work.call());
        } catch (Exception e) {
            job.fail(e);
        }
        return job;
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
