package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.LocalPreferences;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.PrintedFormService;
import dk.elaas.consent.PrintedFormValues;
import dk.elaas.consent.RegisteredConsent;
import dk.elaas.consent.SignerRole;
import dk.elaas.document.PdfPageRenderer;
import dk.elaas.document.SearchablePdfWriter;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.OcrSettings;
import dk.elaas.supplier.SupplierService;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QR round trip (issue 5): print a pre-filled form to PDF, rasterise it as a scanner would, run it through the
 * real intake (real Tesseract, real H2) and get the same record: the pre-printed fields exactly as stored, the
 * draft pointing at the same supplier, and the stored consent linked back to the printed form.
 */
class PrintedFormRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-03T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Actor CLERK = new Actor("Mette Sørensen", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld world;
    private OcrService ocr;
    private PrintedFormService forms;
    private IntakeService intake;
    private UUID citizenId;
    private UUID supplierId;

    @BeforeEach
    void setUp() throws Exception {
        world = ConsentWorld.h2(dir, CLOCK, CLERK);
        SupplierService suppliers = new SupplierService(world.db.tx(), CLOCK);
        forms = new PrintedFormService(world.db.tx(), suppliers::services, CLERK::name);
        ocr = new OcrService(OcrSettings.defaults());
        IntakePipeline pipeline = new IntakePipeline(ocr, Postcodes.load());
        intake = new IntakeService(() -> pipeline, suppliers, world.registrations, new SearchablePdfWriter(), CLOCK,
                new FolderWatcher(2000), new LocalPreferences(dir.resolve("prefs")), forms);
        supplierId = world.supplier("Nærkøb Risskov ApS", "94507545", "DAGLIGVARER", "MEDICIN");
        citizenId = world.db.tx().call(s -> {
            Citizen c = new Citizen("Ellen Holm Bønnelykke", "170539-0630");
            c.setAddress("Nørregade 25, 4. tv.");
            c.setPostalCode("8200");
            c.setCity("Aarhus N");
            c.setPhone("36425564");
            s.persist(c);
            return c.getId();
        });
    }

    @AfterEach
    void tearDown() {
        ocr.close();
        world.close();
    }

    @Test
    void aPrintedPrefilledFormComesBackAsTheSameRecord() throws Exception {
        PrintedFormValues printed = forms.prepare(citizenId, supplierId, Set.of("DAGLIGVARER"));
        BufferedImage scan = new PdfPageRenderer().render(forms.pdf(printed), 0, 200);
        handwriteDate(scan);
        Path file = dir.resolve("scan.png");
        ImageIO.write(scan, "png", file.toFile());

        IntakeReading reading = intake.read(file, IntakeProgress.NONE);
        IntakeResult r = reading.result();

        assertThat(r.printedForm()).map(PrintedFormValues::formId).contains(printed.formId());
        assertThat(r.warningKeys()).contains(IntakePipeline.INFO_PRINTED_FORM).doesNotContain(IntakePipeline.WARN_FORM_USED);
        ExtractedFields f = r.fields();
        assertThat(f.value(ConsentField.CITIZEN_NAME)).isEqualTo("Ellen Holm Bønnelykke");
        assertThat(f.value(ConsentField.CPR)).isEqualTo("170539-0630");
        assertThat(f.value(ConsentField.ADDRESS)).isEqualTo("Nørregade 25, 4. tv.");
        assertThat(f.value(ConsentField.POSTAL_CODE)).isEqualTo("8200");
        assertThat(f.value(ConsentField.CITY)).isEqualTo("Aarhus N");
        assertThat(f.value(ConsentField.PHONE)).isEqualTo("36425564");
        assertThat(f.value(ConsentField.SUPPLIER_NAME)).isEqualTo("Nærkøb Risskov ApS");
        assertThat(f.value(ConsentField.SUPPLIER_CVR)).isEqualTo("94507545");
        assertThat(f.services()).containsExactly("Dagligvarer");
        for (ConsentField pre : List.of(ConsentField.CITIZEN_NAME, ConsentField.CPR, ConsentField.SUPPLIER_CVR)) {
            assertThat(f.get(pre).confidence()).isEqualTo(1.0);
        }
        // OCR still reads what was written by hand.
        assertThat(f.value(ConsentField.SIGNED_DATE)).isEqualTo("2026-11-01");

        ConsentDraft draft = intake.draft(r);
        assertThat(draft.supplierId()).isEqualTo(supplierId);
        assertThat(draft.services()).containsExactly("DAGLIGVARER");

        RegisteredConsent stored = intake.store(reading, reviewed(draft));
        assertThat(forms.find(printed.formId()).orElseThrow().consentId()).isEqualTo(stored.consentId());
        assertThat(world.registrations.knownCitizen("170539-0630")).map(c -> c.id()).contains(citizenId);

        // The same paper scanned again (another file): matched, and the reviewer is told it is already in.
        BufferedImage again = new PdfPageRenderer().render(forms.pdf(printed), 0, 240);
        Path second = dir.resolve("scan-again.png");
        ImageIO.write(again, "png", second.toFile());
        assertThat(intake.read(second, IntakeProgress.NONE).result().warningKeys())
                .contains(IntakePipeline.INFO_PRINTED_FORM, IntakePipeline.WARN_FORM_USED);
    }

    @Test
    void aFormWithAnUnknownQrCodeIsReadByOcrAlone() throws Exception {
        PrintedFormValues printed = forms.prepare(citizenId, supplierId, Set.of("DAGLIGVARER"));
        byte[] pdf = forms.pdf(printed);
        // Another register's form: the same code, but this database never printed it.
        ConsentWorld other = ConsentWorld.h2(dir.resolve("other"), CLOCK, CLERK);
        PrintedFormService elsewhere = new PrintedFormService(other.db.tx(), List::of, CLERK::name);
        IntakeService otherIntake = new IntakeService(() -> new IntakePipeline(ocr, Postcodes.load()),
                new SupplierService(world.db.tx(), CLOCK), world.registrations, new SearchablePdfWriter(), CLOCK,
                new FolderWatcher(2000), new LocalPreferences(dir.resolve("prefs2")), elsewhere);
        BufferedImage scan = new PdfPageRenderer().render(pdf, 0, 200);
        Path file = dir.resolve("unknown.png");
        ImageIO.write(scan, "png", file.toFile());

        IntakeResult r;
        try (other) {
            r = otherIntake.read(file, IntakeProgress.NONE).result();
        }

        assertThat(r.printedForm()).isEmpty();
        assertThat(r.warningKeys()).contains(IntakePipeline.WARN_UNKNOWN_FORM).doesNotContain(IntakePipeline.INFO_PRINTED_FORM);
        assertThat(r.fields().value(ConsentField.CPR)).isEqualTo("170539-0630");
    }

    @Test
    void aFormWithAGarbledQrCodeFallsBackToOcr() throws Exception {
        PrintedFormValues printed = forms.prepare(citizenId, supplierId, Set.of());
        BufferedImage scan = new PdfPageRenderer().render(forms.pdf(printed), 0, 200);
        // Ink over the top right corner, where the code is: nothing readable is left.
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(scan.getWidth() / 2 + 200, 0, scan.getWidth() / 2 - 200, scan.getHeight() / 6);
        g.dispose();
        Path file = dir.resolve("garbled.png");
        ImageIO.write(scan, "png", file.toFile());

        IntakeResult r = intake.read(file, IntakeProgress.NONE).result();

        assertThat(r.printedForm()).isEmpty();
        assertThat(r.warningKeys()).doesNotContain(IntakePipeline.INFO_PRINTED_FORM);
        assertThat(r.fields().value(ConsentField.CPR)).isEqualTo("170539-0630");
        assertThat(r.fields().value(ConsentField.SUPPLIER_CVR)).isEqualTo("94507545");
    }

    /**
     * Writes "01-11-2026" on the date line, as a citizen would. The line's value starts at x 190 pt, its
     * baseline 278 pt from the bottom of the A4 page (PrintableConsentForm's layout); the scan is at 200 dpi.
     */
    private static void handwriteDate(BufferedImage scan) {
        double px = 200 / 72.0;
        Graphics2D g = scan.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(20, 30, 110));
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 30));
        g.drawString("01-11-2026", (int) (200 * px), (int) ((841.89 - 279) * px));
        g.dispose();
    }

    private static ConsentDraft reviewed(ConsentDraft d) {
        LocalDate signed = d.signedOn() == null ? LocalDate.of(2026, 11, 1) : d.signedOn();
        return new ConsentDraft(d.citizenName(), d.cpr(), d.address(), d.postalCode(), d.city(), d.phone(),
                d.supplierId(), d.newSupplierName(), d.newSupplierCvr(), d.services(), signed, signed.plusYears(2),
                SignerRole.CITIZEN, null, signed, "Maja Thøgersen", CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE,
                ConsentChannel.PAPER, null, false, d.ocrText(), d.fieldConfidence(), List.of());
    }
}
