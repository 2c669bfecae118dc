package dk.elaas.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Owns Tesseract and the single thread it runs on. Every call is queued on that thread, so the
 * native engine is never shared between threads and a second OCR never competes with the first
 * for the machine's two cores. The engine starts lazily on first use and is reused (loading the
 * Danish model costs ~0.3 s).
 *
 * <p>Missing language data or a missing libtesseract make the calls fail with an
 * {@link OcrException} whose key explains it in Danish; nothing else in the app is affected.
 */
public final class OcrService implements AutoCloseable {

    private final OcrSettings settings;
    private final TessdataLocator locator;
    private final ExecutorService thread;
    private TesseractEngine engine; // confined to `thread`
    private Path tessdata;          // confined to `thread`

    public OcrService(OcrSettings settings) {
        this(settings, new TessdataLocator());
    }

    OcrService(OcrSettings settings, TessdataLocator locator) {
        this.settings = settings;
        this.locator = locator;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "elaas-ocr");
            t.setDaemon(true);
            return t;
        });
    }

    /** Checks (and starts) the engine; never throws. */
    public OcrStatus status() {
        OcrJob<OcrStatus> job = submit(cancelled -> {
            try {
                TesseractEngine e = engine();
                return OcrStatus.ok(tessdata, e.version(), e.canDetectOrientation());
            } catch (OcrException ex) {
                return OcrStatus.failed(ex);
            }
        });
        try {
            return job.await();
        } catch (OcrException e) {
            return OcrStatus.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OcrStatus.failed(new OcrException(TesseractEngine.KEY_CANCELLED));
        }
    }

    /** Recognises the whole image with automatic layout analysis. */
    public OcrJob<OcrResult> recognize(BufferedImage gray, int dpi, OcrProgress progress) {
        return recognize(gray, dpi, PageLayout.AUTO, null, progress);
    }

    /** Recognises the image, or only {@code region} of it (null for all), with the given layout mode. */
    public OcrJob<OcrResult> recognize(BufferedImage gray, int dpi, PageLayout layout, Rectangle region,
                                       OcrProgress progress) {
        return recognize(gray, dpi, layout, region, OcrModel.PRINT, progress);
    }

    /** As above, with the given model ({@link OcrModel#PRINT} where the other is not available). */
    public OcrJob<OcrResult> recognize(BufferedImage gray, int dpi, PageLayout layout, Rectangle region,
                                       OcrModel model, OcrProgress progress) {
        return submit(cancelled -> engine().recognize(gray, dpi, layout.psm, region, null, model, progress,
                cancelled::get));
    }

    /**
     * Reads a small image (a field's crop) as one line of text, limited to the characters in
     * {@code whitelist} (null for all).
     */
    public OcrJob<OcrResult> recognizeLine(BufferedImage gray, int dpi, String whitelist) {
        return recognizeLine(gray, dpi, whitelist, OcrModel.PRINT);
    }

    /** As above, with the given model. */
    public OcrJob<OcrResult> recognizeLine(BufferedImage gray, int dpi, String whitelist, OcrModel model) {
        return submit(cancelled -> engine().recognize(gray, dpi, PageLayout.LINE.psm, null, whitelist, model,
                OcrProgress.NONE, cancelled::get));
    }

    /** Whether the handwriting model is there to read with (starts the engine if needed). */
    public OcrJob<Boolean> hasHandwritingModel() {
        return submit(cancelled -> engine().hasHandwritingModel());
    }

    /** Tesseract's orientation detection; {@link Orientation#UNKNOWN} when osd.traineddata is missing. */
    public OcrJob<Orientation> detectOrientation(BufferedImage gray, int dpi) {
        return submit(cancelled -> engine().detectOrientation(gray, dpi));
    }

    private interface Work<T> {
        T run(AtomicBoolean cancelled) throws OcrException;
    }

    private <T> OcrJob<T> submit(Work<T> work) {
        AtomicBoolean cancelled = new AtomicBoolean();
        OcrJob<T> job = new OcrJob<>(cancelled);
        job.attach(thread.submit(() -> {
            if (cancelled.get()) {
                throw new OcrException(TesseractEngine.KEY_CANCELLED);
            }
            return work.run(cancelled);
        }));
        return job;
    }

    private TesseractEngine engine() throws OcrException {
        if (engine == null) {
            // Locate first: Tess4J must never see a data path without the language file.
            Path dir = locator.locate(settings);
            engine = TesseractEngine.start(dir, settings.language());
            tessdata = dir;
        }
        return engine;
    }

    /** Closes the engine on its own thread and stops the thread. */
    @Override
    public void close() {
        thread.submit(() -> {
            if (engine != null) {
                engine.close();
                engine = null;
            }
        });
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
