package dk.elaas.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Page one of a consent form, filled in from plain values: what the demo data stores as a consent's PDF and the
 * start of the printable form (issue 5 item 7; no QR code or page two yet).
 */
public final class ConsentFormPdf {

    /** The values printed on the form, already formatted (dates as dd-mm-åååå, services by Danish name). */
    public record Values(String citizenName, String cpr, String address, String supplierName, String cvr,
                         List<String> services, String validFrom, String validUntil, String signer, String signedOn) {

        public Values {
            services = List.copyOf(services);
        }
    }

    public byte[] render(Values v) {
        try (PDDocument doc = new PDDocument(); InputStream fontIn = ConsentFormPdf.class.getResourceAsStream("DejaVuSans.ttf")) {
            if (fontIn == null) {
                throw new IOException("DejaVuSans.ttf is missing from the application");
            }
            PDType0Font font = PDType0Font.load(doc, fontIn, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float y = PDRectangle.A4.getHeight() - 72;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                y = line(cs, font, 16, y, "Samtykkeerklæring – elektronisk låsesystem");
                y = line(cs, font, 10, y - 4, "Aarhus Kommune, Sundhed og Omsorg. Side 1: underskrives af borgeren eller stedfortræder.");
                y -= 16;
                y = line(cs, font, 11, y, "Borger: " + v.citizenName());
                y = line(cs, font, 11, y, "CPR-nr.: " + v.cpr());
                y = line(cs, font, 11, y, "Adresse: " + v.address());
                y = line(cs, font, 11, y, "Ekstern leverandør: " + v.supplierName() + " (CVR " + v.cvr() + ")");
                y = line(cs, font, 11, y, "Ydelser: " + String.join(", ", v.services()));
                y = line(cs, font, 11, y, "Gyldig fra: " + v.validFrom() + "    Gyldig til: " + v.validUntil());
                y -= 12;
                y = line(cs, font, 10, y, "Jeg giver samtykke til, at leverandøren må benytte mit elektroniske låsesystem til at levere");
                y = line(cs, font, 10, y, "de nævnte varer og ydelser i min bolig. Samtykket kan til enhver tid trækkes tilbage.");
                y -= 24;
                y = line(cs, font, 11, y, "Underskrevet af: " + v.signer());
                line(cs, font, 11, y, "Dato: " + v.signedOn() + "        Underskrift: ______________________________");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the consent form: " + e.getMessage(), e);
        }
    }

    private static float line(PDPageContentStream cs, PDType0Font font, float size, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(60, y);
        cs.showText(text);
        cs.endText();
        return y - size * 1.6f;
    }
}
