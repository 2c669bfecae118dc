package dk.elaas.intake;

import java.util.List;

/**
 * The four corners of the sheet in the loaded (EXIF-upright) image, in page order: the corner that
 * becomes the page's top left first, then clockwise. The UI lets the user drag these and re-runs
 * preparation with the corrected quad.
 */
public record Quad(Corner topLeft, Corner topRight, Corner bottomRight, Corner bottomLeft) {

    /** The whole image as a quad: used when no sheet was found (a flatbed scan, a screenshot). */
    public static Quad of(int width, int height) {
        return new Quad(new Corner(0, 0), new Corner(width, 0), new Corner(width, height), new Corner(0, height));
    }

    public List<Corner> corners() {
        return List.of(topLeft, topRight, bottomRight, bottomLeft);
    }

    /** Mean length of the top and bottom edges. */
    public double width() {
        return (dist(topLeft, topRight) + dist(bottomLeft, bottomRight)) / 2;
    }

    /** Mean length of the left and right edges. */
    public double height() {
        return (dist(topLeft, bottomLeft) + dist(topRight, bottomRight)) / 2;
    }

    /** Shoelace area in square pixels. */
    public double area() {
        List<Corner> c = corners();
        double s = 0;
        for (int i = 0; i < 4; i++) {
            Corner a = c.get(i);
            Corner b = c.get((i + 1) % 4);
            s += a.x() * b.y() - b.x() * a.y();
        }
        return Math.abs(s) / 2;
    }

    private static double dist(Corner a, Corner b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
