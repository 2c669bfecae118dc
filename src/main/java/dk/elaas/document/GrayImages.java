package dk.elaas.document;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/** Conversions to the one image form the pipeline works on: 8-bit grey, upright. */
public final class GrayImages {

    private GrayImages() {
    }

    /**
     * Converts any decoded image to 8-bit grey. High-bit-depth grey is scaled down directly: going
     * through {@code getRGB} would apply the linear-grey-to-sRGB curve and wash out a 16-bit scan.
     * Transparent pixels count as white paper.
     */
    public static BufferedImage toGray8(BufferedImage src) {
        int w = src.getWidth();
        int h = src.getHeight();
        if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return src;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        Raster raster = src.getRaster();
        boolean singleBand = raster.getNumBands() == 1 && src.getColorModel().getNumComponents() == 1;
        if (singleBand) {
            int bits = src.getColorModel().getComponentSize(0);
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    dst[y * w + x] = (byte) (bits > 8 ? row[x] >>> (bits - 8) : row[x] * 255 / ((1 << bits) - 1));
                }
            }
            return out;
        }
        int[] argb = new int[w];
        for (int y = 0; y < h; y++) {
            src.getRGB(0, y, w, 1, argb, 0, w);
            for (int x = 0; x < w; x++) {
                int p = argb[x];
                int a = p >>> 24;
                int luma = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
                dst[y * w + x] = (byte) ((luma * a + 255 * (255 - a)) / 255);
            }
        }
        return out;
    }

    /**
     * Applies an EXIF orientation (1-8) to a grey image so that it is upright. Phones store the
     * sensor's pixels and only tag the rotation; Tesseract ignores the tag.
     */
    public static BufferedImage applyExifOrientation(BufferedImage gray, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return gray;
        }
        int w = gray.getWidth();
        int h = gray.getHeight();
        boolean swap = orientation >= 5;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        byte[] src = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int nx;
                int ny;
                switch (orientation) {
                    case 2 -> { nx = w - 1 - x; ny = y; }
                    case 3 -> { nx = w - 1 - x; ny = h - 1 - y; }
                    case 4 -> { nx = x; ny = h - 1 - y; }
                    case 5 -> { nx = y; ny = x; }
                    case 6 -> { nx = h - 1 - y; ny = x; }
                    case 7 -> { nx = h - 1 - y; ny = w - 1 - x; }
                    default -> { nx = y; ny = w - 1 - x; } // 8
                }
                dst[ny * ow + nx] = src[row + x];
            }
        }
        return out;
    }
}
