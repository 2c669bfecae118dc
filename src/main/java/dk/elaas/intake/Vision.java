package dk.elaas.intake;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Loads OpenCV's native library once and converts between grey BufferedImages and Mats. */
final class Vision {

    static final String KEY_UNAVAILABLE = "intake.error.visionUnavailable";

    private static volatile boolean loaded;

    private Vision() {
    }

    /** Loads the OpenCV native library bundled in the openpnp jar (extracted to a temp folder). */
    static synchronized void load() throws IntakeException {
        if (loaded) {
            return;
        }
        try {
            nu.pattern.OpenCV.loadLocally();
            loaded = true;
        } catch (LinkageError | RuntimeException e) {
            throw new IntakeException(e, KEY_UNAVAILABLE, String.valueOf(e.getMessage()));
        }
    }

    static Mat toMat(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        Mat m = new Mat(h, w, CvType.CV_8UC1);
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        if (data.length == w * h) {
            m.put(0, 0, data);
        } else {
            byte[] row = new byte[w];
            for (int y = 0; y < h; y++) {
                gray.getRaster().getDataElements(0, y, w, 1, row);
                m.put(y, 0, row);
            }
        }
        return m;
    }

    static BufferedImage toImage(Mat m) {
        BufferedImage img = new BufferedImage(m.cols(), m.rows(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        Mat c = m.isContinuous() ? m : m.clone();
        c.get(0, 0, data);
        return img;
    }

    /** A grey page's dark strokes, white on black (a local threshold: uneven light does not matter). */
    static Mat ink(Mat gray) {
        Mat ink = new Mat();
        Imgproc.adaptiveThreshold(gray, ink, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV, 31, 15);
        return ink;
    }

    /** The parts of {@code ink} that run straight for at least {@code length} px, across or down. */
    static Mat straightRuns(Mat ink, int length, boolean across) {
        Mat runs = new Mat();
        Imgproc.morphologyEx(ink, runs, Imgproc.MORPH_OPEN, Imgproc.getStructuringElement(Imgproc.MORPH_RECT,
                across ? new Size(length, 1) : new Size(1, length)));
        return runs;
    }
}
