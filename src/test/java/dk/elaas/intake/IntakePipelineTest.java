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
}
