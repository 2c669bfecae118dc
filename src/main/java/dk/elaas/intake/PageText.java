package dk.elaas.intake;

import dk.elaas.ocr.OcrWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The OCR words of a page with the geometry queries field extraction needs: find a label (a short
 * phrase, matched tolerantly), the words to its right on the same row, the first row below it.
 */
final class PageText {

    /** A found label: its words and their union box. */
    record Hit(List<OcrWord> words, Box box) {

        double height() {
            return words.stream().mapToInt(OcrWord::height).min().orElse(box.height());
        }

        double centerY() {
            return box.y() + box.height() / 2.0;
        }
    }

    /** A horizontal band of the page (a form section). */
    record Band(int top, int bottom) {
        static final Band ALL = new Band(Integer.MIN_VALUE, Integer.MAX_VALUE);

        boolean contains(OcrWord w) {
            return w.centerY() >= top && w.centerY() < bottom;
        }
    }

    private final List<OcrWord> words;
    private double medianHeight;

    PageText(List<OcrWord> words) {
        this.words = words.stream().filter(w -> !Fuzzy.key(w.text()).isEmpty() || w.text().equals("&")).toList();
    }

    List<OcrWord> words() {
        return words;
    }

    /** Median height of the page's words (of a letter-height word when the page is mostly text). */
    double medianHeight() {
        if (medianHeight == 0) {
            int[] hs = words.stream().mapToInt(OcrWord::height).sorted().toArray();
            medianHeight = hs.length == 0 ? Double.MAX_VALUE : hs[hs.length / 2];
        }
        return medianHeight;
    }

    /**
     * Every occurrence of a label phrase within a band, in reading order. Each token must match a
     * word closely (short tokens exactly) and the words must follow each other on one row.
     */
    List<Hit> find(List<String> phrase, Band band) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!band.contains(words.get(i))) {
                continue;
            }
            List<OcrWord> run = new ArrayList<>();
            int j = i;
            for (String token : phrase) {
                if (j >= words.size() || !matches(words.get(j).text(), token)
                        || (!run.isEmpty() && !sameRow(run.get(run.size() - 1), words.get(j)))) {
                    run = null;
                    break;
                }
                run.add(words.get(j));
                j++;
            }
            if (run != null) {
                hits.add(new Hit(run, boxOf(run)));
            }
        }
        return hits;
    }

    static boolean matches(String word, String token) {
        String k = Fuzzy.key(word);
        if (token.length() <= 3) {
            return k.equals(token);
        }
        return Fuzzy.similarity(Fuzzy.folded(word), Fuzzy.folded(token)) >= 0.75;
    }

    static boolean sameRow(OcrWord a, OcrWord b) {
        double h = Math.min(a.height(), b.height());
        return Math.abs(a.centerY() - b.centerY()) < Math.max(h * 0.7, 8);
    }

    /** Words right of the label on its row, sorted left to right (values of a "Label: value" row). */
    List<OcrWord> rightOf(Hit hit) {
        double h = hit.height();
        double top = hit.box().y() - 0.45 * h;
        double bottom = hit.box().bottom() + 0.6 * h;
        return words.stream()
                .filter(w -> !hit.words().contains(w))
                .filter(w -> w.x() >= hit.box().right() - 3)
                // Tall handwriting standing on the label's line reaches far above the small label.
                .filter(w -> w.centerY() >= top && w.centerY() <= bottom
                        || w.bottom() >= hit.box().y() + 0.3 * h && w.bottom() <= bottom)
                .sorted(Comparator.comparingInt(OcrWord::x))
                .toList();
    }

    /**
     * The first row of words below the label, between its left edge (less a little) and
     * {@code rightLimit} (values of a boxed "label in the cell corner" layout).
     */
    List<OcrWord> below(Hit hit, int rightLimit, double maxDistanceInLabelHeights) {
        double h = hit.height();
        double left = hit.box().x() - 1.5 * h;
        List<OcrWord> candidates = words.stream()
                .filter(w -> !hit.words().contains(w))
                // Large handwriting in a cell may reach up beside its label: its middle is still below.
                .filter(w -> w.y() >= hit.box().bottom() - 0.3 * h || w.centerY() >= hit.box().bottom() + 0.3 * h)
                .filter(w -> w.y() <= hit.box().bottom() + maxDistanceInLabelHeights * h)
                .filter(w -> w.centerX() >= left && w.centerX() <= rightLimit)
                .filter(w -> w.height() >= 0.35 * h) // specks of dust or of a ruling
                .sorted(Comparator.comparingInt(OcrWord::y))
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // The row starts at the first word of a value's size (not a flake of the signature above it).
        OcrWord first = candidates.stream().filter(w -> w.height() >= 0.6 * h).findFirst().orElse(candidates.get(0));
        List<OcrWord> row = candidates.stream()
                // OCR's own line is trusted with the taller word's tolerance; another line only with the
                // smaller's, so that a tall handwritten word does not pull in the label of the cell below.
                .filter(w -> Math.abs(w.centerY() - first.centerY()) < (w.line() == first.line()
                        ? Math.max(first.height(), w.height()) : Math.min(first.height(), w.height())) * 0.6)
                .sorted(Comparator.comparingInt(OcrWord::x))
                .toList();
        OcrWord leftmost = row.get(0);
        boolean continuesFromOutside = words.stream()
                .filter(w -> w != leftmost && w.right() <= leftmost.x() + 2)
                .filter(w -> Math.abs(w.centerY() - leftmost.centerY()) < leftmost.height() * 0.6)
                .anyMatch(w -> leftmost.x() - w.right() < 2 * h);
        // A sentence running in from outside the cell (a printed note under the boxes) is no value.
        return continuesFromOutside ? List.of() : row;
    }

    static Box boxOf(List<OcrWord> ws) {
        Box b = null;
        for (OcrWord w : ws) {
            Box wb = new Box(w.x(), w.y(), w.width(), w.height());
            b = b == null ? wb : b.union(wb);
        }
        return b;
    }
}
