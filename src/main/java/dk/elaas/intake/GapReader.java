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
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;

/**
 * Looks again for fields whose label the page reading lost because it dropped the whole line: Tesseract's
 * layout analysis sometimes leaves out a short line of a form ("CVR-nr.: 64315145" between two longer
 * ones), label and handwritten value together. The page's ink that no read word covers is gathered into
 * bands; each band is read on its own as a block (print model: what is looked for is the printed label),
 * and where a group of its ink gave no label, that group is read again alone with the words already read
 * whitened (a small label read together with large handwriting comes out as noise). The words are put
 * beside the page's, and the fields are extracted again. Only the fields not found at all take the new
 * values; a page that found every label pays nothing.
 *
 * <p>OpenCV does the pixel work (ADR 0004). Stateless; it runs on the intake's worker thread.
 */
final class GapReader {

    /** Ink pixels in a row below which it is blank (specks, scanner dust). */
    private static final int MIN_ROW_INK = 12;
    /**
     * Unread lines beyond which the page is not taken for a form that lost some of its lines: the form has
     * about 30 lines in all (a photo that lost half of them had 15 unread).
     */
    private static final int MAX_LINES = 30;
    /** Margin (px) around a read word in which ink counts as that word's. */
    private static final int WORD_MARGIN = 6;

    private final OcrService ocr;

    GapReader(OcrService ocr) {
        this.ocr = ocr;
    }

    /** The fields, with those the page reading found no label for looked for again in its unread lines. */
    ExtractedFields fill(OcrResult words, ExtractedFields fields, PreparedImage prepared,
                         CellReader.Extraction extraction)
            throws IntakeException, InterruptedException {
        List<ConsentField> lost = fields.lost();
        if (lost.isEmpty() || words.words().isEmpty()) {
            return fields;
        }
        List<Rectangle> lines = unreadLines(prepared.image(), words.words(), prepared.dpi());
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            // More unread lines than a form has: not a form that lost lines (a photo, another document).
            return fields;
        }
        List<OcrWord> merged = new ArrayList<>(words.words());
        int line = words.words().stream().mapToInt(OcrWord::line).max().orElse(0) + 1;
        int block = words.words().stream().mapToInt(OcrWord::block).max().orElse(0) + 1;
        for (Rectangle r : lines) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IntakeException(IntakePipeline.KEY_CANCELLED);
            }
            List<OcrWord> read = new ArrayList<>(read(prepared.image().getSubimage(r.x, r.y, r.width, r.height), 0,
                    prepared.dpi()));
            BufferedImage band = unreadOnly(prepared.image(), r, words.words());
            for (int[] part : parts(band)) {
                // A small printed label read in one block with large handwriting is fitted to the
                // handwriting's size and may come out as noise ("HR" for "Navn:"): read on its own, it is the
                // label again.
                List<OcrWord> inPart = read.stream().filter(w -> w.x() >= part[0] && w.right() <= part[1]).toList();
                if (inPart.stream().noneMatch(GapReader::isLabel)) {
                    List<OcrWord> alone = read(band.getSubimage(part[0], 0, part[1] - part[0], band.getHeight()),
                            part[0], prepared.dpi());
                    if (alone.stream().anyMatch(GapReader::isLabel)) {
                        read.removeAll(inPart);
                        read.addAll(alone);
                    }
                }
            }
            read.sort(java.util.Comparator.comparingInt(OcrWord::x)); // one line, in reading order
            for (OcrWord w : read) {
                OcrWord onPage = new OcrWord(w.text(), w.x() + r.x, w.y() + r.y, w.width(), w.height(), w.confidence(),
                        line, block);
                if (words.words().stream().noneMatch(o -> covers(o, onPage))) {
                    merged.add(onPage);
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
        return fields.withFound(lost, again);
    }

    /**
     * The column ranges {@code [from, to)} of a band's ink groups, split where a gap is wider than the band
     * is high (between a label and the value written well to its right), each with a margin of paper.
     */
    static List<int[]> parts(BufferedImage band) {
        int w = band.getWidth();
        int h = band.getHeight();
        byte[] px = ((java.awt.image.DataBufferByte) band.getRaster().getDataBuffer()).getData();
        boolean[] ink = new boolean[w];
        for (int x = 0; x < w; x++) {
            int n = 0;
            for (int y = 0; y < h && n < 2; y++) {
                n += (px[y * w + x] & 0xFF) < 128 ? 1 : 0;
            }
            ink[x] = n >= 2;
        }
        List<int[]> parts = new ArrayList<>();
        int margin = h / 4;
        int start = -1;
        int last = -1;
        for (int x = 0; x <= w; x++) {
            if (x < w && ink[x]) {
                if (start >= 0 && x - last > h) {
                    parts.add(new int[] {Math.max(0, start - margin), Math.min(w, last + 1 + margin)});
                    start = -1;
                }
                start = start < 0 ? x : start;
                last = x;
            }
        }
        if (start >= 0) {
            parts.add(new int[] {Math.max(0, start - margin), Math.min(w, last + 1 + margin)});
        }
        return parts;
    }

    /**
     * The band {@code r} of the page with the words already read whitened: a heading's descenders or a
     * read value reaching into the band would otherwise be read together with the unread label.
     */
    private static BufferedImage unreadOnly(BufferedImage page, Rectangle r, List<OcrWord> read) {
        BufferedImage band = new BufferedImage(r.width, r.height, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = band.createGraphics();
        g.drawImage(page.getSubimage(r.x, r.y, r.width, r.height), 0, 0, null);
        g.setColor(java.awt.Color.WHITE);
        for (OcrWord w : read) {
            if (w.right() > r.x && w.x() < r.x + r.width && w.bottom() > r.y && w.y() < r.y + r.height) {
                g.fillRect(w.x() - r.x - WORD_MARGIN, w.y() - r.y - WORD_MARGIN, w.width() + 2 * WORD_MARGIN,
                        w.height() + 2 * WORD_MARGIN);
            }
        }
        g.dispose();
        return band;
    }

    /**
     * Text lines of ink that no read word covers, as page rectangles: rulings and the read words' ink
     * taken out, rows with ink grouped into bands of a text line's height, each band cut to its ink.
     */
    static List<Rectangle> unreadLines(BufferedImage page, List<OcrWord> words, int dpi) {
        int w = page.getWidth();
        int h = page.getHeight();
        Mat gray = Vision.toMat(page);
        Mat ink = Vision.ink(gray);
        // Rulings and underlines are no text: far longer than any letter stroke.
        Mat horizontal = Vision.straightRuns(ink, Math.max(20, w / 20), true);
        Mat vertical = Vision.straightRuns(ink, Math.max(20, h / 30), false);
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

    /** The words of {@code image} read as a block, {@code dx} to the right in the band. */
    private List<OcrWord> read(BufferedImage image, int dx, int dpi) throws IntakeException, InterruptedException {
        try {
            return ocr.recognize(image, dpi, PageLayout.BLOCK, null, OcrModel.PRINT, OcrProgress.NONE).await()
                    .words().stream()
                    .map(w -> new OcrWord(w.text(), w.x() + dx, w.y(), w.width(), w.height(), w.confidence(),
                            w.line(), w.block()))
                    .toList();
        } catch (OcrException e) {
            throw new IntakeException(e, e.messageKey(), e.messageArgs());
        }
    }

    private static boolean isLabel(OcrWord w) {
        return Labels.STOP.contains(Fuzzy.key(w.text()));
    }

    /** A word already read that takes up most of {@code w}: {@code w} is the same word read again. */
    private static boolean covers(OcrWord read, OcrWord w) {
        int ix = Math.min(read.right(), w.right()) - Math.max(read.x(), w.x());
        int iy = Math.min(read.bottom(), w.bottom()) - Math.max(read.y(), w.y());
        return ix > 0 && iy > 0 && ix * (double) iy > 0.5 * w.width() * (double) w.height();
    }
}
