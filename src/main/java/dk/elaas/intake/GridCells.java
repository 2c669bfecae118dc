package dk.elaas.intake;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The boxes of a boxed (grid) form, found from its ruling lines. On such a form each field is a cell
 * with a small label in its corner and the value below; when the value is written large by hand,
 * Tesseract's page layout analysis often swallows the small label into the value's line or drops it,
 * and the field cannot be found by its label. Reading each cell on its own gives the label back.
 *
 * <p>OpenCV does the pixel work (ADR 0004): long horizontal and vertical strokes are kept by a
 * morphological opening, and the regions they enclose are the cells. Stateless and thread-safe.
 */
final class GridCells {

    /** Fewer cells than this and the page is not a boxed form (the municipal layout has none). */
    static final int MIN_CELLS = 6;

    private GridCells() {
    }

    /**
     * The cells of a prepared page (300 dpi A4), top to bottom then left to right; empty when it has
     * none. OpenCV is loaded by then: {@link ImagePreparer} made the page.
     */
    static List<Box> find(BufferedImage page) {
        Mat gray = Vision.toMat(page);
        Mat ink = Vision.ink(gray);
        int w = page.getWidth();
        int h = page.getHeight();
        // A ruling is far longer than any letter stroke: a tenth of the page width, a thirtieth of its height.
        Mat horizontal = Vision.straightRuns(ink, Math.max(20, w / 10), true);
        Mat vertical = Vision.straightRuns(ink, Math.max(20, h / 30), false);
        Mat rulings = new Mat();
        Core.bitwise_or(horizontal, vertical, rulings);
        // Close the small gaps a scan leaves where lines meet.
        Imgproc.dilate(rulings, rulings, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(5, 5)));
        Mat open = new Mat();
        Core.bitwise_not(rulings, open);
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(open, labels, stats, centroids, 4, CvType.CV_32S);
        List<Box> cells = new ArrayList<>();
        int minWidth = w / 12;
        int minHeight = h / 60;
        for (int i = 1; i < n; i++) {
            int x = (int) stats.get(i, Imgproc.CC_STAT_LEFT)[0];
            int y = (int) stats.get(i, Imgproc.CC_STAT_TOP)[0];
            int cw = (int) stats.get(i, Imgproc.CC_STAT_WIDTH)[0];
            int ch = (int) stats.get(i, Imgproc.CC_STAT_HEIGHT)[0];
            double area = stats.get(i, Imgproc.CC_STAT_AREA)[0];
            boolean touchesEdge = x <= 2 || y <= 2 || x + cw >= w - 2 || y + ch >= h - 2;
            // A cell is a closed box: well filled (its text is not counted as ruling), not the page around it.
            if (!touchesEdge && cw >= minWidth && ch >= minHeight && ch < h / 5 && area >= 0.6 * cw * (double) ch) {
                cells.add(new Box(x, y, cw, ch));
            }
        }
        for (Mat m : List.of(gray, ink, horizontal, vertical, rulings, open, labels, stats, centroids)) {
            m.release();
        }
        if (cells.size() < MIN_CELLS) {
            return List.of();
        }
        cells.sort(Comparator.comparingInt(Box::y).thenComparingInt(Box::x));
        return cells;
    }
}
