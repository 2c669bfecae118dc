package dk.elaas.ocr;

/**
 * Tesseract's orientation detection (OSD) for a page.
 *
 * @param clockwiseDegrees how far the page content is turned clockwise (0, 90, 180 or 270);
 *                         turn the image back by this much to make it upright
 * @param confidence       Tesseract's orientation confidence (above ~2 is usually reliable)
 */
public record Orientation(int clockwiseDegrees, float confidence) {

    public static final Orientation UNKNOWN = new Orientation(0, 0f);
}
