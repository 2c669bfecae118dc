package dk.elaas.intake;

import dk.elaas.ocr.OcrException;
import dk.elaas.ocr.OcrModel;
import dk.elaas.ocr.OcrResult;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.OcrWord;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link LineReader} on the prepared page through the OCR service (PSM 7, single line). Each region
 * is read twice: as prepared, and contrast-stretched between the ink and the paper, which darkens
 * a thin or blue ballpoint stroke that the engine's own threshold would partly lose.
 */
final class OcrLineReader implements LineReader {

    /** White margin around a crop: the engine reads a glyph touching the image edge badly. */
    private static final int PAD = 12;

    private final OcrService ocr;
    private final BufferedImage page;
    private final int dpi;
    private final OcrModel model;

    OcrLineReader(OcrService ocr, BufferedImage page, int dpi, OcrModel model) {
        this.ocr = ocr;
        this.page = page;
        this.dpi = dpi;
        this.model = model;
    }

    @Override
    public List<Reading> read(Box region, Chars chars) {
        int x0 = Math.max(0, region.x());
        int y0 = Math.max(0, region.y());
        int x1 = Math.min(page.getWidth(), region.right());
        int y1 = Math.min(page.getHeight(), region.bottom());
        if (x1 - x0 < 8 || y1 - y0 < 8 || Thread.currentThread().isInterrupted()) {
            return List.of();
        }
        byte[] crop = crop(x0, y0, x1 - x0, y1 - y0);
        List<Reading> out = new ArrayList<>();
        try {
            out.add(reading(ocr.recognizeLine(padded(crop, x1 - x0, y1 - y0), dpi, chars.whitelist, model).await()));
            out.add(reading(ocr.recognizeLine(padded(stretched(crop), x1 - x0, y1 - y0), dpi, chars.whitelist,
                    model)
                    .await()));
        } catch (OcrException e) {
            return out; // a second reading is a bonus; the page reading stands without it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return out;
        }
        return out;
    }

    private static Reading reading(OcrResult r) {
        String text = r.words().stream().map(OcrWord::text).collect(Collectors.joining(" "));
        return new Reading(text, r.meanConfidence());
    }

    private byte[] crop(int x, int y, int w, int h) {
        byte[] out = new byte[w * h];
        byte[] src = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        int stride = page.getWidth();
        for (int row = 0; row < h; row++) {
            System.arraycopy(src, (y + row) * stride + x, out, row * w, w);
        }
        return out;
    }

    /** Maps the darkest 1 % (ink) to black and the median (paper: most of a field's crop) to white. */
    static byte[] stretched(byte[] px) {
        int[] hist = new int[256];
        for (byte b : px) {
            hist[b & 0xFF]++;
        }
        int dark = percentile(hist, px.length, 0.01);
        int paper = percentile(hist, px.length, 0.5);
        byte[] out = new byte[px.length];
        if (paper - dark < 20) {
            System.arraycopy(px, 0, out, 0, px.length);
            return out;
        }
        double scale = 255.0 / (paper - dark);
        for (int i = 0; i < px.length; i++) {
            int v = (int) Math.round(((px[i] & 0xFF) - dark) * scale);
            out[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return out;
    }

    private static int percentile(int[] hist, int n, double q) {
        long target = Math.round(n * q);
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen >= target) {
                return v;
            }
        }
        return 255;
    }

    private static BufferedImage padded(byte[] px, int w, int h) {
        int pw = w + 2 * PAD;
        int ph = h + 2 * PAD;
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(dst, (byte) 0xFF);
        for (int row = 0; row < h; row++) {
            System.arraycopy(px, row * w, dst, (row + PAD) * pw + PAD, w);
        }
        return img;
    }
}
