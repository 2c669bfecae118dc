package dk.elaas.ocr;

/** Which recognition model reads a page or a region. */
public enum OcrModel {
    /** Tesseract's own Danish model, from the machine's language data: printed and typed text. */
    PRINT,
    /**
     * The Danish model eLås ships, fine-tuned on handwriting-style fills ({@link BundledModel}). Falls
     * back to {@link #PRINT} where it is not available.
     */
    HANDWRITING
}
