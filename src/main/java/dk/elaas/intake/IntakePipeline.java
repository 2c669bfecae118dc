package dk.elaas.intake;

import dk.elaas.common.validation.Postcodes;
import dk.elaas.document.DocumentReadException;
import dk.elaas.document.LoadedPage;
import dk.elaas.document.PageImageLoader;
import dk.elaas.ocr.OcrException;
import dk.elaas.ocr.OcrModel;
import dk.elaas.ocr.OcrResult;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.Orientation;
import dk.elaas.ocr.PageLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private final CellReader cells;
    private final GapReader gaps;

    public IntakePipeline(OcrService ocr, Postcodes postcodes) throws IntakeException {
        this(new PageImageLoader(), new ImagePreparer(), ocr, new FieldExtractor(postcodes));
    }

    public IntakePipeline(PageImageLoader loader, ImagePreparer preparer, OcrService ocr, FieldExtractor extractor) {
        this.loader = loader;
        this.preparer = preparer;
        this.ocr = ocr;
        this.extractor = extractor;
        this.cells = new CellReader(ocr);
        this.gaps = new GapReader(ocr);
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
            Reading reading = read(prepared, OcrModel.PRINT, progress);
            if (found(reading.fields()) >= MIN_FIELDS && looksHandwritten(reading.fields())
                    && await(ocr.hasHandwritingModel())) {
                // A form whose values read unsure: most likely filled in by hand. Read it again with the
                // model trained on handwriting and keep, field by field, the surer of the two readings.
                // (No form at all, or one lying sideways, is not helped by it.)
                reading = reading.combined(read(prepared, OcrModel.HANDWRITING, progress));
            }
            words = reading.words();
            fields = reading.fields();
            progress.update(IntakeStage.EXTRACTING, IntakeStage.EXTRACTING.overall(0.5));
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
                Reading again = read(turned, OcrModel.PRINT, progress);
                if (found(again.fields()) > found(fields)) {
                    prepared = turned;
                    words = again.words();
                    fields = again.fields();
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

    /** The page read with one model and its fields. */
    private record Reading(OcrResult words, ExtractedFields fields) {

        /** This reading with {@code other}, a reading by a model that suits the page better (see {@link #combine}). */
        Reading combined(Reading other) {
            return new Reading(other.words, combine(fields, other.fields));
        }
    }

    /** Confidence of a value two readings disagree on: below {@link FieldValue#CONFIDENT}. */
    static final double DISAGREED = 0.85;

    /**
     * Fields whose confident value passed a check that catches misread characters by itself: the CVR's
     * modulus 11, the postcode and the town confirming each other.
     */
    private static final java.util.Set<ConsentField> STRONGLY_CHECKED = java.util.EnumSet.of(
            ConsentField.SUPPLIER_CVR, ConsentField.POSTAL_CODE, ConsentField.CITY);

    /**
     * The fields of a page read twice: field by field {@code second}'s value (the model that suits the page
     * better), unless it has none, failed a check {@code first}'s passed, or is unsure where the first is
     * confident. (The two models' confidences are not on one scale, so they are not compared.) A value the
     * two readings disagree on is never presented as confident unless a strong check speaks for it.
     */
    static ExtractedFields combine(ExtractedFields first, ExtractedFields second) {
        Map<ConsentField, FieldValue> out = new EnumMap<>(ConsentField.class);
        for (ConsentField f : ConsentField.values()) {
            // Postcode and town were checked against each other: they come from the same reading.
            ConsentField decides = f == ConsentField.CITY ? ConsentField.POSTAL_CODE : f;
            boolean keepFirst = keepFirst(first.get(decides), second.get(decides));
            FieldValue chosen = keepFirst ? first.get(f) : second.get(f);
            FieldValue rejected = keepFirst ? second.get(f) : first.get(f);
            if (chosen.confident() && !java.util.Objects.equals(chosen.value(), rejected.value())
                    && !STRONGLY_CHECKED.contains(f)) {
                // The two readings of a handwritten value disagree, and nothing but the engine's own
                // certainty speaks for this one (a phone number has no check digit): a value to check.
                chosen = new FieldValue(chosen.value(), DISAGREED, chosen.box(), chosen.raw(), chosen.issueKey());
            }
            out.put(f, chosen);
        }
        return new ExtractedFields(out);
    }

    private static boolean keepFirst(FieldValue first, FieldValue second) {
        return second.value() == null && first.value() != null
                || first.confident() && !second.confident()
                || second.issueKey() != null && first.issueKey() == null && first.value() != null;
    }

    /** Reads the page with {@code model} and extracts the fields, cell by cell where labels were lost. */
    private Reading read(PreparedImage prepared, OcrModel model, IntakeProgress progress)
            throws IntakeException, InterruptedException {
        IntakeStage stage = model == OcrModel.HANDWRITING ? IntakeStage.HANDWRITING : IntakeStage.RECOGNISING;
        progress.update(stage, stage.overall(0));
        OcrResult words = await(ocr.recognize(prepared.image(), prepared.dpi(), PageLayout.AUTO, null, model,
                pct -> progress.update(stage, stage.overall(pct / 100.0))));
        // One reader for the page and its second extractions: a crop already read is not read again.
        LineReader reader = new OcrLineReader(ocr, prepared.image(), prepared.dpi(), model,
                model == OcrModel.HANDWRITING ? cells.cells(prepared) : List.of());
        ExtractedFields fields = extract(words, prepared, reader);
        fields = cells.fill(words, fields, prepared, model, merged -> extract(merged, prepared, reader));
        return new Reading(words, gaps.fill(words, fields, prepared, merged -> extract(merged, prepared, reader)));
    }

    private ExtractedFields extract(OcrResult words, PreparedImage prepared, LineReader reader)
            throws IntakeException {
        checkCancelled();
        // Progress moves on to "finding the fields" only after the last reading (it may be followed by a
        // second one with the handwriting model, and the bar must not run backwards).
        return extractor.extract(words, prepared.image(), reader);
    }

    /**
     * A page filled in by hand, judging by how its values read with the print model: typed forms have
     * at most a few unsure values and none near-unreadable (measured on the samples: 1-5 values under
     * 0.9 and none under 0.5; handwritten ones 8-12 and 2-10).
     */
    static boolean looksHandwritten(ExtractedFields fields) {
        long unsure = fields.values().values().stream().filter(v -> v.confidence() < FieldValue.CONFIDENT).count();
        long unreadable = fields.values().values().stream().filter(v -> v.confidence() < 0.5).count();
        return unreadable >= 2 || unsure >= 7;
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
