package dk.elaas.intake;

import dk.elaas.ocr.OcrException;
import dk.elaas.ocr.OcrModel;
import dk.elaas.ocr.OcrResult;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.OcrWord;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link LineReader} on the prepared page through the OCR service (PSM 7, single line). Each region
 * is read twice: as prepared, and contrast-stretched between the ink and the paper, which darkens
 * a thin or blue ballpoint stroke that the engine's own threshold would partly lose.
 *
 * <p>With the handwriting model the crop is made for handwriting: kept inside its cell on a boxed form,
 * its rulings whitened, widened to the ink beside it that the page reading left out, and cut below the
 * line it is written on (the next row's tops would be read as part of it). A printed value keeps the crop
 * it is given: the page reading found its words whole.
 */
final class OcrLineReader implements LineReader {

    /** White margin around a crop: the engine reads a glyph touching the image edge badly. */
    private static final int PAD = 12;
    /** What is left out inside a cell's edge: the ruling's blur. */
    private static final int CELL_INSET = 4;
    /** How far from the paper towards the ink a ruling's grey may be: a thin printed line scans light. */
    private static final double RULE_LEVEL = 0.3;

    private final OcrService ocr;
    private final BufferedImage page;
    private final int dpi;
    private final OcrModel model;
    private final List<Box> cells;
    /** What each crop read: a page's fields are extracted again after a cell or line pass, same crops. */
    private final java.util.Map<String, List<Reading>> read = new java.util.HashMap<>();

    OcrLineReader(OcrService ocr, BufferedImage page, int dpi, OcrModel model) {
        this(ocr, page, dpi, model, List.of());
    }

    /** With the page's cells when it is a boxed form: a value's crop stays inside its cell's rulings. */
    OcrLineReader(OcrService ocr, BufferedImage page, int dpi, OcrModel model, List<Box> cells) {
        this.ocr = ocr;
        this.page = page;
        this.dpi = dpi;
        this.model = model;
        this.cells = cells;
    }

    @Override
    public List<Reading> read(Box region, Chars chars) {
        return read(region, region, chars);
    }

    @Override
    public List<Reading> read(Box region, Box bounds, Chars chars) {
        if (model != OcrModel.HANDWRITING) {
            return readAsIs(region, chars);
        }
        Box r = clipped(region, cells);
        Box b = clipped(bounds, cells, region);
        int bx0 = Math.max(0, Math.min(b.x(), r.x()));
        int bx1 = Math.min(page.getWidth(), Math.max(b.right(), r.right()));
        int y0 = Math.max(0, r.y());
        int y1 = Math.min(page.getHeight(), r.bottom());
        if (bx1 - bx0 < 8 || y1 - y0 < 8 || Thread.currentThread().isInterrupted()) {
            return List.of();
        }
        int w = bx1 - bx0;
        int h = y1 - y0;
        byte[] raw = crop(bx0, y0, w, h);
        byte[] band = withoutRules(raw, w, h);
        int[] span = inkSpan(band, w, h, Math.max(0, r.x() - bx0), Math.min(w, r.right() - bx0));
        int line = underline(raw, w, h);
        int ch = line < 0 ? h : Math.min(h, line + Math.max(6, line / 4));
        int cw = span[1] - span[0];
        if (cw < 8 || ch < 8) {
            return List.of();
        }
        byte[] crop = new byte[cw * ch];
        for (int row = 0; row < ch; row++) {
            System.arraycopy(band, row * w + span[0], crop, row * cw, cw);
        }
        return readings(crop, cw, ch, chars);
    }

    /**
     * A printed value's crop as it is: the page reading found its words whole, and its rulings are far
     * enough from the text for the engine to leave them out.
     */
    private List<Reading> readAsIs(Box region, Chars chars) {
        int x0 = Math.max(0, region.x());
        int y0 = Math.max(0, region.y());
        int x1 = Math.min(page.getWidth(), region.right());
        int y1 = Math.min(page.getHeight(), region.bottom());
        if (x1 - x0 < 8 || y1 - y0 < 8 || Thread.currentThread().isInterrupted()) {
            return List.of();
        }
        return readings(crop(x0, y0, x1 - x0, y1 - y0), x1 - x0, y1 - y0, chars);
    }

    private List<Reading> readings(byte[] crop, int w, int h, Chars chars) {
        String key = chars + ":" + w + "x" + h + ":" + java.util.Arrays.hashCode(crop);
        List<Reading> known = read.get(key);
        if (known != null) {
            return known;
        }
        List<Reading> out = engineReadings(crop, w, h, chars);
        if (!Thread.currentThread().isInterrupted()) {
            read.put(key, out);
        }
        return out;
    }

    private List<Reading> engineReadings(byte[] crop, int w, int h, Chars chars) {
        List<Reading> out = new ArrayList<>();
        try {
            out.add(reading(ocr.recognizeLine(padded(crop, w, h), dpi, chars.whitelist, model).await()));
            out.add(reading(ocr.recognizeLine(padded(stretched(crop), w, h), dpi, chars.whitelist, model).await()));
        } catch (OcrException e) {
            return out; // a second reading is a bonus; the page reading stands without it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return out;
        }
        return out;
    }

    /**
     * Columns {@code [from, to)} of a band widened to the ink beside them: OCR may have left out a value's
     * first or last word ("01-" of a date, "ApS" after a company), which then would not be read again
     * either. A gap wider than the band's height ends the value; nothing is taken away.
     */
    static int[] inkSpan(byte[] px, int w, int h, int from, int to) {
        int threshold = threshold(px, 0.5);
        if (threshold < 0 || to <= from) {
            return new int[] {from, to};
        }
        boolean[] ink = new boolean[w];
        for (int x = 0; x < w; x++) {
            int n = 0;
            for (int y = 0; y < h && n < 2; y++) {
                n += (px[y * w + x] & 0xFF) < threshold ? 1 : 0;
            }
            ink[x] = n >= 2;
        }
        int gap = Math.max(8, h);
        int margin = Math.max(4, h / 6);
        int last = to - 1;
        for (int x = to; x < w && x - last <= gap; x++) {
            last = ink[x] ? x : last;
        }
        int first = from;
        for (int x = from - 1; x >= 0 && first - x <= gap; x--) {
            first = ink[x] ? x : first;
        }
        return new int[] {Math.min(from, Math.max(0, first - margin)), Math.max(to, Math.min(w, last + 1 + margin))};
    }

    /**
     * The row of the line a value is written on (a ruling across the lower half of the band), or -1: below
     * it stands the next row of the form, whose tops would be read as part of this value.
     */
    static int underline(byte[] px, int w, int h) {
        int threshold = threshold(px, RULE_LEVEL);
        if (threshold < 0) {
            return -1;
        }
        boolean[] ink = new boolean[px.length];
        for (int i = 0; i < px.length; i++) {
            ink[i] = (px[i] & 0xFF) < threshold;
        }
        return horizontalRules(ink, w, h).stream().mapToInt(r -> r[0]).filter(y -> y >= h / 2).min().orElse(-1);
    }

    /**
     * The rows of horizontal rulings as {row, first column, last column}: a dark run across at least
     * 2.5 crop heights (a slightly slanted or broken line still counts), with blank paper a few rows above
     * and below it (a shadow across the crop is no line).
     */
    private static List<int[]> horizontalRules(boolean[] ink, int w, int h) {
        int minAcross = (int) Math.max(2.5 * h, 40);
        List<int[]> rules = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            int start = -1;
            int gap = 0;
            for (int x = 0; x <= w; x++) {
                boolean on = x < w && (ink[y * w + x] || y > 0 && ink[(y - 1) * w + x] || y < h - 1 && ink[(y + 1) * w + x]);
                if (on) {
                    start = start < 0 ? x : start;
                    gap = 0;
                } else if (start >= 0 && (++gap > 4 || x == w)) {
                    int end = Math.min(w - 1, x - gap);
                    if (end - start >= minAcross && blankAt(ink, w, h, y - 6, start, end)
                            && blankAt(ink, w, h, y + 6, start, end)) {
                        rules.add(new int[] {y, start, end});
                    }
                    start = -1;
                    gap = 0;
                }
            }
        }
        return rules;
    }

    private static boolean blankAt(boolean[] ink, int w, int h, int y, int from, int to) {
        if (y < 0 || y >= h) {
            return true;
        }
        int n = 0;
        for (int x = from; x <= to; x++) {
            n += ink[y * w + x] ? 1 : 0;
        }
        return n < 0.5 * (to - from + 1);
    }

    /**
     * A grey level between the ink (darkest 1 %) and the paper (the median) at {@code level} of the way
     * from the paper to the ink, or -1 when the crop holds no ink.
     */
    private static int threshold(byte[] px, double level) {
        int[] hist = new int[256];
        for (byte v : px) {
            hist[v & 0xFF]++;
        }
        int dark = percentile(hist, px.length, 0.01);
        int paper = percentile(hist, px.length, 0.5);
        return paper - dark < 20 ? -1 : (int) Math.round(paper - level * (paper - dark));
    }

    /**
     * {@code region} cut to the inside of the cell holding its centre, less a margin for the ruling
     * (the next row's label below a value would otherwise be read as part of it); unchanged when no cell
     * holds it.
     */
    static Box clipped(Box region, List<Box> cells) {
        return clipped(region, cells, region);
    }

    /** {@code region} cut to the inside of the cell holding the centre of {@code at}. */
    static Box clipped(Box region, List<Box> cells, Box at) {
        double cx = at.x() + at.width() / 2.0;
        double cy = at.y() + at.height() / 2.0;
        for (Box c : cells) {
            if (cx >= c.x() && cx <= c.right() && cy >= c.y() && cy <= c.bottom()) {
                int x0 = Math.max(region.x(), c.x() + CELL_INSET);
                int y0 = Math.max(region.y(), c.y() + CELL_INSET);
                int x1 = Math.min(region.right(), c.right() - CELL_INSET);
                int y1 = Math.min(region.bottom(), c.bottom() - CELL_INSET);
                return x1 > x0 && y1 > y0 ? new Box(x0, y0, x1 - x0, y1 - y0) : region;
            }
        }
        return region;
    }

    private static Reading reading(OcrResult r) {
        String text = r.words().stream().map(OcrWord::text).collect(Collectors.joining(" "));
        return new Reading(text, r.meanConfidence());
    }

    private byte[] crop(int x, int y, int w, int h) {
        byte[] out = new byte[w * h];
        byte[] src = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        int stride = page.getWidth();
        for (int row = 0; row < h; row++) {
            System.arraycopy(src, (y + row) * stride + x, out, row * w, w);
        }
        return out;
    }

    /**
     * The crop with the form's ruling lines whitened: a cell's border or the line a value is written
     * on, cut by the region's margins, is read as a letter ("l", "I", "_") or merges with the strokes
     * touching it. A rule is a straight dark run far longer than handwriting makes one: across at least
     * 2.5 crop heights, or down at least 85 % of the crop's height.
     */
    static byte[] withoutRules(byte[] px, int w, int h) {
        int[] hist = new int[256];
        for (byte b : px) {
            hist[b & 0xFF]++;
        }
        int dark = percentile(hist, px.length, 0.01);
        int paper = percentile(hist, px.length, 0.5);
        byte[] out = px.clone();
        if (paper - dark < 20) {
            return out;
        }
        int threshold = (int) Math.round(paper - RULE_LEVEL * (paper - dark));
        boolean[] ink = new boolean[px.length];
        for (int i = 0; i < px.length; i++) {
            ink[i] = (px[i] & 0xFF) < threshold;
        }
        for (int[] rule : horizontalRules(ink, w, h)) {
            for (int x = rule[1]; x <= rule[2]; x++) {
                if (ink[rule[0] * w + x]) {
                    out[rule[0] * w + x] = (byte) paper;
                }
            }
        }
        int minDown = (int) Math.ceil(0.85 * h);
        for (int x = 0; x < w; x++) {
            int start = -1;
            int gap = 0;
            for (int y = 0; y <= h; y++) {
                boolean on = false;
                if (y < h) {
                    for (int dx = -2; dx <= 2 && !on; dx++) {
                        int xx = x + dx;
                        on = xx >= 0 && xx < w && ink[y * w + xx];
                    }
                }
                if (on) {
                    start = start < 0 ? y : start;
                    gap = 0;
                } else if (start >= 0 && (++gap > 2 || y == h)) {
                    int end = y - gap;
                    if (end - start >= minDown) {
                        for (int yy = start; yy <= end && yy < h; yy++) {
                            if (ink[yy * w + x]) {
                                out[yy * w + x] = (byte) paper;
                            }
                        }
                    }
                    start = -1;
                    gap = 0;
                }
            }
        }
        return out;
    }

    /** Maps the darkest 1 % (ink) to black and the median (paper: most of a field's crop) to white. */
    static byte[] stretched(byte[] px) {
        int[] hist = new int[256];
        for (byte b : px) {
            hist[b & 0xFF]++;
        }
        int dark = percentile(hist, px.length, 0.01);
        int paper = percentile(hist, px.length, 0.5);
        byte[] out = new byte[px.length];
        if (paper - dark < 20) {
            System.arraycopy(px, 0, out, 0, px.length);
            return out;
        }
        double scale = 255.0 / (paper - dark);
        for (int i = 0; i < px.length; i++) {
            int v = (int) Math.round(((px[i] & 0xFF) - dark) * scale);
            out[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return out;
    }

    private static int percentile(int[] hist, int n, double q) {
        long target = Math.round(n * q);
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen >= target) {
                return v;
            }
        }
        return 255;
    }

    private static BufferedImage padded(byte[] px, int w, int h) {
        int pw = w + 2 * PAD;
        int ph = h + 2 * PAD;
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(dst, (byte) 0xFF);
        for (int row = 0; row < h; row++) {
            System.arraycopy(px, row * w, dst, (row + PAD) * pw + PAD, w);
        }
        return img;
    }
}
