package dk.elaas.intake;

import dk.elaas.ocr.OcrException;
import dk.elaas.ocr.OcrJob;
import dk.elaas.ocr.OcrModel;
import dk.elaas.ocr.OcrProgress;
import dk.elaas.ocr.OcrResult;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.OcrWord;
import dk.elaas.ocr.PageLayout;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * On a boxed (grid) form, looks again for fields whose label the page reading lost: large handwriting
 * in a cell swallows the cell's small label into its own line, or Tesseract drops the label as noise,
 * and the field cannot be found by its label. Each cell's label is then read on its own from the
 * cell's top left corner (with the print model: labels are printed) and put beside the cell's value,
 * and the fields are extracted again. Fields
 * the page reading found keep its values; only pages that miss a field pay for the extra reads.
 */
final class CellReader {

    /** Extracts the fields from a (merged) page reading. */
    interface Extraction {
        ExtractedFields extract(OcrResult words) throws IntakeException;
    }

    /** OCR certainty (0-100) of a printed label word read from a cell's corner. */
    private static final float LABEL_CONFIDENCE = 70;
    /** How far (px) past a cell's inner edge its ruling reaches. */
    private static final int RULING = 10;
    /** What is left out on each side of a cell when reading it: its ruling. */
    private static final int INSET = 6;

    private final OcrService ocr;
    /**
     * The cells and their labels of the page read last: a handwritten page is read twice (print and
     * handwriting model), and both readings have the same cells and the same printed labels.
     */
    private PageCells last;

    private record PageCells(java.awt.image.BufferedImage page, List<Box> cells, Map<Box, List<OcrWord>> labels) {
    }

    CellReader(OcrService ocr) {
        this.ocr = ocr;
    }

    private synchronized PageCells cellsOf(PreparedImage prepared, int strip) {
        if (last == null || last.page() != prepared.image()) {
            List<Box> cells = GridCells.find(prepared.image()).stream().filter(c -> c.height() > 2.5 * strip).toList();
            last = new PageCells(prepared.image(), cells, new java.util.concurrent.ConcurrentHashMap<>());
        }
        return last;
    }

    /** The page's cells (empty when it is not a boxed form), found once per page image. */
    List<Box> cells(PreparedImage prepared) {
        return cellsOf(prepared, (int) Math.round(prepared.dpi() * 0.14)).cells();
    }

    /**
     * The fields with those the page reading did not find at all looked for again cell by cell; the
     * fields unchanged when the page is not a boxed form or found everything.
     */
    ExtractedFields fill(OcrResult words, ExtractedFields fields, PreparedImage prepared, OcrModel model,
                         Extraction extraction) throws IntakeException, InterruptedException {
        List<ConsentField> lost = fields.lost();
        if (lost.isEmpty()) {
            return fields;
        }
        // A label is about 3.5 mm tall and sits in the cell's top left corner; bars shorter than two
        // labels are section headings, which the page reading has already.
        int strip = (int) Math.round(prepared.dpi() * 0.14);
        PageCells page = cellsOf(prepared, strip);
        List<Box> cells = page.cells();
        if (cells.isEmpty()) {
            return fields;
        }
        List<OcrWord> merged = new ArrayList<>();
        for (OcrWord w : words.words()) {
            // Also what OCR made of the rulings themselves ("|", "i" on a cell's edge).
            if (cells.stream().noneMatch(c -> touches(w, c, RULING))) {
                merged.add(w);
            }
        }
        int line = words.words().stream().mapToInt(OcrWord::line).max().orElse(0) + 1;
        int block = words.words().stream().mapToInt(OcrWord::block).max().orElse(0) + 1;
        for (Box c : cells) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IntakeException(IntakePipeline.KEY_CANCELLED);
            }
            List<OcrWord> label = page.labels().get(c);
            if (label == null) {
                label = label(prepared, c, strip);
                page.labels().put(c, label);
            }
            for (OcrWord w : label) {
                merged.add(renumbered(w, line, block));
            }
            line++;
            Map<Integer, Integer> lineIds = new HashMap<>();
            for (OcrWord w : value(words, prepared, c, strip, label, model)) {
                int id = lineIds.computeIfAbsent(w.line(), k -> lineIds.size());
                merged.add(renumbered(w, line + id, block));
            }
            line += lineIds.size();
            block++;
        }
        ExtractedFields again = extraction.extract(
                OcrResult.of(merged, words.imageWidth(), words.imageHeight(), words.millis()));
        return fields.withFound(lost, again);
    }

    /** The printed label in the cell's top left corner, read as one line on its own. */
    private List<OcrWord> label(PreparedImage prepared, Box c, int strip) throws IntakeException, InterruptedException {
        OcrResult read = await(ocr.recognize(prepared.image(), prepared.dpi(), PageLayout.LINE,
                new Rectangle(c.x() + INSET, c.y() + INSET, c.width() - 2 * INSET, strip), OcrProgress.NONE));
        List<OcrWord> label = new ArrayList<>();
        for (OcrWord w : read.words()) {
            if (w.height() < strip / 4) {
                continue; // a speck or the ruling's edge
            }
            // A label's first word is known; the rest is printed and read with high certainty. What
            // follows is handwriting reaching up into the label's line.
            boolean known = label.isEmpty() && Labels.STOP.contains(Fuzzy.key(w.text()));
            if (!known && w.confidence() < LABEL_CONFIDENCE) {
                break;
            }
            label.add(w);
        }
        return label;
    }

    /**
     * The cell's value as the page reading has it (it saw the whole line's context); the cell read on
     * its own only when the page reading has nothing there.
     */
    private List<OcrWord> value(OcrResult words, PreparedImage prepared, Box c, int strip, List<OcrWord> label,
                                OcrModel model) throws IntakeException, InterruptedException {
        List<OcrWord> value = words.words().stream()
                .filter(w -> inside(w, c) && !(w.y() + w.height() / 2 < c.y() + INSET + strip
                        && label.stream().anyMatch(l -> overlaps(l, w))))
                .toList();
        if (!value.isEmpty()) {
            return value;
        }
        return await(ocr.recognize(prepared.image(), prepared.dpi(), PageLayout.BLOCK,
                new Rectangle(c.x() + INSET, c.y() + INSET, c.width() - 2 * INSET, c.height() - 2 * INSET),
                model, OcrProgress.NONE)).words().stream()
                .filter(w -> label.stream().noneMatch(l -> sameWord(l, w)))
                .toList();
    }

    private static OcrWord renumbered(OcrWord w, int line, int block) {
        return new OcrWord(w.text(), w.x(), w.y(), w.width(), w.height(), w.confidence(), line, block);
    }

    /** The same printed word read twice: mostly the same pixels. */
    private static boolean sameWord(OcrWord a, OcrWord b) {
        int ix = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        int iy = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        if (ix <= 0 || iy <= 0) {
            return false;
        }
        double inter = ix * (double) iy;
        return inter / (a.width() * (double) a.height() + b.width() * (double) b.height() - inter) > 0.5;
    }

    private static boolean touches(OcrWord w, Box c, int margin) {
        return w.x() < c.right() + margin && c.x() - margin < w.right()
                && w.y() < c.bottom() + margin && c.y() - margin < w.bottom();
    }

    private static boolean overlaps(OcrWord a, OcrWord b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    private static boolean inside(OcrWord w, Box c) {
        double cx = w.x() + w.width() / 2.0;
        double cy = w.y() + w.height() / 2.0;
        return cx >= c.x() && cx <= c.right() && cy >= c.y() && cy <= c.bottom();
    }

    private static OcrResult await(OcrJob<OcrResult> job) throws IntakeException, InterruptedException {
        try {
            return job.await();
        } catch (OcrException e) {
            throw new IntakeException(e, e.messageKey(), e.messageArgs());
        }
    }
}
