package dk.elaas.common.concurrent;

import java.util.concurrent.Callable;

/**
 * Runs work off the UI thread and reports back on it: {@code runner.run(work).onSuccess(..).onFailure(..)}.
 * The app uses {@link ExecutorTaskRunner}; tests use {@link InlineTaskRunner}.
 */
public interface TaskRunner extends AutoCloseable {

    <T> BackgroundJob<T> run(Callable<T> work);

    @Override
    void close();
}
