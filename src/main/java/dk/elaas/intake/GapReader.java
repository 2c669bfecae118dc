package dk.elaas.intake;

import dk.elaas.ocr.OcrException;
import dk.elaas.ocr.OcrModel;
import dk.elaas.ocr.OcrProgress;
import dk.elaas.ocr.OcrResult;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.OcrWord;
import dk.elaas.ocr.PageLayout;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Looks again for fields whose label the page reading lost because it dropped the whole line: Tesseract's
 * layout analysis sometimes leaves out a short line of a form ("CVR-nr.: 64315145" between two longer
 * ones), label and handwritten value together. The page's ink that no read word covers is gathered into
 * bands; each band is read on its own as a block (print model: what is looked for is the printed label),
 * its words are put beside the page's, and the fields are extracted again. Only the fields not found at
 * all take the new values; a page that found every label pays nothing.
 *
 * <p>OpenCV does the pixel work (ADR 0004). Stateless; it runs on the intake's worker thread.
 */
final class GapReader {

    /** Extracts the fields from a (merged) page reading. */
    interface Extraction {
        ExtractedFields extract(OcrResult words) throws IntakeException;
    }

    /** Ink pixels in a row below which it is blank (specks, scanner dust). */
    private static final int MIN_ROW_INK = 12;
    /** Margin (px) around a read word in which ink counts as that word's. */
    private static final int WORD_MARGIN = 6;

    private final OcrService ocr;

    GapReader(OcrService ocr) {
        this.ocr = ocr;
    }

    /** The fields, with those the page reading found no label for looked for again in its unread lines. */
    ExtractedFields fill(OcrResult words, ExtractedFields fields, PreparedImage prepared, Extraction extraction)
            throws IntakeException, InterruptedException {
        List<ConsentField> lost = Arrays.stream(ConsentField.values())
                .filter(f -> fields.get(f).value() == null && fields.get(f).box() == null)
                .toList();
        if (lost.isEmpty() || words.words().isEmpty()) {
            return fields;
        }
        List<Rectangle> lines = unreadLines(prepared.image(), words.words(), prepared.dpi());
        if (lines.isEmpty()) {
            return fields;
        }
        List<OcrWord> merged = new ArrayList<>(words.words());
        int line = words.words().stream().mapToInt(OcrWord::line).max().orElse(0) + 1;
        int block = words.words().stream().mapToInt(OcrWord::block).max().orElse(0) + 1;
        for (Rectangle r : lines) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IntakeException(IntakePipeline.KEY_CANCELLED);
            }
            OcrResult read;
            try {
                read = ocr.recognize(prepared.image(), prepared.dpi(), PageLayout.BLOCK, r, OcrModel.PRINT,
                        OcrProgress.NONE).await();
            } catch (OcrException e) {
                throw new IntakeException(e, e.messageKey(), e.messageArgs());
            }
            for (OcrWord w : read.words()) {
                if (words.words().stream().noneMatch(o -> overlaps(o, w))) {
                    merged.add(new OcrWord(w.text(), w.x(), w.y(), w.width(), w.height(), w.confidence(), line,
                            block));
                }
            }
            line++;
            block++;
        }
        if (merged.size() == words.words().size()) {
            return fields;
        }
        ExtractedFields again = extraction.extract(
                OcrResult.of(merged, words.imageWidth(), words.imageHeight(), words.millis()));
        Map<ConsentField, FieldValue> out = new EnumMap<>(fields.values());
        for (ConsentField f : lost) {
            if (again.get(f).value() != null) {
                out.put(f, again.get(f));
            }
        }
        return new ExtractedFields(out);
    }

    /**
     * Text lines of ink that no read word covers, as page rectangles: rulings and the read words' ink
     * taken out, rows with ink grouped into bands of a text line's height, each band cut to its ink.
     */
    static List<Rectangle> unreadLines(BufferedImage page, List<OcrWord> words, int dpi) {
        int w = page.getWidth();
        int h = page.getHeight();
        Mat gray = Vision.toMat(page);
        Mat ink = new Mat();
        Imgproc.adaptiveThreshold(gray, ink, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV, 31, 15);
        // Rulings and underlines are no text: far longer than any letter stroke.
        Mat horizontal = new Mat();
        Imgproc.morphologyEx(ink, horizontal, Imgproc.MORPH_OPEN,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(Math.max(20, w / 20), 1)));
        Mat vertical = new Mat();
        Imgproc.morphologyEx(ink, vertical, Imgproc.MORPH_OPEN,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(1, Math.max(20, h / 30))));
        Core.subtract(ink, horizontal, ink);
        Core.subtract(ink, vertical, ink);
        byte[] px = new byte[w * h];
        ink.get(0, 0, px);
        for (Mat m : List.of(gray, ink, horizontal, vertical)) {
            m.release();
        }
        for (OcrWord word : words) {
            int x0 = Math.max(0, word.x() - WORD_MARGIN);
            int x1 = Math.min(w, word.right() + WORD_MARGIN);
            int y0 = Math.max(0, word.y() - WORD_MARGIN);
            int y1 = Math.min(h, word.bottom() + WORD_MARGIN);
            for (int y = y0; y < y1; y++) {
                Arrays.fill(px, y * w + x0, y * w + x1, (byte) 0);
            }
        }
        // The page's edges hold the sheet's border and the background, not text.
        int margin = w / 40;
        int[] rowInk = new int[h];
        for (int y = margin; y < h - margin; y++) {
            int n = 0;
            for (int x = margin; x < w - margin; x++) {
                n += px[y * w + x] != 0 ? 1 : 0;
            }
            rowInk[y] = n;
        }
        int minHeight = Math.max(8, dpi / 15);   // ~1.7 mm: a small printed label's x-height
        int maxHeight = dpi * 2 / 3;             // ~17 mm: more than a line of large handwriting
        int joinGap = Math.max(2, dpi / 60);
        List<Rectangle> lines = new ArrayList<>();
        int y = 0;
        while (y < h) {
            if (rowInk[y] < MIN_ROW_INK) {
                y++;
                continue;
            }
            int start = y;
            int end = y;
            int gap = 0;
            while (y < h && gap <= joinGap) {
                if (rowInk[y] >= MIN_ROW_INK) {
                    end = y;
                    gap = 0;
                } else {
                    gap++;
                }
                y++;
            }
            int bandHeight = end - start + 1;
            if (bandHeight >= minHeight && bandHeight <= maxHeight) {
                Rectangle r = inkExtent(px, w, start, end, margin);
                if (r != null && r.width >= 2 * bandHeight) {
                    int pad = bandHeight / 3;
                    lines.add(new Rectangle(Math.max(0, r.x - pad), Math.max(0, start - pad),
                            Math.min(w, r.x + r.width + pad) - Math.max(0, r.x - pad),
                            Math.min(h, end + 1 + pad) - Math.max(0, start - pad)));
                }
            }
        }
        return lines;
    }

    private static Rectangle inkExtent(byte[] px, int w, int y0, int y1, int margin) {
        int first = -1;
        int last = -1;
        for (int x = margin; x < w - margin; x++) {
            int n = 0;
            for (int y = y0; y <= y1 && n < 2; y++) {
                n += px[y * w + x] != 0 ? 1 : 0;
            }
            if (n >= 2) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        return first < 0 ? null : new Rectangle(first, y0, last - first + 1, y1 - y0 + 1);
    }

    private static boolean overlaps(OcrWord a, OcrWord b) {
        int ix = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        int iy = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return ix > 0 && iy > 0 && ix * (double) iy > 0.3 * Math.min(a.width() * (double) a.height(),
                b.width() * (double) b.height());
    }
}
