package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.Point;

/**
 * Sheet detection on synthetic photos: a bright sheet in perspective on a dark table, with and
 * without a light patch of the background (a checked cloth's square) touching one of its corners.
 */
class ImagePreparerTest {

    /** The sheet's true corners in the photo: top left, top right, bottom right, bottom left. */
    private static final int[][] SHEET = {{600, 350}, {2750, 650}, {2400, 3700}, {200, 3450}};
    private static final double TOLERANCE = 25;

    private final ImagePreparer preparer;

    ImagePreparerTest() throws IntakeException {
        preparer = new ImagePreparer();
    }

    @BeforeAll
    static void loadOpenCv() throws IntakeException {
        Vision.load();
    }

    @Test
    void findsTheCornersOfASheetLyingOnADarkTable() {
        Quad q = detect(photo(false));
        assertCornersOnSheet(q);
    }

    @Test
    void aLightPatchOfTheClothTouchingACornerDoesNotDragTheCornerOut() {
        Quad q = detect(photo(true));
        assertCornersOnSheet(q);
    }

    @Test
    void anEvenImageHasNoSheet() {
        BufferedImage img = new BufferedImage(3000, 4000, BufferedImage.TYPE_BYTE_GRAY);
        fill(img, 128);
        assertThat(detect(img)).isNull();
    }

    @Test
    void aScanWhoseWholeImageIsThePageHasNoSheet() {
        BufferedImage img = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        fill(img, 245);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 48));
        for (int y = 300; y < 3200; y += 120) {
            g.drawString("Navn: Rasmus Tvilling, Kildebakken 12", 200, y);
        }
        g.dispose();
        assertThat(detect(img)).isNull();
    }

    @Test
    void refiningPutsACornerDraggedOutByABumpBackOnTheCrossingOfTheEdges() {
        Corner tl = new Corner(100, 100);
        Corner tr = new Corner(500, 120);
        Corner br = new Corner(480, 660);
        Corner bl = new Corner(90, 640);
        List<Point> outline = new ArrayList<>();
        // The outline runs along the true edges, except near the top-left corner where a bright
        // square beside the sheet joined it: from (100,130) out to (75,75) and back onto the top edge.
        addEdge(outline, new Corner(100, 130), bl);
        addEdge(outline, bl, br);
        addEdge(outline, br, tr);
        addEdge(outline, tr, new Corner(130, 101.5));
        addEdge(outline, new Corner(130, 101.5), new Corner(130, 75));
        addEdge(outline, new Corner(130, 75), new Corner(75, 75));
        addEdge(outline, new Corner(75, 75), new Corner(75, 130));
        addEdge(outline, new Corner(75, 130), new Corner(100, 130));
        // The simplified outline put the top-left corner on the bump's far corner.
        Quad dragged = new Quad(new Corner(75, 75), tr, br, bl);

        Quad q = ImagePreparer.refined(dragged, outline.toArray(Point[]::new));

        assertNear(q.topLeft(), tl, 2);
        assertNear(q.topRight(), tr, 2);
        assertNear(q.bottomRight(), br, 2);
        assertNear(q.bottomLeft(), bl, 2);
    }

    @Test
    void refiningKeepsTheQuadWhenTheOutlineDoesNotFollowItsEdges() {
        Quad q = new Quad(new Corner(100, 100), new Corner(500, 120), new Corner(480, 660), new Corner(90, 640));
        Point[] few = {new Point(300, 110), new Point(490, 400), new Point(290, 650), new Point(95, 370)};
        assertThat(ImagePreparer.refined(q, few)).isEqualTo(q);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private Quad detect(BufferedImage img) {
        Mat m = Vision.toMat(img);
        try {
            return preparer.detectSheet(m);
        } finally {
            m.release();
        }
    }

    /** A 3000x4000 photo: dark table (60), bright sheet (230), optionally a light square (235) at its top-left corner. */
    private static BufferedImage photo(boolean patch) {
        BufferedImage img = new BufferedImage(3000, 4000, BufferedImage.TYPE_BYTE_GRAY);
        fill(img, 60);
        Graphics2D g = img.createGraphics();
        if (patch) {
            g.setColor(new Color(235, 235, 235));
            // Outside the sheet, up and left of its corner, overlapping the corner a little.
            g.fillRect(330, 60, 300, 300);
        }
        g.setColor(new Color(230, 230, 230));
        Polygon sheet = new Polygon();
        for (int[] c : SHEET) {
            sheet.addPoint(c[0], c[1]);
        }
        g.fillPolygon(sheet);
        g.dispose();
        return img;
    }

    private static void fill(BufferedImage img, int level) {
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(level, level, level));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
    }

    private static void assertCornersOnSheet(Quad q) {
        assertThat(q).isNotNull();
        List<Corner> found = q.corners();
        for (int k = 0; k < 4; k++) {
            assertNear(found.get(k), new Corner(SHEET[k][0], SHEET[k][1]), TOLERANCE);
        }
    }

    private static void assertNear(Corner actual, Corner expected, double tolerance) {
        assertThat(Math.hypot(actual.x() - expected.x(), actual.y() - expected.y()))
                .as("corner %s expected near %s", actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }

    /** Outline points one pixel apart from a towards b (b itself excluded), as a traced contour has. */
    private static void addEdge(List<Point> out, Corner a, Corner b) {
        double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
        int n = (int) Math.round(len);
        for (int i = 0; i < n; i++) {
            double t = i / (double) n;
            out.add(new Point(Math.round(a.x() + t * (b.x() - a.x())), Math.round(a.y() + t * (b.y() - a.y()))));
        }
    }
}
