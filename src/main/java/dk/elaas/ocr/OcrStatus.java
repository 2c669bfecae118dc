package dk.elaas.ocr;

import java.nio.file.Path;

/**
 * Whether OCR can run here. When not, {@code messageKey}/{@code messageArgs} say why in Danish.
 *
 * @param tessdata             the language data folder in use, or null
 * @param version              libtesseract's version, or null
 * @param orientationDetection whether {@code osd.traineddata} is there for 90/180 degree detection
 */
public record OcrStatus(boolean available, Path tessdata, String version, boolean orientationDetection,
                        String messageKey, Object[] messageArgs) {

    static OcrStatus ok(Path tessdata, String version, boolean osd) {
        return new OcrStatus(true, tessdata, version, osd, null, new Object[0]);
    }

    static OcrStatus failed(OcrException e) {
        return new OcrStatus(false, null, null, false, e.messageKey(), e.messageArgs());
    }
}
