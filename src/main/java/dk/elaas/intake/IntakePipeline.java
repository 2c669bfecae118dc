package dk.elaas.intake;

import dk.elaas.common.validation.Postcodes;
import dk.elaas.document.DocumentReadException;
import dk.elaas.document.LoadedPage;
import dk.elaas.document.PageImageLoader;
import dk.elaas.ocr.OcrException;
import dk.elaas.ocr.OcrResult;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.Orientation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File in, fields out: load page one → prepare (sheet, perspective, deskew, light) → OCR → (turn the
 * page if Tesseract's orientation detection says so and the first reading found no form) → fields.
 * The panel and the CLI both call this.
 *
 * <p>Synchronous: run it off the UI thread (the app's TaskRunner). OCR itself runs on the
 * {@link OcrService}'s own thread. Interrupting the calling thread (what {@code BackgroundJob.cancel()}
 * does) cancels the intake, including a running recognition; it then throws an
 * {@link IntakeException} with {@code intake.cancelled}.
 */
public final class IntakePipeline {

    static final String KEY_CANCELLED = IntakeException.KEY_CANCELLED;
    static final String KEY_NO_DOCUMENT = "intake.error.noDocument";
    static final String WARN_NO_SHEET = "intake.warning.noSheet";
    static final String WARN_NO_FORM = "intake.warning.noForm";
    static final String WARN_TURNED = "intake.warning.turned";
    static final String INFO_PRINTED_FORM = "intake.info.printedForm";
    static final String WARN_UNKNOWN_FORM = "intake.warning.unknownPrintedForm";
    static final String WARN_FORM_USED = "intake.warning.printedFormUsed";

    /** Fewer words than this on a page with no sheet in it: it is not a document. */
    private static final int MIN_WORDS = 15;
    /** Fields found below which the page may be upside down or sideways. */
    private static final int MIN_FIELDS = 4;

    private final PageImageLoader loader;
    private final ImagePreparer preparer;
    private final OcrService ocr;
    private final FieldExtractor extractor;
    private final QrReader qr = new QrReader();

    public IntakePipeline(OcrService ocr, Postcodes postcodes) throws IntakeException {
        this(new PageImageLoader(), new ImagePreparer(), ocr, new FieldExtractor(postcodes));
    }

    public IntakePipeline(PageImageLoader loader, ImagePreparer preparer, OcrService ocr, FieldExtractor extractor) {
        this.loader = loader;
        this.preparer = preparer;
        this.ocr = ocr;
        this.extractor = extractor;
    }

    /** Runs the whole intake on a file. */
    public IntakeResult process(Path file, IntakeContext context, IntakeProgress progress)
            throws IntakeException, InterruptedException {
        long start = System.nanoTime();
        progress.update(IntakeStage.LOADING, IntakeStage.LOADING.overall(0));
        LoadedPage page;
        try {
            page = loader.load(file);
        } catch (DocumentReadException e) {
            throw new IntakeException(e, e.messageKey(), e.messageArgs());
        }
        return run(String.valueOf(file.getFileName()), page, null, context, progress, start);
    }

    /** Runs the intake on bytes already in memory (clipboard, drag-and-drop of data). */
    public IntakeResult process(byte[] bytes, String name, IntakeContext context, IntakeProgress progress)
            throws IntakeException, InterruptedException {
        long start = System.nanoTime();
        progress.update(IntakeStage.LOADING, IntakeStage.LOADING.overall(0));
        LoadedPage page;
        try {
            page = loader.load(bytes, name);
        } catch (DocumentReadException e) {
            throw new IntakeException(e, e.messageKey(), e.messageArgs());
        }
        return run(name, page, null, context, progress, start);
    }

    /** Runs again with the sheet corners the user corrected (in {@code previous.source()} coordinates). */
    public IntakeResult rerun(IntakeResult previous, Quad corners, IntakeContext context, IntakeProgress progress)
            throws IntakeException, InterruptedException {
        return run(previous.fileName(), previous.source(), corners, context, progress, System.nanoTime());
    }

    private IntakeResult run(String name, LoadedPage source, Quad corners, IntakeContext context,
                             IntakeProgress progress, long start) throws IntakeException, InterruptedException {
        checkCancelled();
        progress.update(IntakeStage.PREPARING, IntakeStage.PREPARING.overall(0));
        PreparedImage prepared = corners == null
                ? preparer.prepare(source.image(), source.dpi())
                : preparer.prepare(source.image(), corners);
        List<String> warnings = new ArrayList<>();
        if (!prepared.sheetDetected() && corners == null && source.mediaType() == dk.elaas.document.MediaType.JPEG) {
            warnings.add(WARN_NO_SHEET);
        }
        checkCancelled();
        java.awt.image.BufferedImage preparedPage = prepared.image();
        // The QR code (a form we printed) is looked for on the other core while Tesseract reads the page: two
        // ZXing passes cost ~0.5 s on a 12-MP photo, which would otherwise add to every page.
        java.util.concurrent.CompletableFuture<Optional<java.util.UUID>> qrCode =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> qr.read(source.image())
                        .or(() -> qr.read(preparedPage)).flatMap(dk.elaas.consent.PrintedFormCode::parse));
        OcrResult words;
        ExtractedFields fields;
        Optional<java.util.UUID> formId;
        try {
            words = recognise(prepared, progress);
            fields = extract(words, prepared, progress);
            formId = qrCode.join();
        } finally {
            qrCode.cancel(true);
        }
        Optional<dk.elaas.consent.PrintedFormValues> printedForm = formId.flatMap(context.printedForms()::find);
        checkCancelled();
        if (found(fields) < MIN_FIELDS) {
            // Few labels found: perhaps the page lies upside down or sideways. Ask Tesseract's OSD.
            Orientation o = await(ocr.detectOrientation(prepared.image(), prepared.dpi()));
            if (o.clockwiseDegrees() != 0 && o.confidence() > 1.0) {
                PreparedImage turned = preparer.rotate(prepared, 360 - o.clockwiseDegrees());
                OcrResult again = recognise(turned, progress);
                ExtractedFields fieldsAgain = extract(again, turned, progress);
                if (found(fieldsAgain) > found(fields)) {
                    prepared = turned;
                    words = again;
                    fields = fieldsAgain;
                    warnings.add(WARN_TURNED);
                }
            }
        }
        if (printedForm.isPresent()) {
            // The QR code names a form this register printed: what was printed is known exactly.
            fields = PrintedFormFill.apply(fields, printedForm.get());
            warnings.add(INFO_PRINTED_FORM);
            if (printedForm.get().consentId() != null) {
                warnings.add(WARN_FORM_USED);
            }
        } else if (formId.isPresent()) {
            warnings.add(WARN_UNKNOWN_FORM);
        }
        if (words.words().size() < MIN_WORDS && !prepared.sheetDetected() && printedForm.isEmpty()) {
            throw new IntakeException(KEY_NO_DOCUMENT, name);
        }
        if (found(fields) < MIN_FIELDS) {
            warnings.add(WARN_NO_FORM);
        }
        Optional<SupplierMatch> supplier = SupplierMatcher.match(fields.value(ConsentField.SUPPLIER_NAME),
                fields.value(ConsentField.SUPPLIER_CVR), context.suppliers());
        String cpr = fields.value(ConsentField.CPR);
        Optional<KnownCitizen> citizen = cpr == null ? Optional.empty() : context.citizens().byCpr(cpr);
        progress.update(IntakeStage.EXTRACTING, 1.0);
        return new IntakeResult(name, source.sha256(), source.mediaType(), source, prepared, words, source.textLayer(),
                fields, supplier, citizen, warnings, (System.nanoTime() - start) / 1_000_000, printedForm);
    }

    private OcrResult recognise(PreparedImage prepared, IntakeProgress progress)
            throws IntakeException, InterruptedException {
        progress.update(IntakeStage.RECOGNISING, IntakeStage.RECOGNISING.overall(0));
        return await(ocr.recognize(prepared.image(), prepared.dpi(),
                pct -> progress.update(IntakeStage.RECOGNISING, IntakeStage.RECOGNISING.overall(pct / 100.0))));
    }

    private ExtractedFields extract(OcrResult words, PreparedImage prepared, IntakeProgress progress)
            throws IntakeException {
        checkCancelled();
        progress.update(IntakeStage.EXTRACTING, IntakeStage.EXTRACTING.overall(0));
        return extractor.extract(words, prepared.image(), new OcrLineReader(ocr, prepared.image(), prepared.dpi()));
    }

    private static int found(ExtractedFields fields) {
        return (int) fields.values().values().stream().filter(v -> v.value() != null).count();
    }

    private static <T> T await(dk.elaas.ocr.OcrJob<T> job) throws IntakeException, InterruptedException {
        try {
            return job.await();
        } catch (OcrException e) {
            throw new IntakeException(e, e.messageKey(), e.messageArgs());
        }
    }

    private static void checkCancelled() throws IntakeException {
        if (Thread.currentThread().isInterrupted()) {
            throw new IntakeException(KEY_CANCELLED);
        }
    }
}
