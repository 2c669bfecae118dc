package dk.elaas.intake;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Turns a loaded page image into what OCR reads best: the sheet found and flattened to an A4 page at
 * 300 dpi (photos), straightened (scans are often 1-3 degrees off, which made Tesseract drop a whole
 * paragraph), and evenly lit (a photo's shadow otherwise becomes black blobs after Tesseract's global
 * threshold). OpenCV does the pixel work; see docs/adr/0004. Stateless and thread-safe.
 */
public final class ImagePreparer {

    static final int DPI = 300;
    static final int A4_WIDTH = 2480;
    static final int A4_HEIGHT = 3508;

    /** Long side of the working copy used for detection; detail beyond this only adds noise. */
    private static final int DETECT_SIZE = 1000;
    private static final double MAX_DESKEW = 3.0;

    public ImagePreparer() throws IntakeException {
        Vision.load();
    }

    /** Finds the sheet (if it is a photo of one) and prepares the page. */
    public PreparedImage prepare(BufferedImage gray, int dpi) {
        Mat src = Vision.toMat(gray);
        Quad sheet = detectSheet(src);
        PreparedImage out = sheet == null
                ? prepareWhole(src, dpi)
                : prepareQuad(src, sheet, true);
        src.release();
        return out;
    }

    /** Prepares with corners the user corrected (in the loaded image's coordinates). */
    public PreparedImage prepare(BufferedImage gray, Quad corners) {
        Mat src = Vision.toMat(gray);
        PreparedImage out = prepareQuad(src, corners, true);
        src.release();
        return out;
    }

    /** Turns a prepared page by a multiple of 90 degrees clockwise (after orientation detection). */
    public PreparedImage rotate(PreparedImage page, int clockwiseDegrees) {
        int deg = ((clockwiseDegrees % 360) + 360) % 360;
        if (deg == 0) {
            return page;
        }
        Mat m = Vision.toMat(page.image());
        Mat r = new Mat();
        Core.rotate(m, r, deg == 90 ? Core.ROTATE_90_CLOCKWISE
                : deg == 180 ? Core.ROTATE_180 : Core.ROTATE_90_COUNTERCLOCKWISE);
        BufferedImage img = Vision.toImage(r);
        m.release();
        r.release();
        return new PreparedImage(img, page.corners(), page.sheetDetected(), page.deskewDegrees(),
                (page.rotationDegrees() + deg) % 360, page.dpi());
    }

    private PreparedImage prepareWhole(Mat src, int dpi) {
        Mat page = src;
        int outDpi = dpi > 0 ? dpi : DPI;
        // A landscape image with a portrait form in it: turn it so the long side is vertical.
        boolean turned = false;
        if (src.cols() > src.rows() * 1.15) {
            page = new Mat();
            Core.rotate(src, page, Core.ROTATE_90_CLOCKWISE);
            turned = true;
        }
        double angle = skewAngle(page);
        Mat straight = rotateBy(page, angle);
        Mat lit = normaliseLighting(straight);
        BufferedImage img = Vision.toImage(lit);
        release(straight, lit);
        if (turned) {
            page.release();
        }
        return new PreparedImage(img, Quad.of(src.cols(), src.rows()), false, angle, turned ? 90 : 0, outDpi);
    }

    private PreparedImage prepareQuad(Mat src, Quad quad, boolean detected) {
        Quad q = portrait(quad);
        MatOfPoint2f from = new MatOfPoint2f(q.corners().stream()
                .map(c -> new Point(c.x(), c.y())).toArray(Point[]::new));
        MatOfPoint2f to = new MatOfPoint2f(new Point(0, 0), new Point(A4_WIDTH, 0),
                new Point(A4_WIDTH, A4_HEIGHT), new Point(0, A4_HEIGHT));
        Mat h = Imgproc.getPerspectiveTransform(from, to);
        Mat flat = new Mat();
        Imgproc.warpPerspective(src, flat, h, new Size(A4_WIDTH, A4_HEIGHT), Imgproc.INTER_LINEAR,
                Core.BORDER_REPLICATE);
        double angle = skewAngle(flat);
        Mat straight = rotateBy(flat, angle);
        Mat lit = normaliseLighting(straight);
        BufferedImage img = Vision.toImage(lit);
        release(from, to, h, flat, straight, lit);
        return new PreparedImage(img, q, detected, angle, 0, DPI);
    }

    /** Reorders corners so the page's long side is vertical (an A4 form is portrait). */
    static Quad portrait(Quad q) {
        if (q.width() > q.height() * 1.05) {
            return new Quad(q.bottomLeft(), q.topLeft(), q.topRight(), q.bottomRight());
        }
        return q;
    }

    /**
     * The sheet in a photo: the largest bright convex quadrilateral that covers a good part of the
     * image and stands out from a darker surround. Null for scans (the page is the whole image) and
     * when no plausible sheet is found.
     */
    Quad detectSheet(Mat src) {
        double scale = (double) DETECT_SIZE / Math.max(src.cols(), src.rows());
        Mat small = new Mat();
        Imgproc.resize(src, small, new Size(Math.round(src.cols() * scale), Math.round(src.rows() * scale)),
                0, 0, Imgproc.INTER_AREA);
        Imgproc.GaussianBlur(small, small, new Size(5, 5), 0);
        double imageArea = small.rows() * (double) small.cols();
        Quad best = null;
        double bestScore = 0;
        Mat bin = new Mat();
        double otsu = Imgproc.threshold(small, bin, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
        // Otsu first; brighter cuts separate a cream page from a light table or a pale cloth.
        for (double t : new double[] {otsu, otsu + (255 - otsu) * 0.25, otsu + (255 - otsu) * 0.45, otsu * 0.85}) {
            Imgproc.threshold(small, bin, t, 255, Imgproc.THRESH_BINARY);
            Imgproc.morphologyEx(bin, bin, Imgproc.MORPH_CLOSE,
                    Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(15, 15)));
            Imgproc.morphologyEx(bin, bin, Imgproc.MORPH_OPEN,
                    Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(9, 9)));
            Quad q = largestQuad(bin, imageArea);
            if (q != null) {
                double score = q.area() / imageArea * contrast(small, q);
                if (score > bestScore) {
                    bestScore = score;
                    best = q;
                }
            }
        }
        release(small, bin);
        if (best == null || bestScore < 0.05) {
            return null;
        }
        double inv = 1 / scale;
        return new Quad(scaled(best.topLeft(), inv), scaled(best.topRight(), inv),
                scaled(best.bottomRight(), inv), scaled(best.bottomLeft(), inv));
    }

    private static Corner scaled(Corner c, double f) {
        return new Corner(c.x() * f, c.y() * f);
    }

    /** The largest four-cornered convex contour with a sheet's shape, or null. */
    private static Quad largestQuad(Mat bin, double imageArea) {
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        Imgproc.findContours(bin.clone(), contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_NONE);
        hierarchy.release();
        contours.sort(Comparator.comparingDouble((MatOfPoint c) -> Imgproc.contourArea(c)).reversed());
        for (MatOfPoint c : contours.subList(0, Math.min(3, contours.size()))) {
            double area = Imgproc.contourArea(c);
            if (area < imageArea * 0.15 || area > imageArea * 0.985) {
                continue;
            }
            MatOfPoint2f c2 = new MatOfPoint2f(c.toArray());
            double peri = Imgproc.arcLength(c2, true);
            MatOfPoint2f approx = new MatOfPoint2f();
            Quad q = null;
            for (double eps : new double[] {0.02, 0.03, 0.05}) {
                Imgproc.approxPolyDP(c2, approx, eps * peri, true);
                if (approx.total() == 4 && Imgproc.isContourConvex(new MatOfPoint(approx.toArray()))) {
                    q = ordered(approx.toArray());
                    break;
                }
            }
            if (q == null) {
                // A corner hidden by a shadow or a finger: the minimum-area rectangle still frames the page.
                Point[] box = new Point[4];
                Imgproc.minAreaRect(c2).points(box);
                q = ordered(box);
                if (area / q.area() < 0.9) {
                    continue;
                }
            }
            double ratio = Math.max(q.width(), q.height()) / Math.min(q.width(), q.height());
            // A4 is 1.41; perspective stretches or squeezes it. A table box inside a scan is far wider.
            if (ratio > 1.15 && ratio < 1.8) {
                return refined(q, c.toArray());
            }
        }
        return null;
    }

    /**
     * Straightens the quad onto the sheet's edges. A bright patch of the background touching the sheet
     * (a checked cloth, a reflection) joins its outline and drags the nearest corner of the simplified
     * outline out to it; the edges themselves stay straight. Each side is therefore fitted again as a
     * line through the outline's points along its middle part (robustly, so the patch barely counts),
     * and the corners become the crossings of those lines. Kept only when a corner moved by more than
     * 1 % of the diagonal (one was dragged out) and none by more than a quarter (a strange outline).
     */
    static Quad refined(Quad q, Point[] outline) {
        List<Corner> c = q.corners();
        double[][] lines = new double[4][];
        for (int k = 0; k < 4; k++) {
            Corner a = c.get(k);
            Corner b = c.get((k + 1) % 4);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = Math.hypot(dx, dy);
            if (len < 1) {
                return q;
            }
            List<Point> near = new ArrayList<>();
            for (Point p : outline) {
                double t = ((p.x - a.x()) * dx + (p.y - a.y()) * dy) / (len * len);
                double off = Math.abs((p.x - a.x()) * dy - (p.y - a.y()) * dx) / len;
                if (t > 0.2 && t < 0.8 && off < len * 0.08) {
                    near.add(p);
                }
            }
            if (near.size() < 8) {
                return q;
            }
            List<Point> inliers = longestStraightRun(near);
            if (inliers.size() < 8) {
                return q;
            }
            Mat line = new Mat();
            MatOfPoint2f pts = new MatOfPoint2f(inliers.toArray(Point[]::new));
            Imgproc.fitLine(pts, line, Imgproc.DIST_L2, 0, 0.01, 0.01);
            lines[k] = new double[] {line.get(0, 0)[0], line.get(1, 0)[0], line.get(2, 0)[0], line.get(3, 0)[0]};
            release(line, pts);
        }
        Corner[] out = new Corner[4];
        double diag = Math.hypot(q.width(), q.height());
        double moved = 0;
        for (int k = 0; k < 4; k++) {
            Corner x = crossing(lines[(k + 3) % 4], lines[k]);
            double d = x == null ? Double.MAX_VALUE : Math.hypot(x.x() - c.get(k).x(), x.y() - c.get(k).y());
            if (d > diag * 0.25) {
                return q;
            }
            moved = Math.max(moved, d);
            out[k] = x;
        }
        // Corners that were already on the sheet stay as found: only a corner dragged out is corrected.
        return moved < diag * 0.01 ? q : new Quad(out[0], out[1], out[2], out[3]);
    }

    /**
     * The points on the one line most of them lie on (within 1.5 px at detection size): the sheet's
     * edge, not the shorter edges of a patch beside it. Pairs of points propose lines; a fixed seed keeps
     * the result the same on every run.
     */
    private static List<Point> longestStraightRun(List<Point> pts) {
        java.util.Random random = new java.util.Random(42);
        List<Point> best = List.of();
        for (int i = 0; i < 150; i++) {
            Point a = pts.get(random.nextInt(pts.size()));
            Point b = pts.get(random.nextInt(pts.size()));
            double len = Math.hypot(b.x - a.x, b.y - a.y);
            if (len < 10) {
                continue;
            }
            List<Point> on = new ArrayList<>();
            for (Point p : pts) {
                if (Math.abs((p.x - a.x) * (b.y - a.y) - (p.y - a.y) * (b.x - a.x)) / len < 1.5) {
                    on.add(p);
                }
            }
            if (on.size() > best.size()) {
                best = on;
            }
        }
        return best;
    }

    /** Where two lines given as (direction x, direction y, point x, point y) cross; null if near parallel. */
    private static Corner crossing(double[] l1, double[] l2) {
        double det = l1[0] * l2[1] - l1[1] * l2[0];
        if (Math.abs(det) < 1e-6) {
            return null;
        }
        double t = ((l2[2] - l1[2]) * l2[1] - (l2[3] - l1[3]) * l2[0]) / det;
        return new Corner(l1[2] + t * l1[0], l1[3] + t * l1[1]);
    }

    /** How much brighter the quad's inside is than the outside; near 1 means no distinct sheet. */
    private static double contrast(Mat small, Quad q) {
        Mat mask = Mat.zeros(small.size(), CvType.CV_8UC1);
        MatOfPoint poly = new MatOfPoint(q.corners().stream().map(c -> new Point(c.x(), c.y())).toArray(Point[]::new));
        Imgproc.fillPoly(mask, List.of(poly), new Scalar(255));
        double inside = Core.mean(small, mask).val[0];
        Core.bitwise_not(mask, mask);
        double outside = Core.mean(small, mask).val[0];
        mask.release();
        return outside <= 1 ? 1 : Math.max(0, Math.min(1, (inside - outside) / inside * 2));
    }

    /** Corners ordered top-left, top-right, bottom-right, bottom-left (by sums and differences). */
    static Quad ordered(Point[] p) {
        Point tl = p[0];
        Point br = p[0];
        Point tr = p[0];
        Point bl = p[0];
        for (Point q : p) {
            if (q.x + q.y < tl.x + tl.y) {
                tl = q;
            }
            if (q.x + q.y > br.x + br.y) {
                br = q;
            }
            if (q.x - q.y > tr.x - tr.y) {
                tr = q;
            }
            if (q.y - q.x > bl.y - bl.x) {
                bl = q;
            }
        }
        return new Quad(new Corner(tl.x, tl.y), new Corner(tr.x, tr.y), new Corner(br.x, br.y), new Corner(bl.x, bl.y));
    }

    /**
     * The text's skew in degrees within +-3: the angle whose rotation makes the row profile of the ink
     * sharpest (text lines and rules line up with pixel rows).
     */
    static double skewAngle(Mat page) {
        double scale = 800.0 / page.cols();
        Mat small = new Mat();
        Imgproc.resize(page, small, new Size(800, Math.round(page.rows() * scale)), 0, 0, Imgproc.INTER_AREA);
        Mat ink = new Mat();
        Imgproc.adaptiveThreshold(small, ink, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV, 25, 15);
        double best = 0;
        double bestScore = -1;
        for (double a = -MAX_DESKEW; a <= MAX_DESKEW + 1e-9; a += 0.25) {
            double s = profileSharpness(ink, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.2; a <= coarse + 0.2 + 1e-9; a += 0.05) {
            double s = profileSharpness(ink, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        release(small, ink);
        return Math.abs(best) < 0.05 ? 0 : Math.round(best * 100) / 100.0;
    }

    private static double profileSharpness(Mat ink, double angle) {
        Mat rotated = new Mat();
        Mat rot = Imgproc.getRotationMatrix2D(new Point(ink.cols() / 2.0, ink.rows() / 2.0), angle, 1);
        Imgproc.warpAffine(ink, rotated, rot, ink.size(), Imgproc.INTER_NEAREST);
        Mat rows = new Mat();
        Core.reduce(rotated, rows, 1, Core.REDUCE_SUM, CvType.CV_64F);
        double[] v = new double[(int) rows.total()];
        rows.get(0, 0, v);
        double s = 0;
        for (int i = 1; i < v.length; i++) {
            double d = v[i] - v[i - 1];
            s += d * d;
        }
        release(rotated, rot, rows);
        return s;
    }

    private static Mat rotateBy(Mat page, double angle) {
        if (angle == 0) {
            return page.clone();
        }
        Mat out = new Mat();
        Mat rot = Imgproc.getRotationMatrix2D(new Point(page.cols() / 2.0, page.rows() / 2.0), angle, 1);
        Imgproc.warpAffine(page, out, rot, page.size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
        rot.release();
        return out;
    }

    /**
     * Divides the page by an estimate of its lighting (the paper's brightness without the ink), so a
     * shadow or a lamp's falloff becomes white paper again, then stretches the contrast.
     */
    static Mat normaliseLighting(Mat page) {
        Mat small = new Mat();
        double f = 0.25;
        Imgproc.resize(page, small, new Size(), f, f, Imgproc.INTER_AREA);
        // Closing removes the ink (dark strokes narrower than the kernel) and leaves the paper.
        Imgproc.morphologyEx(small, small, Imgproc.MORPH_CLOSE,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(15, 15)));
        Imgproc.medianBlur(small, small, 21);
        Mat background = new Mat();
        Imgproc.resize(small, background, page.size(), 0, 0, Imgproc.INTER_LINEAR);
        Mat out = new Mat();
        Core.divide(page, background, out, 255.0);
        // Stretch: the darkest ink to black, keeping the paper white.
        Core.MinMaxLocResult mm = Core.minMaxLoc(out);
        double lo = Math.min(mm.minVal, 200);
        out.convertTo(out, CvType.CV_8UC1, 255.0 / (255.0 - lo), -lo * 255.0 / (255.0 - lo));
        release(small, background);
        return out;
    }

    private static void release(Mat... mats) {
        for (Mat m : mats) {
            if (m != null) {
                m.release();
            }
        }
    }

    static Rect clamp(Rect r, int w, int h) {
        int x = Math.max(0, r.x);
        int y = Math.max(0, r.y);
        return new Rect(x, y, Math.max(0, Math.min(w, r.x + r.width) - x), Math.max(0, Math.min(h, r.y + r.height) - y));
    }
}
