package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.consent.PrintedFormCode;
import dk.elaas.document.PdfPageRenderer;
import dk.elaas.document.PrintableConsentForm;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

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
