package dk.elaas.common.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The handle of work started by a {@link TaskRunner}. Callbacks run on the UI executor, at most once
 * each, whether they are registered before or after the work finishes.
 */
public final class BackgroundJob<T> {

    private final Executor uiExecutor;
    private Consumer<? super T> onSuccess;
    private Consumer<Throwable> onFailure;
    private boolean done;
    private boolean failed;
    private T result;
    private Throwable error;
    private boolean successDelivered;
    private boolean failureDelivered;
    private volatile Future<?> future;

    BackgroundJob(Executor uiExecutor) {
        this.uiExecutor = uiExecutor;
    }

    public BackgroundJob<T> onSuccess(Consumer<? super T> callback) {
        synchronized (this) {
            onSuccess = callback;
        }
        deliverIfDone();
        return this;
    }

    public BackgroundJob<T> onFailure(Consumer<Throwable> callback) {
        synchronized (this) {
            onFailure = callback;
        }
        deliverIfDone();
        return this;
    }

    /** Asks the work to stop; work that checks {@link Thread#isInterrupted()} ends early and no callback runs. */
    public void cancel() {
        // Mark first: work that fails because of the interrupt must not report an error the user caused.
        synchronized (this) {
            successDelivered = true;
            failureDelivered = true;
        }
        Future<?> f = future;
        if (f != null) {
            f.cancel(true);
        }
    }

    void attach(Future<?> f) {
        this.future = f;
    }

    void succeed(T value) {
        synchronized (this) {
            done = true;
            result = value;
        }
        deliverIfDone();
    }

    void fail(Throwable t) {
        synchronized (this) {
            done = true;
            failed = true;
            error = t;
        }
        deliverIfDone();
    }

    private void deliverIfDone() {
        Runnable delivery;
        synchronized (this) {
            if (!done) {
                return;
            }
            if (!failed && onSuccess != null && !successDelivered) {
                successDelivered = true;
                Consumer<? super T> c = onSuccess;
                T value = result;
                delivery = () -> c.accept(value);
            } else if (failed && onFailure != null && !failureDelivered) {
                failureDelivered = true;
                Consumer<Throwable> c = onFailure;
                Throwable t = error;
                delivery = () -> c.accept(t);
            } else {
                return;
            }
        }
        uiExecutor.execute(delivery);
    }
}
