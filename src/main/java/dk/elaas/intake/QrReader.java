package dk.elaas.intake;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a QR code on a page image and returns its text (ZXing). Tries the whole page first, then the top
 * right corner (where the consent form prints it), then that corner enlarged, each with a local and a global
 * threshold, which helps on photos where the code is small.
 */
public final class QrReader {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.CHARACTER_SET, "UTF-8");

    /** The text of the first QR code found, or empty when there is none or it cannot be decoded. */
    public Optional<String> read(BufferedImage image) {
        if (image == null) {
            return Optional.empty();
        }
        Optional<String> whole = decode(image);
        if (whole.isPresent()) {
            return whole;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage corner = image.getSubimage(w / 2, 0, w - w / 2, h / 3);
        Optional<String> inCorner = decode(corner);
        if (inCorner.isPresent()) {
            return inCorner;
        }
        // A slightly skewed, JPEG-blurred code can sit just between two module sizes for the sampler;
        // enlarged, its modules land on clean pixel boundaries again.
        return decode(scaled(corner, 2));
    }

    private static Optional<String> decode(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        LuminanceSource source = new RGBLuminanceSource(w, h, argb);
        Optional<String> local = decode(new BinaryBitmap(new HybridBinarizer(source)));
        return local.isPresent() ? local : decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)));
    }

    private static Optional<String> decode(BinaryBitmap bitmap) {
        try {
            Result r = new QRCodeReader().decode(bitmap, HINTS);
            return Optional.ofNullable(r.getText());
        } catch (ReaderException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            // Not found, not readable or damaged: no code for us on this page.
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(BufferedImage image, int factor) {
        BufferedImage big = new BufferedImage(image.getWidth() * factor, image.getHeight() * factor,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, 0, 0, big.getWidth(), big.getHeight(), null);
        } finally {
            g.dispose();
        }
        return big;
    }
}
