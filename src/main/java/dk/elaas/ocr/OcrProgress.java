package dk.elaas.ocr;

/** Receives Tesseract's progress during recognition; called on the OCR thread, keep it cheap. */
@FunctionalInterface
public interface OcrProgress {

    OcrProgress NONE = percent -> { };

    /** @param percent 0-100 */
    void update(int percent);
}
