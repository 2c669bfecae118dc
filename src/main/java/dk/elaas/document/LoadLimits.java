package dk.elaas.document;

/**
 * Bounds that keep a hostile or absurd file from exhausting memory.
 *
 * @param maxBytes      larger files are refused before they are read
 * @param maxPixels     images whose header declares more pixels are refused before decoding
 *                      (decompression bombs)
 * @param workingPixels images larger than this are decoded with subsampling so the page image
 *                      stays near this size; OCR gains nothing beyond ~300 dpi on A4 (8.7 MP)
 * @param pdfDpi        resolution at which a PDF page is rendered
 */
public record LoadLimits(long maxBytes, long maxPixels, long workingPixels, int pdfDpi) {

    /** 100 MB, 50 MP declared, 16 MP kept, PDFs at 300 dpi. */
    public static final LoadLimits DEFAULT = new LoadLimits(100L * 1024 * 1024, 50_000_000L, 16_000_000L, 300);

    public LoadLimits {
        if (maxBytes <= 0 || maxPixels <= 0 || workingPixels <= 0 || pdfDpi < 72) {
            throw new IllegalArgumentException("Limits must be positive and dpi at least 72");
        }
    }
}
