package dk.elaas.document;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads page one of an imported file (JPEG, PNG, TIFF or PDF) as an upright 8-bit grey image.
 *
 * <p>Everything that can be checked cheaply is checked before decoding: the byte size, the real
 * type from the magic bytes, and the pixel count from the image header, so a decompression bomb is
 * refused without allocating its pixels. Every refusal is a {@link DocumentReadException} whose key
 * says in Danish what is wrong. Thread-safe: no mutable state.
 */
public final class PageImageLoader {

    static final String KEY_EMPTY = "intake.error.empty";
    static final String KEY_MISSING = "intake.error.missing";
    static final String KEY_TOO_BIG = "intake.error.tooBig";
    static final String KEY_UNKNOWN_FORMAT = "intake.error.unknownFormat";
    static final String KEY_HEIC = "intake.error.heic";
    static final String KEY_TRUNCATED = "intake.error.truncated";
    static final String KEY_CORRUPT = "intake.error.corrupt";
    static final String KEY_TOO_MANY_PIXELS = "intake.error.tooManyPixels";
    static final String KEY_PDF_ENCRYPTED = "intake.error.pdfEncrypted";
    static final String KEY_PDF_NO_PAGES = "intake.error.pdfNoPages";
    static final String KEY_TOO_SMALL = "intake.error.tooSmall";
    static final String KEY_PDF_IMAGE_TOO_LARGE = "intake.error.pdfImageTooLarge";
    /** Fewer pixels than this on a side cannot hold a readable form (a thumbnail, an icon, a 1 × 1 tracker). */
    static final int MIN_SIDE = 100;

    /** Fewer letters than this on a PDF page means it is a scan with no real text layer. */
    private static final int MIN_TEXT_LAYER_LETTERS = 40;

    private final LoadLimits limits;

    public PageImageLoader() {
        this(LoadLimits.DEFAULT);
    }

    public PageImageLoader(LoadLimits limits) {
        this.limits = limits;
    }

    public LoadLimits limits() {
        return limits;
    }

    /** Reads the file, refusing it before reading when it is larger than the byte limit. */
    public LoadedPage load(Path file) throws DocumentReadException {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            checkSize(size);
            return load(Files.readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            throw new DocumentReadException(e, KEY_MISSING, name);
        } catch (IOException e) {
            throw new DocumentReadException(e, KEY_CORRUPT, name, String.valueOf(e.getMessage()));
        }
    }

    /** Reads a file already in memory, e.g. pasted from the clipboard. */
    public LoadedPage load(byte[] bytes, String displayName) throws DocumentReadException {
        checkSize(bytes.length);
        MediaType type = MediaType.detect(bytes);
        String sha = sha256(bytes);
        try {
            return switch (type) {
                case JPEG, PNG, TIFF -> readImage(bytes, type, sha, displayName);
                case PDF -> readPdf(bytes, sha, displayName);
                case HEIC -> throw new DocumentReadException(KEY_HEIC, displayName);
                case UNKNOWN -> throw new DocumentReadException(KEY_UNKNOWN_FORMAT, displayName);
            };
        } catch (OutOfMemoryError e) {
            // Only reachable if the limits are set far too high for the heap; keep the app alive.
            throw new DocumentReadException(KEY_TOO_MANY_PIXELS, displayName, "?", "?",
                    limits.maxPixels() / 1_000_000);
        }
    }

    private void checkSize(long size) throws DocumentReadException {
        if (size == 0) {
            throw new DocumentReadException(KEY_EMPTY);
        }
        if (size > limits.maxBytes()) {
            throw new DocumentReadException(KEY_TOO_BIG, mb(size), mb(limits.maxBytes()));
        }
    }

    private LoadedPage readImage(byte[] bytes, MediaType type, String sha, String name)
            throws DocumentReadException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DocumentReadException(KEY_UNKNOWN_FORMAT, name);
            }
            ImageReader reader = readers.next();
            try {
                // TIFF needs seeking to count its pages; the others are read strictly forward.
                reader.setInput(in, type != MediaType.TIFF, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels > limits.maxPixels()) {
                    throw new DocumentReadException(KEY_TOO_MANY_PIXELS, name, width, height,
                            limits.maxPixels() / 1_000_000);
                }
                if (Math.min(width, height) < MIN_SIDE) {
                    throw new DocumentReadException(KEY_TOO_SMALL, name, width, height);
                }
                int sub = subsamplingFor(width, height);
                ImageReadParam param = reader.getDefaultReadParam();
                if (sub > 1) {
                    param.setSourceSubsampling(sub, sub, 0, 0);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage decoded = reader.read(0, param);
                if (warnings.stream().anyMatch(PageImageLoader::meansTruncated)) {
                    throw new DocumentReadException(KEY_TRUNCATED, name);
                }
                int pages = type == MediaType.TIFF ? Math.max(1, reader.getNumImages(true)) : 1;
                BufferedImage gray = GrayImages.toGray8(decoded);
                decoded = null;
                int orientation = type == MediaType.JPEG ? exifOrientation(bytes) : 1;
                BufferedImage upright = GrayImages.applyExifOrientation(gray, orientation);
                return new LoadedPage(upright, type, sha, bytes.length, pages, null, orientation,
                        width, height, sub, 0);
            } finally {
                reader.dispose();
            }
        } catch (EOFException e) {
            throw new DocumentReadException(e, KEY_TRUNCATED, name);
        } catch (IIOException e) {
            throw meansTruncated(String.valueOf(e.getMessage()))
                    ? new DocumentReadException(e, KEY_TRUNCATED, name)
                    : new DocumentReadException(e, KEY_CORRUPT, name, String.valueOf(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            // Image decoders throw unchecked exceptions on malformed data (e.g. IndexOutOfBounds).
            throw new DocumentReadException(e, KEY_CORRUPT, name, String.valueOf(e.getMessage()));
        }
    }

    private static boolean meansTruncated(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("premature end") || m.contains("unexpected end") || m.contains("end of file")
                || m.contains("eof") || m.contains("truncated");
    }

    private int subsamplingFor(long width, long height) {
        int sub = 1;
        while ((width / sub) * (height / sub) > limits.workingPixels()) {
            sub++;
        }
        return sub;
    }

    private LoadedPage readPdf(byte[] bytes, String sha, String name) throws DocumentReadException {
        // Loader parses only the cross-reference table here; pages are read on demand, so a
        // 300-page file costs no more than a one-page file when only page one is rendered.
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new DocumentReadException(KEY_PDF_NO_PAGES, name);
            }
            PDRectangle box = doc.getPage(0).getCropBox();
            float dpi = limits.pdfDpi();
            double pixelsAtDpi = (box.getWidth() / 72.0 * dpi) * (box.getHeight() / 72.0 * dpi);
            if (pixelsAtDpi > limits.workingPixels()) {
                // An oversized page (a poster, a bogus MediaBox) is rendered smaller, not refused.
                dpi = (float) (dpi * Math.sqrt(limits.workingPixels() / pixelsAtDpi));
            }
            refuseHugeImages(doc.getPage(0), name);
            PDFRenderer renderer = new PDFRenderer(doc);
            // An embedded image larger than the page needs is read subsampled, not decoded whole first.
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImageWithDPI(0, dpi, ImageType.GRAY);
            if (Math.min(image.getWidth(), image.getHeight()) < MIN_SIDE) {
                throw new DocumentReadException(KEY_TOO_SMALL, name, image.getWidth(), image.getHeight());
            }
            return new LoadedPage(image, MediaType.PDF, sha, bytes.length, pages, textLayer(doc), 1,
                    image.getWidth(), image.getHeight(), 1, Math.round(dpi));
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException(e, KEY_PDF_ENCRYPTED, name);
        } catch (IOException | RuntimeException e) {
            throw new DocumentReadException(e, KEY_CORRUPT, name, String.valueOf(e.getMessage()));
        }
    }

    /**
     * A PDF is a container: the page may be A4 while an image on it declares 40,000 × 40,000 pixels (a
     * decompression bomb). Its size is read from the image's dictionary, without decoding it.
     */
    private void refuseHugeImages(org.apache.pdfbox.pdmodel.PDPage page, String name)
            throws IOException, DocumentReadException {
        org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
        if (resources == null) {
            return;
        }
        for (org.apache.pdfbox.cos.COSName xName : resources.getXObjectNames()) {
            if (resources.getXObject(xName) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img
                    && (long) img.getWidth() * img.getHeight() > limits.maxPixels()) {
                throw new DocumentReadException(KEY_PDF_IMAGE_TOO_LARGE, name, img.getWidth(), img.getHeight(),
                        limits.maxPixels() / 1_000_000);
            }
        }
    }

    /** Page one's text when the PDF was made from text (not a scan), else null. */
    private static String textLayer(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.setSortByPosition(true);
        String text = stripper.getText(doc).strip();
        long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
        return letters >= MIN_TEXT_LAYER_LETTERS ? text : null;
    }

    /** The EXIF orientation tag, 1 when absent or unreadable: a bad tag must not fail the import. */
    static int exifOrientation(byte[] jpeg) {
        try {
            Metadata metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
            for (ExifIFD0Directory dir : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (dir.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    int o = dir.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    return o >= 1 && o <= 8 ? o : 1;
                }
            }
        } catch (Exception e) {
            return 1;
        }
        return 1;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** Kept package-private for the tests: raw access to a grey image's bytes. */
    static byte[] bytesOf(BufferedImage gray) {
        Raster r = gray.getRaster();
        return ((DataBufferByte) r.getDataBuffer()).getData();
    }
}
