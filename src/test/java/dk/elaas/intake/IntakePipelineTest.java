package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.common.validation.Postcodes;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.OcrSettings;
import dk.elaas.ocr.OcrStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline on real Tesseract with inputs that are not consents. */
class IntakePipelineTest {

    @TempDir
    Path dir;

    @Test
    void refusesAPhotoWithNoPaperInIt() throws Exception {
        BufferedImage noise = new BufferedImage(1600, 1200, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(4);
        for (int y = 0; y < 1200; y++) {
            for (int x = 0; x < 1600; x++) {
                noise.getRaster().setSample(x, y, 0, 60 + random.nextInt(60));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(noise, "jpeg", out);
        Path f = Files.write(dir.resolve("table.jpg"), out.toByteArray());
        try (OcrService ocr = new OcrService(OcrSettings.defaults())) {
            IntakePipeline pipeline = new IntakePipeline(ocr, Postcodes.load());
            assertThatThrownBy(() -> pipeline.process(f, IntakeContext.EMPTY, IntakeProgress.NONE))
                    .isInstanceOfSatisfying(IntakeException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(IntakePipeline.KEY_NO_DOCUMENT));
        }
    }

    @Test
    void explainsMissingLanguageDataInsteadOfCrashing() throws Exception {
        // An empty folder as the setting; the usual folders still exist on this machine, so ask for a
        // language nobody has installed to prove the check happens before Tess4J is touched.
        OcrSettings settings = new OcrSettings(dir, "xxx", null);
        try (OcrService ocr = new OcrService(settings)) {
            OcrStatus status = ocr.status();
            assertThat(status.available()).isFalse();
            assertThat(status.messageKey()).isEqualTo("intake.ocr.languageMissing");
            assertThat(status.messageArgs()[0]).isEqualTo("xxx.traineddata");
        }
    }

    @Test
    void cancelsWhenTheCallingThreadIsInterrupted() throws Exception {
        Path sample = SampleSet.DIR.resolve("consent_002.pdf");
        try (OcrService ocr = new OcrService(OcrSettings.defaults())) {
            IntakePipeline pipeline = new IntakePipeline(ocr, Postcodes.load());
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> pipeline.process(sample, IntakeContext.EMPTY, IntakeProgress.NONE))
                        .isInstanceOfSatisfying(IntakeException.class, e -> assertThat(e.isCancellation()).isTrue());
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void readsAPageAgainWithTheHandwritingModelOnlyWhenItsValuesCameOutUnsure() {
        java.util.Map<ConsentField, FieldValue> typed = new java.util.EnumMap<>(ConsentField.class);
        for (ConsentField f : ConsentField.values()) {
            typed.put(f, new FieldValue("x", 0.95, null, "x", null));
        }
        // A typed page: a few values to check (a name OCR was unsure of, a corrected town), none unreadable.
        for (ConsentField f : java.util.List.of(ConsentField.CITIZEN_NAME, ConsentField.CITY, ConsentField.PHONE,
                ConsentField.COLLECTED_BY_NAME, ConsentField.SUPPLIER_NAME)) {
            typed.put(f, new FieldValue("x", 0.6, null, "x", null));
        }
        assertThat(IntakePipeline.looksHandwritten(new ExtractedFields(typed))).isFalse();

        java.util.Map<ConsentField, FieldValue> twoUnreadable = new java.util.EnumMap<>(typed);
        twoUnreadable.put(ConsentField.CPR, new FieldValue(null, 0.2, null, "1T0 6S2", "intake.field.unreadable"));
        twoUnreadable.put(ConsentField.PHONE, new FieldValue(null, 0.2, null, "F 45 6$", "intake.field.invalid"));
        assertThat(IntakePipeline.looksHandwritten(new ExtractedFields(twoUnreadable))).isTrue();

        java.util.Map<ConsentField, FieldValue> manyUnsure = new java.util.EnumMap<>(typed);
        for (ConsentField f : java.util.List.of(ConsentField.ADDRESS, ConsentField.CPR)) {
            manyUnsure.put(f, new FieldValue("x", 0.7, null, "x", null));
        }
        assertThat(IntakePipeline.looksHandwritten(new ExtractedFields(manyUnsure))).isTrue();
    }

    @Test
    void aHandwrittenValueTheTwoReadingsDisagreeOnIsNeverPresentedAsConfident() {
        java.util.Map<ConsentField, FieldValue> print = new java.util.EnumMap<>(ConsentField.class);
        java.util.Map<ConsentField, FieldValue> hand = new java.util.EnumMap<>(ConsentField.class);
        // The phone: the handwriting model is sure of one digit, the print model read another.
        print.put(ConsentField.PHONE, new FieldValue("20575174", 0.6, null, "205 75174", null));
        hand.put(ConsentField.PHONE, new FieldValue("20525174", 0.95, null, "205 25174", null));
        // The CVR: modulus 11 checked the handwriting model's value; the print model's failed.
        print.put(ConsentField.SUPPLIER_CVR, new FieldValue("64315146", 0.2, null, "64315146", "validation.cvr.invalid"));
        hand.put(ConsentField.SUPPLIER_CVR, new FieldValue("64315145", 0.95, null, "64315145", null));
        // The name: both readings agree.
        print.put(ConsentField.CITIZEN_NAME, new FieldValue("Ejner Bøgh", 0.93, null, "Ejner Bøgh", null));
        hand.put(ConsentField.CITIZEN_NAME, new FieldValue("Ejner Bøgh", 0.95, null, "Ejner Bøgh", null));

        ExtractedFields both = IntakePipeline.combine(new ExtractedFields(print), new ExtractedFields(hand));

        assertThat(both.value(ConsentField.PHONE)).isEqualTo("20525174");
        assertThat(both.get(ConsentField.PHONE).confident()).isFalse();
        assertThat(both.get(ConsentField.SUPPLIER_CVR).confident()).isTrue();
        assertThat(both.get(ConsentField.CITIZEN_NAME).confident()).isTrue();
    }

    @Test
    void theFirstReadingsConfidentValueIsKeptWhereTheSecondIsUnsureButIsNotPresentedAsCertain() {
        java.util.Map<ConsentField, FieldValue> print = new java.util.EnumMap<>(ConsentField.class);
        java.util.Map<ConsentField, FieldValue> hand = new java.util.EnumMap<>(ConsentField.class);
        print.put(ConsentField.SIGNED_DATE, new FieldValue("2024-08-01", 0.95, null, "01-08-2024", null));
        hand.put(ConsentField.SIGNED_DATE, new FieldValue("2024-01-01", 0.6, null, "1 1-2024", null));
        print.put(ConsentField.ADDRESS, new FieldValue("Østervang 109", 0.95, null, "Østervang 109", null));

        ExtractedFields both = IntakePipeline.combine(new ExtractedFields(print), new ExtractedFields(hand));

        assertThat(both.value(ConsentField.SIGNED_DATE)).isEqualTo("2024-08-01");
        assertThat(both.get(ConsentField.SIGNED_DATE).confidence()).isEqualTo(IntakePipeline.DISAGREED);
        // Only one reading found the address at all: no second reading agrees, so it is one to check.
        assertThat(both.value(ConsentField.ADDRESS)).isEqualTo("Østervang 109");
        assertThat(both.get(ConsentField.ADDRESS).confident()).isFalse();
    }
}
