package dk.elaas.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract instance through Tess4J's direct C-API mapping. We iterate the result ourselves so a
 * single recognition yields words, their boxes, confidences and line membership (Tess4J's
 * {@code getWords} recognises the page again for every level asked for).
 *
 * <p>Not thread-safe, and the native handle belongs to the thread that uses it: {@link OcrService}
 * confines each engine to its single OCR thread.
 */
final class TesseractEngine implements AutoCloseable {

    static final String KEY_ENGINE_MISSING = "intake.ocr.engineMissing";
    static final String KEY_INIT_FAILED = "intake.ocr.initFailed";
    static final String KEY_CANCELLED = "intake.cancelled";

    /**
     * Tess4J's interface mapping, not its direct mapping {@code TessAPI1}: the interface looks each
     * function up on first call, while {@code TessAPI1} binds all of them up front and fails on a
     * libtesseract older than Tess4J's headers (Debian 12's 5.3.0 lacks {@code TessPAGERendererCreate}).
     */
    private static TessAPI TESS;

    private final TessBaseAPI api;
    private final TessBaseAPI osd;
    private final String language;
    /** Started on first use: most pages never need it. */
    private TessBaseAPI hand;
    private boolean handTried;

    private TesseractEngine(TessBaseAPI api, TessBaseAPI osd, String language) {
        this.api = api;
        this.osd = osd;
        this.language = language;
    }

    /**
     * Starts Tesseract on a tessdata folder already checked by {@link TessdataLocator}.
     *
     * @throws OcrException when libtesseract is not installed or refuses the data
     */
    static TesseractEngine start(Path tessdata, String language) throws OcrException {
        NativeThreading.limitOpenMpThreads();
        TessBaseAPI api;
        try {
            if (TESS == null) {
                TESS = TessAPI.INSTANCE;
            }
            api = TESS.TessBaseAPICreate();
        } catch (LinkageError e) {
            // No libtesseract on the machine (or the wrong architecture): the rest of the app works.
            throw new OcrException(e, KEY_ENGINE_MISSING, String.valueOf(e.getMessage()));
        }
        String dir = tessdata.toAbsolutePath().toString();
        if (TESS.TessBaseAPIInit2(api, dir, language, ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
            TESS.TessBaseAPIDelete(api);
            throw new OcrException(KEY_INIT_FAILED, language, dir);
        }
        // Keep inter-word spaces as Tesseract saw them; we do our own layout analysis on boxes.
        TESS.TessBaseAPISetVariable(api, "preserve_interword_spaces", "0");
        TessBaseAPI osd = null;
        if (Files.isRegularFile(tessdata.resolve("osd.traineddata"))) {
            osd = TESS.TessBaseAPICreate();
            if (TESS.TessBaseAPIInit2(osd, dir, "osd", ITessAPI.TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
                TESS.TessBaseAPIDelete(osd);
                osd = null;
            } else {
                TESS.TessBaseAPISetPageSegMode(osd, ITessAPI.TessPageSegMode.PSM_OSD_ONLY);
            }
        }
        return new TesseractEngine(api, osd, language);
    }

    /**
     * A second instance on the model eLås ships for handwritten Danish fills; null when it is not
     * there, switched off, or Tesseract refuses it (the machine's model then reads everything).
     */
    private static TessBaseAPI startBundled(String language) {
        if (!OcrSettings.DANISH.equals(language)) {
            return null;
        }
        java.util.Optional<Path> dir = BundledModel.folder();
        if (dir.isEmpty()) {
            return null;
        }
        TessBaseAPI created = TESS.TessBaseAPICreate();
        if (TESS.TessBaseAPIInit2(created, dir.get().toAbsolutePath().toString(), BundledModel.LANGUAGE,
                ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
            TESS.TessBaseAPIDelete(created);
            return null;
        }
        TESS.TessBaseAPISetVariable(created, "preserve_interword_spaces", "0");
        return created;
    }

    boolean hasHandwritingModel() {
        if (!handTried) {
            handTried = true;
            hand = startBundled(language);
        }
        return hand != null;
    }

    String version() {
        return TESS.TessVersion();
    }

    boolean canDetectOrientation() {
        return osd != null;
    }

    /**
     * Recognises a grey image (page segmentation {@code pageSegMode}); {@code rect} optionally limits
     * recognition to a region (null for the whole image).
     */
    OcrResult recognize(BufferedImage gray, int dpi, int pageSegMode, java.awt.Rectangle rect,
                        OcrProgress progress, BooleanSupplier cancelled) throws OcrException {
        return recognize(gray, dpi, pageSegMode, rect, null, OcrModel.PRINT, progress, cancelled);
    }

    /**
     * As above, reading only the characters in {@code whitelist} (null for all): a field that can
     * only hold digits is then never read as letters.
     */
    OcrResult recognize(BufferedImage gray, int dpi, int pageSegMode, java.awt.Rectangle rect, String whitelist,
                        OcrModel model, OcrProgress progress, BooleanSupplier cancelled) throws OcrException {
        TessBaseAPI handle = model == OcrModel.HANDWRITING && hasHandwritingModel() ? hand : api;
        TESS.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist == null ? "" : whitelist);
        try {
            return recognizeWith(handle, gray, dpi, pageSegMode, rect, progress, cancelled);
        } finally {
            TESS.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "");
        }
    }

    private OcrResult recognizeWith(TessBaseAPI api, BufferedImage gray, int dpi, int pageSegMode,
                                    java.awt.Rectangle rect, OcrProgress progress, BooleanSupplier cancelled)
            throws OcrException {
        long start = System.nanoTime();
        TESS.TessBaseAPISetPageSegMode(api, pageSegMode);
        setImage(api, gray, dpi);
        if (rect != null) {
            TESS.TessBaseAPISetRectangle(api, rect.x, rect.y, rect.width, rect.height);
        }
        ETEXT_DESC monitor = new ETEXT_DESC();
        // Tesseract calls this between words; it is also our only chance to report progress.
        ITessAPI.CANCEL_FUNC cancel = (cancelThis, words) -> {
            progress.update(monitor.getPointer().getShort(2));
            return cancelled.getAsBoolean();
        };
        monitor.cancel = cancel;
        monitor.write();
        int rc = TESS.TessBaseAPIRecognize(api, monitor);
        if (cancelled.getAsBoolean()) {
            TESS.TessBaseAPIClear(api);
            throw new OcrException(KEY_CANCELLED);
        }
        List<OcrWord> words = rc == 0 ? readWords(api) : List.of();
        TESS.TessBaseAPIClear(api);
        progress.update(100);
        // The callback must stay reachable until Tesseract returned.
        java.lang.ref.Reference.reachabilityFence(cancel);
        return OcrResult.of(words, gray.getWidth(), gray.getHeight(), (System.nanoTime() - start) / 1_000_000);
    }

    /** OSD on the image; {@link Orientation#UNKNOWN} when it has too little text to tell. */
    Orientation detectOrientation(BufferedImage gray, int dpi) {
        if (osd == null) {
            return Orientation.UNKNOWN;
        }
        setImage(osd, gray, dpi);
        IntBuffer degrees = IntBuffer.allocate(1);
        FloatBuffer degreesConf = FloatBuffer.allocate(1);
        PointerByReference script = new PointerByReference();
        FloatBuffer scriptConf = FloatBuffer.allocate(1);
        int ok = TESS.TessBaseAPIDetectOrientationScript(osd, degrees, degreesConf, script, scriptConf);
        TESS.TessBaseAPIClear(osd);
        return ok != 0 ? new Orientation(degrees.get(0), degreesConf.get(0)) : Orientation.UNKNOWN;
    }

    private static void setImage(TessBaseAPI handle, BufferedImage gray, int dpi) {
        if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("OCR expects an 8-bit grey image");
        }
        int w = gray.getWidth();
        int h = gray.getHeight();
        ByteBuffer buf = ByteBuffer.allocateDirect(w * h);
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        if (data.length == w * h) {
            buf.put(data);
        } else {
            byte[] row = new byte[w];
            for (int y = 0; y < h; y++) {
                gray.getRaster().getDataElements(0, y, w, 1, row);
                buf.put(row);
            }
        }
        buf.flip();
        TESS.TessBaseAPISetImage(handle, buf, w, h, 1, w);
        // 0 would make Tesseract guess 70 dpi and mis-size its noise filters.
        TESS.TessBaseAPISetSourceResolution(handle, dpi > 0 ? dpi : 300);
    }

    private static List<OcrWord> readWords(TessBaseAPI api) {
        List<OcrWord> words = new ArrayList<>();
        TessResultIterator ri = TESS.TessBaseAPIGetIterator(api);
        if (ri == null) {
            return words;
        }
        try {
            TessPageIterator pi = TESS.TessResultIteratorGetPageIterator(ri);
            TESS.TessPageIteratorBegin(pi);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            int line = -1;
            int block = -1;
            do {
                if (TESS.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_BLOCK) != 0) {
                    block++;
                }
                if (TESS.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    line++;
                }
                Pointer p = TESS.TessResultIteratorGetUTF8Text(ri, TessPageIteratorLevel.RIL_WORD);
                if (p == null) {
                    continue;
                }
                String text = p.getString(0, StandardCharsets.UTF_8.name()).strip();
                TESS.TessDeleteText(p);
                if (text.isEmpty()) {
                    continue;
                }
                float conf = TESS.TessResultIteratorConfidence(ri, TessPageIteratorLevel.RIL_WORD);
                TESS.TessPageIteratorBoundingBox(pi, TessPageIteratorLevel.RIL_WORD, left, top, right, bottom);
                words.add(new OcrWord(text, left.get(0), top.get(0), right.get(0) - left.get(0),
                        bottom.get(0) - top.get(0), conf, Math.max(line, 0), Math.max(block, 0)));
            } while (TESS.TessPageIteratorNext(pi, TessPageIteratorLevel.RIL_WORD) != 0);
        } finally {
            TESS.TessResultIteratorDelete(ri);
        }
        return words;
    }

    @Override
    public void close() {
        TESS.TessBaseAPIEnd(api);
        TESS.TessBaseAPIDelete(api);
        if (hand != null) {
            TESS.TessBaseAPIEnd(hand);
            TESS.TessBaseAPIDelete(hand);
        }
        if (osd != null) {
            TESS.TessBaseAPIEnd(osd);
            TESS.TessBaseAPIDelete(osd);
        }
    }
}
