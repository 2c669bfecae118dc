package dk.elaas.intake;

import dk.elaas.common.persistence.LocalPreferences;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.consent.DocumentKind;
import dk.elaas.consent.RegisteredConsent;
import dk.elaas.consent.SignerRole;
import dk.elaas.document.SearchablePdfWriter;
import dk.elaas.ocr.OcrWord;
import dk.elaas.supplier.ServiceOption;
import dk.elaas.supplier.SupplierService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The intake use cases the panel and the command line share: read a file (pipeline + duplicate check),
 * turn a reading into a draft consent, and store a reviewed draft with the original file and a searchable
 * PDF of the prepared page. Reading and storing are separate so nothing is stored before a person (or the
 * unattended import's strict rules) accepted the fields.
 */
public final class IntakeService {

    /** A pipeline is made on first use: building it checks the OCR engine, which costs a second. */
    public interface PipelineSource {
        IntakePipeline get() throws IntakeException;
    }

    private final PipelineSource pipeline;
    private final SupplierService suppliers;
    private final ConsentRegistrationService registrations;
    private final SearchablePdfWriter pdfWriter;
    private final Clock clock;
    private final FolderWatcher watcher;
    private final LocalPreferences preferences;
    private final dk.elaas.consent.PrintedFormService printedForms;
    static final String WATCH_FOLDER_KEY = "intake.watchFolder";

    public IntakeService(PipelineSource pipeline, SupplierService suppliers, ConsentRegistrationService registrations,
                         SearchablePdfWriter pdfWriter, Clock clock, FolderWatcher watcher, LocalPreferences preferences) {
        this(pipeline, suppliers, registrations, pdfWriter, clock, watcher, preferences, null);
    }

    /** With the printed consent forms, so a returned form's QR code links it to what was printed. */
    public IntakeService(PipelineSource pipeline, SupplierService suppliers, ConsentRegistrationService registrations,
                         SearchablePdfWriter pdfWriter, Clock clock, FolderWatcher watcher, LocalPreferences preferences,
                         dk.elaas.consent.PrintedFormService printedForms) {
        this.printedForms = printedForms;
        this.pipeline = pipeline;
        this.suppliers = suppliers;
        this.registrations = registrations;
        this.pdfWriter = pdfWriter;
        this.clock = clock;
        this.watcher = watcher;
        this.preferences = preferences;
    }

    /** The same intake over another pipeline (a command-line run or a test that must see whether OCR ran). */
    public IntakeService withPipeline(PipelineSource other) {
        return new IntakeService(other, suppliers, registrations, pdfWriter, clock, watcher, preferences, printedForms);
    }

    /** The import folder this PC watches, if one is set and still there. */
    public Optional<Path> watchedFolder() {
        return preferences.get(WATCH_FOLDER_KEY).map(Path::of).filter(Files::isDirectory);
    }

    /** Remembers {@code folder} as this PC's import folder and reports new files in it to {@code found}. */
    public void watch(Path folder, java.util.function.Consumer<List<Path>> found) throws IOException {
        preferences.put(WATCH_FOLDER_KEY, folder.toAbsolutePath().toString());
        watcher.watch(folder, found);
    }

    /** Starts watching the remembered folder again (at start-up); false when none is set. */
    public boolean resumeWatching(java.util.function.Consumer<List<Path>> found) {
        Optional<Path> folder = watchedFolder();
        folder.ifPresent(f -> watcher.watch(f, found));
        return folder.isPresent();
    }

    public void stopWatching() throws IOException {
        watcher.stop();
        preferences.remove(WATCH_FOLDER_KEY);
    }

    /** Reads a file. Throws with a Danish message key when the file or the OCR engine cannot be used. */
    public IntakeReading read(Path file, IntakeProgress progress) throws IntakeException, InterruptedException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            long max = dk.elaas.document.LoadLimits.DEFAULT.maxBytes();
            if (size > max) {
                throw new IntakeException("intake.error.tooBig", size / (1024 * 1024), max / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IntakeException(e, "intake.error.missing", name);
        } catch (IOException e) {
            throw new IntakeException(e, "intake.error.corrupt", name, String.valueOf(e.getMessage()));
        }
        return read(bytes, name, progress);
    }

    /**
     * Reads bytes already in memory (clipboard, dragged image data). A file the register already holds is
     * recognised by its SHA-256 first and not read at all (issue 16.8: a rerun of known files took as long as
     * the first run); its reading carries only the consent that holds it.
     */
    public IntakeReading read(byte[] bytes, String name, IntakeProgress progress)
            throws IntakeException, InterruptedException {
        Optional<UUID> known = knownFile(bytes);
        if (known.isPresent()) {
            return IntakeReading.known(bytes, known.get());
        }
        IntakeResult result = pipeline.get().process(bytes, name, context(), progress);
        return new IntakeReading(result, bytes, registrations.consentWithFile(result.sha256()));
    }

    /** The consent that already holds exactly these bytes (an original file stored before), if any. */
    public Optional<UUID> knownFile(byte[] bytes) {
        return registrations.consentWithFile(ConsentRegistrationService.sha256(bytes));
    }

    /** Runs preparation and OCR again with the corners the user dragged into place. */
    public IntakeReading rerun(IntakeReading previous, Quad corners, IntakeProgress progress)
            throws IntakeException, InterruptedException {
        if (!previous.wasRead()) {
            throw new IllegalArgumentException("a file recognised as already stored is not read again");
        }
        IntakeResult again = pipeline.get().rerun(previous.result(), corners, context(), progress);
        return new IntakeReading(again, previous.original(), previous.duplicateOf());
    }

    /** The register's suppliers, for matching the form's supplier while the reviewer corrects it. */
    public List<KnownSupplier> knownSuppliers() {
        return suppliers.list(null).stream().map(s -> new KnownSupplier(s.id().toString(), s.name(), s.cvr())).toList();
    }

    /** The registered citizen with this CPR (any accepted spelling), if any. */
    public java.util.Optional<KnownCitizen> knownCitizen(String rawCpr) {
        return registrations.knownCitizen(rawCpr).map(c -> new KnownCitizen(c.id().toString(), c.name(), c.cpr()));
    }

    /** The register as the pipeline needs it for matching. */
    public IntakeContext context() {
        List<KnownSupplier> known = knownSuppliers();
        return new IntakeContext(known, cpr -> registrations.knownCitizen(cpr)
                .map(c -> new KnownCitizen(c.id().toString(), c.name(), c.cpr())),
                printedForms == null ? PrintedFormLookup.NONE : printedForms::find);
    }

    /**
     * A draft consent from what was read: the values as found (the reviewer corrects them), services as
     * codes, the matched supplier's id or the form's supplier as a new one. No documents yet.
     */
    public ConsentDraft draft(IntakeResult r) {
        ExtractedFields f = r.fields();
        UUID supplierId = r.printedForm().map(dk.elaas.consent.PrintedFormValues::supplierId)
                .or(() -> r.supplierMatch().filter(m -> m.byCvr() || m.score() >= 0.9)
                        .map(m -> UUID.fromString(m.supplier().id()))).orElse(null);
        return new ConsentDraft(f.value(ConsentField.CITIZEN_NAME), f.value(ConsentField.CPR),
                f.value(ConsentField.ADDRESS), f.value(ConsentField.POSTAL_CODE), f.value(ConsentField.CITY),
                f.value(ConsentField.PHONE), supplierId,
                supplierId == null ? f.value(ConsentField.SUPPLIER_NAME) : null,
                supplierId == null ? f.value(ConsentField.SUPPLIER_CVR) : null,
                serviceCodes(f.services()), f.date(ConsentField.VALID_FROM), f.date(ConsentField.VALID_UNTIL),
                signerRole(f.value(ConsentField.SIGNER_ROLE)), f.value(ConsentField.REPRESENTATIVE_NAME),
                f.date(ConsentField.SIGNED_DATE), f.value(ConsentField.COLLECTED_BY_NAME),
                organisation(f.value(ConsentField.COLLECTED_BY_ORG)), ConsentChannel.PAPER, null, false,
                r.ocrText(), confidences(f), List.of());
    }

    /**
     * Stores the reviewed consent with the original file unchanged and a searchable PDF of the prepared
     * page, in one transaction. The reviewed draft's own documents are ignored: they come from the reading.
     */
    public RegisteredConsent store(IntakeReading reading, ConsentDraft reviewed) throws IntakeException {
        IntakeResult r = reading.result();
        byte[] pdf;
        try {
            pdf = pdfWriter.write(r.page().image(), words(r), new SearchablePdfWriter.Metadata(
                    "Samtykkeerklæring", reviewed.citizenName(), "eLås", clock.instant()));
        } catch (IOException e) {
            throw new IntakeException(e, "intake.error.unexpected", String.valueOf(e.getMessage()));
        }
        List<ConsentDraft.Document> documents = List.of(
                new ConsentDraft.Document(DocumentKind.ORIGINAL, r.fileName(), r.mediaType().mime(),
                        r.source().pageCount(), reading.original()),
                new ConsentDraft.Document(DocumentKind.NORMALIZED_PDF, pdfName(reviewed), "application/pdf", 1, pdf));
        ConsentDraft withFiles = new ConsentDraft(reviewed.citizenName(), reviewed.cpr(), reviewed.address(),
                reviewed.postalCode(), reviewed.city(), reviewed.phone(), reviewed.supplierId(),
                reviewed.newSupplierName(), reviewed.newSupplierCvr(), reviewed.services(), reviewed.validFrom(),
                reviewed.validUntil(), reviewed.signerRole(), reviewed.representativeName(), reviewed.signedOn(),
                reviewed.collectedByName(), reviewed.collectedByOrg(), ConsentChannel.PAPER, null,
                reviewed.copyRequested(), r.ocrText(), reviewed.fieldConfidence().isEmpty()
                        ? confidences(r.fields()) : reviewed.fieldConfidence(), documents);
        RegisteredConsent stored = registrations.register(withFiles);
        if (printedForms != null) {
            r.printedForm().ifPresent(f -> printedForms.linkConsent(f.formId(), stored.consentId()));
        }
        return stored;
    }

    private static String pdfName(ConsentDraft d) {
        String who = d.citizenName() == null ? "borger" : d.citizenName().replaceAll("[^\\p{L}\\p{N}]+", "-");
        return "samtykke-" + who + ".pdf";
    }

    private static List<SearchablePdfWriter.Word> words(IntakeResult r) {
        List<SearchablePdfWriter.Word> words = new ArrayList<>();
        for (OcrWord w : r.ocr().words()) {
            words.add(new SearchablePdfWriter.Word(w.text(), w.x(), w.y(), w.width(), w.height()));
        }
        return words;
    }

    /** Service names as printed on the form ("Tøjvask") to the register's codes ("TOEJVASK"). */
    Set<String> serviceCodes(List<String> names) {
        List<ServiceOption> options = suppliers.services();
        Set<String> codes = new TreeSet<>();
        for (String n : names) {
            String wanted = n.trim().toLowerCase(Locale.ROOT);
            options.stream().filter(o -> o.name(Locale.forLanguageTag("da")).toLowerCase(Locale.ROOT).equals(wanted)
                            || o.code().equalsIgnoreCase(wanted))
                    .findFirst().ifPresent(o -> codes.add(o.code()));
        }
        return codes;
    }

    static SignerRole signerRole(String value) {
        if ("citizen".equals(value)) {
            return SignerRole.CITIZEN;
        }
        return "representative".equals(value) ? SignerRole.REPRESENTATIVE : null;
    }

    static CollectorOrganisation organisation(String value) {
        if (value == null) {
            return null;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (v.contains("leverandør")) {
            return CollectorOrganisation.EXTERNAL_SUPPLIER;
        }
        if (v.contains("forebyggelse")) {
            return CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE;
        }
        return v.contains("rehabilitering") ? CollectorOrganisation.PLEJE_OG_REHABILITERING : null;
    }

    static Map<String, Double> confidences(ExtractedFields f) {
        Map<String, Double> c = new LinkedHashMap<>();
        for (ConsentField field : ConsentField.values()) {
            c.put(field.key(), f.get(field).confidence());
        }
        return c;
    }

    /** The services a consent can cover, in display order. */
    public List<ServiceOption> services() {
        return suppliers.services();
    }

    /** Today, for the reviewer's date checks. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
