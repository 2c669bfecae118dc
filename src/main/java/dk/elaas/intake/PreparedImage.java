package dk.elaas.intake;

import java.awt.image.BufferedImage;

/**
 * The page after preparation: upright, flattened, deskewed, evenly lit, 8-bit grey. OCR boxes and
 * field boxes are in this image's coordinates.
 *
 * @param image           the prepared page
 * @param corners         where the page was found in the loaded image (the whole image when no
 *                        sheet was found); pass corrected corners back to re-run preparation
 * @param sheetDetected   whether a sheet edge was found (false for most flatbed scans)
 * @param deskewDegrees   rotation applied to straighten text lines
 * @param rotationDegrees clockwise quarter turn applied after orientation detection (0, 90, 180, 270)
 * @param dpi             resolution the image corresponds to on an A4 page
 */
public record PreparedImage(BufferedImage image, Quad corners, boolean sheetDetected, double deskewDegrees,
                            int rotationDegrees, int dpi) {
}
