package dk.elaas.intake;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayDeque;

/**
 * Decides from the pixels whether the box left of a label word is ticked. OCR cannot: Tesseract
 * reads a ticked box as "X", "K", "&", "Kl" or drops it, and an empty one as "O", "C" or "[]".
 *
 * <p>Left of the label we look for the box: the connected ink blob nearest the word that is at least
 * half the word's height. An empty box has ink only on its border, so the middle half of its
 * bounding rectangle is almost blank; an X or a tick (even one overshooting the box, which merges
 * with it) puts ink there.
 */
final class CheckboxReader {

    /** Ink share in the box's middle above which it counts as ticked. */
    static final double TICKED = 0.07;

    private static final int INK = 150;

    /** Result for one box: ink share in its middle (negative when no box was found) and a confidence. */
    record Mark(boolean ticked, double ink, double confidence, Box box) {
    }

    private final BufferedImage gray;
    private final byte[] px;
    private final int width;
    private final int height;

    CheckboxReader(BufferedImage gray) {
        this.gray = gray;
        this.px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        this.width = gray.getWidth();
        this.height = gray.getHeight();
    }

    /** Reads the box left of a label whose box is {@code label} and whose text height is {@code h}. */
    Mark read(Box label, double h) {
        int x0 = clampX((int) (label.x() - 2.8 * h));
        int x1 = clampX((int) (label.x() - 0.1 * h));
        double cy = label.y() + label.height() / 2.0;
        int y0 = clampY((int) (cy - 1.1 * h));
        int y1 = clampY((int) (cy + 1.1 * h));
        int w = x1 - x0;
        int hh = y1 - y0;
        if (w < 4 || hh < 4) {
            return new Mark(false, -1, 0, null);
        }
        boolean[] ink = new boolean[w * hh];
        for (int y = 0; y < hh; y++) {
            for (int x = 0; x < w; x++) {
                ink[y * w + x] = (px[(y0 + y) * width + x0 + x] & 0xFF) < INK;
            }
        }
        eraseRulings(ink, w, hh);
        int[] seen = new int[w * hh];
        java.util.List<int[]> blobs = new java.util.ArrayList<>();
        for (int start = 0; start < ink.length; start++) {
            if (ink[start] && seen[start] == 0) {
                blobs.add(flood(ink, seen, w, hh, start, blobs.size() + 1));
            }
        }
        int[] best = null;
        for (int id = 1; id <= blobs.size(); id++) {
            int[] bbox = blobs.get(id - 1);
            int bw = bbox[2] - bbox[0] + 1;
            int bh = bbox[3] - bbox[1] + 1;
            // A box is roughly square and at least half the label's height; keep the one nearest the word.
            if (bh >= 0.45 * h && bw >= 0.45 * h && bw <= 2.2 * h && bh <= 2.4 * h
                    && bw <= 2 * bh && bh <= 2 * bw
                    && (best == null || bbox[2] > best[2])
                    && inside(bbox, w, hh) && standsAlone(seen, w, bbox, id, h)) {
                best = bbox;
            }
        }
        if (best == null) {
            return new Mark(false, -1, 0.3, null);
        }
        int bw = best[2] - best[0] + 1;
        int bh = best[3] - best[1] + 1;
        int ix0 = best[0] + bw / 4;
        int ix1 = best[2] - bw / 4;
        int iy0 = best[1] + bh / 4;
        int iy1 = best[3] - bh / 4;
        int on = 0;
        int all = 0;
        for (int y = iy0; y <= iy1; y++) {
            for (int x = ix0; x <= ix1; x++) {
                all++;
                if (ink[y * w + x]) {
                    on++;
                }
            }
        }
        double share = all == 0 ? 0 : (double) on / all;
        boolean ticked = share >= TICKED;
        // Far from the threshold on either side is certain; near it is a guess.
        double margin = ticked ? (share - TICKED) / 0.08 : (TICKED - share) / 0.05;
        double confidence = Math.max(0.5, Math.min(0.995, 0.5 + 0.5 * margin));
        return new Mark(ticked, share, confidence, new Box(x0 + best[0], y0 + best[1], bw, bh));
    }

    /**
     * Clears a cell's ruling lines (ink runs across most of the window; a box's side is about a
     * third of it): a tick's stroke that touches one would otherwise join the box to the table.
     */
    private static void eraseRulings(boolean[] ink, int w, int h) {
        boolean[] erase = new boolean[ink.length];
        for (int y = 0; y < h; y++) {
            int run = 0;
            for (int x = 0; x <= w; x++) {
                if (x < w && ink[y * w + x]) {
                    run++;
                } else {
                    if (run >= 0.6 * w) {
                        for (int k = x - run; k < x; k++) {
                            erase[y * w + k] = true;
                        }
                    }
                    run = 0;
                }
            }
        }
        for (int x = 0; x < w; x++) {
            int run = 0;
            for (int y = 0; y <= h; y++) {
                if (y < h && ink[y * w + x]) {
                    run++;
                } else {
                    if (run >= 0.6 * h) {
                        for (int k = y - run; k < y; k++) {
                            erase[k * w + x] = true;
                        }
                    }
                    run = 0;
                }
            }
        }
        for (int i = 0; i < ink.length; i++) {
            ink[i] &= !erase[i];
        }
    }

    /**
     * A box does not run through the search window: a blob cut by both its top and bottom edge is
     * a cell's ruling, whose bounding rectangle would look "ticked". (A tick may overshoot the top,
     * the bottom, or into the word on the right.)
     */
    private static boolean inside(int[] bbox, int w, int h) {
        return bbox[0] > 0 && !(bbox[1] == 0 && bbox[3] == h - 1);
    }

    /**
     * Blank space left of a box: a letter of the word before (the "s" of "hvis stedfortræder" in a
     * sentence) has its neighbour letter right beside it, a checkbox stands apart.
     */
    private static boolean standsAlone(int[] seen, int w, int[] bbox, int id, double h) {
        int x0 = bbox[0] - (int) Math.ceil(0.35 * h);
        if (x0 < 0) {
            return false; // too near the window's edge to tell
        }
        for (int y = bbox[1]; y <= bbox[3]; y++) {
            for (int x = x0; x < bbox[0]; x++) {
                int v = seen[y * w + x];
                if (v != 0 && v != id) {
                    return false;
                }
            }
        }
        return true;
    }

    /** 4-connected flood fill; returns the component's bounding box {minX, minY, maxX, maxY}. */
    private static int[] flood(boolean[] ink, int[] seen, int w, int h, int start, int id) {
        int[] bbox = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(start);
        seen[start] = id;
        while (!stack.isEmpty()) {
            int p = stack.pop();
            int x = p % w;
            int y = p / w;
            bbox[0] = Math.min(bbox[0], x);
            bbox[1] = Math.min(bbox[1], y);
            bbox[2] = Math.max(bbox[2], x);
            bbox[3] = Math.max(bbox[3], y);
            int[] next = {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1};
            for (int n : next) {
                if (n >= 0 && ink[n] && seen[n] == 0) {
                    seen[n] = id;
                    stack.push(n);
                }
            }
        }
        return bbox;
    }

    private int clampX(int x) {
        return Math.max(0, Math.min(width, x));
    }

    private int clampY(int y) {
        return Math.max(0, Math.min(height, y));
    }

    BufferedImage image() {
        return gray;
    }
}
