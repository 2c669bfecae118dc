package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.consent.PrintedFormCode;
import dk.elaas.document.PdfPageRenderer;
import dk.elaas.document.PrintableConsentForm;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrReaderTest {

    private final QrReader reader = new QrReader();

    private static byte[] form(String payload) {
        return new PrintableConsentForm().render(new PrintableConsentForm.Prefill(payload, "Formular v1", null, null,
                null, null, null, null, null, null, Map.of()));
    }

    @Test
    void readsTheFormIdFromABlankFormScannedAt200Dpi() {
        UUID id = UUID.randomUUID();
        BufferedImage page = new PdfPageRenderer().render(form(PrintedFormCode.payload(id)), 0, 200);

        assertThat(reader.read(page).flatMap(PrintedFormCode::parse)).contains(id);
    }

    @Test
    void readsTheCodeFromALowResolutionScan() {
        UUID id = UUID.randomUUID();
        BufferedImage page = new PdfPageRenderer().render(form(PrintedFormCode.payload(id)), 0, 100);

        assertThat(reader.read(page)).contains(PrintedFormCode.payload(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Two codes whose skewed JPEG the whole-page pass alone could not read (seen in CI), and a random one.
            "ca598906-9c79-4b83-8966-a768d9fd4a28", "6e15d1e4-3e6e-4551-8589-7ea5554c7739", ""})
    void readsTheCodeFromASkewedJpegScan(String given) throws Exception {
        UUID id = given.isEmpty() ? UUID.randomUUID() : UUID.fromString(given);
        BufferedImage page = new PdfPageRenderer().render(form(PrintedFormCode.payload(id)), 0, 150);

        assertThat(reader.read(skewedJpeg(page, 2.5)).flatMap(PrintedFormCode::parse)).contains(id);
    }

    private static BufferedImage skewedJpeg(BufferedImage page, double degrees) throws Exception {
        BufferedImage skewed = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = skewed.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, skewed.getWidth(), skewed.getHeight());
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(skewed, "jpg", jpeg);
        return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg.toByteArray()));
    }

    @Test
    void findsNothingOnAPageWithoutACode() {
        BufferedImage white = new BufferedImage(800, 1100, BufferedImage.TYPE_BYTE_GRAY);

        assertThat(reader.read(white)).isEmpty();
    }

    @Test
    void acceptsOnlyOurFormCodesOfAKnownVersion() {
        UUID id = UUID.randomUUID();

        assertThat(PrintedFormCode.parse("ELAAS-SAMTYKKE v1;" + id)).contains(id);
        assertThat(PrintedFormCode.parse("ELAAS-SAMTYKKE v2;" + id)).isEmpty();
        assertThat(PrintedFormCode.parse("https://example.com/" + id)).isEmpty();
        assertThat(PrintedFormCode.parse("ELAAS-SAMTYKKE v1;not-a-uuid")).isEmpty();
        assertThat(PrintedFormCode.parse(null)).isEmpty();
    }
}
