package dk.elaas.ocr;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A piece of OCR work queued on the OCR thread. {@link #cancel()} stops it between two words even
 * while Tesseract is inside native code (via its cancel callback).
 */
public final class OcrJob<T> {

    private final AtomicBoolean cancelled;
    private volatile Future<T> future;

    OcrJob(AtomicBoolean cancelled) {
        this.cancelled = cancelled;
    }

    void attach(Future<T> f) {
        this.future = f;
    }

    public void cancel() {
        cancelled.set(true);
        Future<T> f = future;
        if (f != null) {
            // Not interrupting: the worker thread owns the native handle and must finish cleanly.
            f.cancel(false);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public boolean isDone() {
        Future<T> f = future;
        return f != null && f.isDone();
    }

    /**
     * Waits for the result. If the waiting thread is interrupted (e.g. the UI cancelled its
     * background task), the OCR is cancelled too.
     *
     * @throws OcrException the engine could not run, or the job was cancelled
     *                      ({@code intake.cancelled})
     */
    public T await() throws OcrException, InterruptedException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            cancel();
            throw e;
        } catch (CancellationException e) {
            throw new OcrException(e, TesseractEngine.KEY_CANCELLED);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OcrException oe) {
                throw oe;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
