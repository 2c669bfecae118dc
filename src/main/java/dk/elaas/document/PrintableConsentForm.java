package dk.elaas.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printable consent form (issue 5 item 7): page one for the citizen or a representative to sign, blank or
 * pre-filled with citizen and supplier, with a QR code that names the prepared form; page two for the citizen
 * to keep, with the rules from the municipality's procedure ("Arbejdsgangsbeskrivelsen", section 2 and 4).
 *
 * <p>Page one uses the labels the intake's field extractor knows ("Navn", "CPR-nr.", "Postnr. og by",
 * "Firmanavn", "CVR-nr.", "Dato" …), so what is written by hand is read by OCR as on the municipal form.
 */
public final class PrintableConsentForm {

    private static final float LEFT = 60;
    private static final float QR_SIZE = 96;

    /**
     * What is printed in advance. Any text may be null (a blank line is printed); {@code qrPayload} is the
     * text the QR code carries (e.g. {@code ELAAS-SAMTYKKE v1;<uuid>}), {@code formLabel} the small text under
     * it. {@code services} lists every service option by Danish name, mapped to whether it is pre-ticked.
     */
    public record Prefill(String qrPayload, String formLabel, String citizenName, String cpr, String address,
                          String postalCode, String city, String phone, String supplierName, String cvr,
                          Map<String, Boolean> services) {

        public Prefill {
            services = Map.copyOf(services);
        }
    }

    /** Service names in the order the form prints them. */
    public static final List<String> SERVICE_ORDER = List.of("Dagligvarer", "Madservice", "Medicin", "Tøjvask");

    public byte[] render(Prefill p) {
        try (PDDocument doc = new PDDocument(); InputStream fontIn = PrintableConsentForm.class.getResourceAsStream("DejaVuSans.ttf")) {
            if (fontIn == null) {
                throw new IOException("DejaVuSans.ttf is missing from the application");
            }
            PDType0Font font = PDType0Font.load(doc, fontIn, true);
            pageOne(doc, font, p);
            pageTwo(doc, font);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the consent form: " + e.getMessage(), e);
        } catch (WriterException e) {
            throw new IllegalStateException("Could not make the QR code: " + e.getMessage(), e);
        }
    }

    private static void pageOne(PDDocument doc, PDType0Font font, Prefill p) throws IOException, WriterException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float top = PDRectangle.A4.getHeight() - 60;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            qr(cs, p.qrPayload(), PDRectangle.A4.getWidth() - 50 - QR_SIZE, top - QR_SIZE + 12);
            text(cs, font, 7, PDRectangle.A4.getWidth() - 50 - QR_SIZE, top - QR_SIZE + 2, p.formLabel());
            float y = top;
            y = line(cs, font, 15, y, "Samtykkeerklæring");
            y = line(cs, font, 11, y, "Brug af elektronisk låsesystem i borgerens bolig");
            y = line(cs, font, 8, y, "Aarhus Kommune, Sundhed og Omsorg · Side 1 sendes retur, side 2 beholder borgeren.");
            y -= 10;
            y = line(cs, font, 12, y, "Borger");
            y = field(cs, font, y, "Navn:", p.citizenName());
            y = field(cs, font, y, "CPR-nr.:", p.cpr());
            y = field(cs, font, y, "Adresse:", p.address());
            y = field(cs, font, y, "Postnr. og by:", join(p.postalCode(), p.city()));
            y = field(cs, font, y, "Telefon:", p.phone());
            y -= 8;
            y = line(cs, font, 12, y, "Ekstern leverandør");
            y = field(cs, font, y, "Firmanavn:", p.supplierName());
            y = field(cs, font, y, "CVR-nr.:", p.cvr());
            y -= 8;
            y = line(cs, font, 12, y, "Ydelser");
            float x = LEFT;
            for (String s : SERVICE_ORDER) {
                box(cs, x, y, Boolean.TRUE.equals(p.services().get(s)));
                text(cs, font, 11, x + 16, y, s);
                x += 110;
            }
            y -= 26;
            y = line(cs, font, 12, y, "Gyldighed");
            y = field(cs, font, y, "Gyldig fra:", null);
            y = field(cs, font, y, "Gyldig til:", null);
            y -= 8;
            y = line(cs, font, 9, y, "Jeg giver samtykke til, at ovennævnte eksterne leverandør må benytte mit elektroniske låsesystem til at");
            y = line(cs, font, 9, y, "levere de afkrydsede varer og ydelser i min bolig. Jeg har modtaget side 2 og kan til enhver tid trække");
            y = line(cs, font, 9, y, "samtykket tilbage.");
            y -= 8;
            y = line(cs, font, 12, y, "Underskrift");
            text(cs, font, 11, LEFT, y, "Underskrevet af:");
            box(cs, LEFT + 110, y, false);
            text(cs, font, 11, LEFT + 126, y, "Borger");
            box(cs, LEFT + 200, y, false);
            text(cs, font, 11, LEFT + 216, y, "Stedfortræder");
            y -= 22;
            y = field(cs, font, y, "Stedfortræders navn:", null);
            y = field(cs, font, y, "Dato:", null);
            y -= 10;
            y = field(cs, font, y, "Underskrift:", null);
            y -= 8;
            y = line(cs, font, 12, y, "Indhentet af");
            y = field(cs, font, y, "Navn:", null);
            text(cs, font, 11, LEFT, y, "Organisation:");
            float ox = LEFT + 90;
            for (String org : List.of("Ekstern leverandør", "Sundhed & Forebyggelse", "Pleje og Rehabilitering")) {
                box(cs, ox, y, false);
                text(cs, font, 9, ox + 16, y, org);
                ox += 135;
            }
        }
    }

    private static void pageTwo(PDDocument doc, PDType0Font font) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float y = PDRectangle.A4.getHeight() - 60;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            y = line(cs, font, 15, y, "Samtykkeerklæring – side 2: til borgeren");
            y = line(cs, font, 9, y, "Denne side beholder du. Side 1 sendes retur, når den er underskrevet.");
            y -= 10;
            y = paragraph(cs, font, y, "Hvad samtykket giver lov til",
                    "Med samtykket må den eksterne leverandør, der er nævnt på side 1, benytte det elektroniske "
                    + "låsesystem, som Sundhed og Omsorg har installeret i din bolig, til at levere de aftalte varer "
                    + "og/eller ydelser (dagligvarer, madservice, medicin eller tøjvask) uafhængigt af Aarhus Kommunes "
                    + "hjemmepleje. Samtykket gælder kun de ydelser, der er sat kryds ved. Adgang til opgangsdøre "
                    + "kræver ikke samtykke, da det kun er bygningens fælles areal.");
            y = paragraph(cs, font, y, "Hvornår adgangen gives",
                    "Når du eller din stedfortræder har underskrevet side 1, scannes eller fotograferes den og sendes "
                    + "som sikker digital mail til Sundhed og Omsorg og Østjyllands Brandvæsen (ØJB). Der kan først "
                    + "gives adgang til leverandøren, når samtykkeerklæringen er modtaget ved Østjyllands Brandvæsen. "
                    + "Ønsker du en kopi af side 1, sørger den, der har indhentet underskriften, for det.");
            y = paragraph(cs, font, y, "Du kan altid trække samtykket tilbage",
                    "Samtykket kan til enhver tid trækkes tilbage, uden begrundelse. Kontakt leverandøren, "
                    + "Sundhed og Omsorg eller Østjyllands Brandvæsen telefonisk eller skriftligt og sig, at adgangen "
                    + "skal slettes. Østjyllands Brandvæsen sletter derefter leverandørens adgang til din lås. "
                    + "Adgangen slettes også, når leverandørens ydelser til dig ophører.");
            y = paragraph(cs, font, y, "Kontakt",
                    "Sundhed og Omsorg, Aarhus Kommune: Systemejerskab-datasikkerhed@mso.aarhus.dk. "
                    + "Østjyllands Brandvæsen: Hasse Eriksen, he@ostbv.dk, telefon 29 68 56 91 "
                    + "(hverdage kl. 07.00–15.00). Mere om elektronisk lås: aarhus.dk/elaas.");
            paragraph(cs, font, y, "Dine oplysninger",
                    "Samtykkeerklæringen beskriver dit valg og giver dig kontrol over, hvordan dine oplysninger "
                    + "bruges. Oplysningerne bruges kun til at give og registrere leverandørens adgang til låsen.");
        }
    }

    private static float paragraph(PDPageContentStream cs, PDType0Font font, float y, String heading, String body)
            throws IOException {
        y = line(cs, font, 12, y, heading);
        float max = PDRectangle.A4.getWidth() - 2 * LEFT;
        StringBuilder current = new StringBuilder();
        for (String word : body.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * 10 > max && !current.isEmpty()) {
                y = line(cs, font, 10, y, current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            y = line(cs, font, 10, y, current.toString());
        }
        return y - 10;
    }

    private static String join(String a, String b) {
        if (a == null && b == null) {
            return null;
        }
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    /** A label and its value, or a line to write on when the value is not pre-printed. */
    private static float field(PDPageContentStream cs, PDType0Font font, float y, String label, String value)
            throws IOException {
        text(cs, font, 11, LEFT, y, label);
        float valueX = LEFT + Math.max(130, font.getStringWidth(label) / 1000 * 11 + 12);
        if (value != null && !value.isBlank()) {
            text(cs, font, 11, valueX, y, value);
        } else {
            cs.setLineWidth(0.5f);
            cs.moveTo(valueX, y - 3);
            cs.lineTo(PDRectangle.A4.getWidth() - 60 - (y > PDRectangle.A4.getHeight() - 170 ? QR_SIZE + 10 : 0), y - 3);
            cs.stroke();
        }
        return y - 22;
    }

    private static void box(PDPageContentStream cs, float x, float y, boolean ticked) throws IOException {
        cs.setLineWidth(1f);
        cs.addRect(x, y - 2, 11, 11);
        cs.stroke();
        if (ticked) {
            cs.setLineWidth(1.6f);
            cs.moveTo(x + 1.5f, y - 0.5f);
            cs.lineTo(x + 9.5f, y + 7.5f);
            cs.moveTo(x + 1.5f, y + 7.5f);
            cs.lineTo(x + 9.5f, y - 0.5f);
            cs.stroke();
        }
    }

    private static void qr(PDPageContentStream cs, String payload, float x, float y) throws IOException, WriterException {
        BitMatrix m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        float module = QR_SIZE / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    cs.addRect(x + col * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        cs.fill();
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static float line(PDPageContentStream cs, PDType0Font font, float size, float y, String text) throws IOException {
        text(cs, font, size, LEFT, y, text);
        return y - size * 1.6f;
    }
}
