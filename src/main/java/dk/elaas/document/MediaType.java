package dk.elaas.document;

/** What a file really is, judged from its first bytes (never from its name). */
public enum MediaType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    TIFF("image/tiff"),
    PDF("application/pdf"),
    /** Recognised only to explain that it cannot be read (iPhone default photo format). */
    HEIC("image/heic"),
    UNKNOWN("application/octet-stream");

    private final String mime;

    MediaType(String mime) {
        this.mime = mime;
    }

    public String mime() {
        return mime;
    }

    /** Sniffs the magic bytes at the start of a file. */
    public static MediaType detect(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 0, 'I', 'I', 42, 0) || startsWith(head, 0, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (pdfHeaderWithin(head, 1024)) {
            return PDF;
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p') && head.length >= 12) {
            String brand = new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            // HEIF family brands as written by phones (HEIC stills, bursts, AVIF).
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1")
                    || brand.equals("msf1") || brand.startsWith("avi")) {
                return HEIC;
            }
        }
        return UNKNOWN;
    }

    /** PDF readers accept junk before {@code %PDF-}; so do we, within the first KiB. */
    private static boolean pdfHeaderWithin(byte[] head, int limit) {
        int end = Math.min(head.length, limit) - 5;
        for (int i = 0; i <= end; i++) {
            if (startsWith(head, i, '%', 'P', 'D', 'F', '-')) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] data, int offset, int... magic) {
        if (data.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((data[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
