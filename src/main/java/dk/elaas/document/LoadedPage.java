package dk.elaas.document;

import java.awt.image.BufferedImage;

/**
 * Page one of an imported file as an 8-bit grey image, upright as far as the file says (EXIF
 * orientation applied), plus what was learned about the file.
 *
 * @param image            8-bit grey ({@link BufferedImage#TYPE_BYTE_GRAY})
 * @param mediaType        what the bytes are (sniffed, not the file name)
 * @param sha256           hex SHA-256 of the original bytes, to recognise a file imported twice
 * @param sizeBytes        size of the original file
 * @param pageCount        pages (frames) in the file; only the first is read
 * @param textLayer        the PDF's own text on page one when it has a real text layer, else null
 * @param exifOrientation  the JPEG's EXIF orientation tag (1 when absent or not a JPEG)
 * @param sourceWidth      width of page one as stored, before orientation and subsampling
 * @param sourceHeight     height of page one as stored
 * @param subsampling      1 when decoded at full size; n when every n-th pixel was kept
 * @param dpi              resolution of {@code image} when known (rendered PDFs, scans), else 0
 */
public record LoadedPage(BufferedImage image, MediaType mediaType, String sha256, long sizeBytes,
                         int pageCount, String textLayer, int exifOrientation,
                         int sourceWidth, int sourceHeight, int subsampling, int dpi) {

    public boolean hasTextLayer() {
        return textLayer != null;
    }
}
