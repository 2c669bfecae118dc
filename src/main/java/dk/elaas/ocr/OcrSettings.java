package dk.elaas.ocr;

import java.nio.file.Path;

/**
 * How to find and run Tesseract.
 *
 * @param tessdataDir  the folder holding {@code <language>.traineddata} as set by the user, or null to
 *                     search the usual places
 * @param language     Tesseract language code; the forms are Danish
 * @param appDirectory the application's own folder (a bundled {@code tessdata} may sit there), or null
 */
public record OcrSettings(Path tessdataDir, String language, Path appDirectory) {

    public static final String DANISH = "dan";

    public static OcrSettings defaults() {
        return new OcrSettings(null, DANISH, null);
    }

    public OcrSettings withTessdataDir(Path dir) {
        return new OcrSettings(dir, language, appDirectory);
    }
}
