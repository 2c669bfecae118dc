package dk.elaas.ocr;

import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;

/** Tesseract page segmentation modes we use. */
public enum PageLayout {
    /** Full automatic layout analysis, as the {@code tesseract} command does by default. */
    AUTO(TessPageSegMode.PSM_AUTO),
    /** As much text as possible in no particular order: suits forms with scattered fields. */
    SPARSE(TessPageSegMode.PSM_SPARSE_TEXT),
    /** One uniform block of text, e.g. a cropped field. */
    BLOCK(TessPageSegMode.PSM_SINGLE_BLOCK),
    /** A single text line, e.g. one field value. */
    LINE(TessPageSegMode.PSM_SINGLE_LINE);

    final int psm;

    PageLayout(int psm) {
        this.psm = psm;
    }
}
