package dk.elaas.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a scanned page and its OCR words into a one-page, searchable PDF/A-2b document: the scan
 * is the visible page and the words lie over it as invisible text, so a viewer can search, select
 * and copy what the image shows.
 */
public final class SearchablePdfWriter {

    /** A recognised word: its text and its box in the image's pixel coordinates (origin top-left). */
    public record Word(String text, int x, int y, int width, int height) {
        public Word {
            Objects.requireNonNull(text, "A word needs its text (use an empty string for none)");
        }
    }

    /** Document information; any field may be null. A null {@code created} means now. */
    public record Metadata(String title, String subject, String author, Instant created) {}

    private static final Logger LOG = LoggerFactory.getLogger(SearchablePdfWriter.class);

    private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    /* 0.85 keeps scanned print legible while a 300-dpi A4 page stays well under 1.5 MB. */
    private static final float JPEG_QUALITY = 0.85f;
    private static final String FONT_RESOURCE = "DejaVuSans.ttf";
    private static final String PRODUCER = "eLås";
    private static final String SRGB = "sRGB IEC61966-2.1";

    /**
     * Writes the page as a one-page A4 PDF: the image as the visible page, the words as an
     * invisible (render mode 3) text layer at their positions, so the PDF is searchable and
     * copyable. Characters the embedded font cannot show are left out of the text layer.
     *
     * @return the PDF bytes
     */
    public byte[] write(BufferedImage page, List<Word> words, Metadata meta) throws IOException {
        Objects.requireNonNull(page, "A searchable PDF needs the page image");
        Objects.requireNonNull(words, "Pass an empty word list when OCR found nothing");
        Objects.requireNonNull(meta, "A searchable PDF needs its metadata");
        try (PDDocument doc = new PDDocument()) {
            // PDF/A-2 is built on ISO 32000-1, i.e. PDF 1.7.
            doc.setVersion(1.7f);
            PDPage pdPage = new PDPage(PAGE_SIZE);
            doc.addPage(pdPage);
            Placement at = Placement.fit(page.getWidth(), page.getHeight(), PAGE_SIZE);
            PDImageXObject image = JPEGFactory.createFromImage(doc, opaque(page), JPEG_QUALITY);
            try (PDPageContentStream content = new PDPageContentStream(doc, pdPage)) {
                content.drawImage(image, at.offsetX(), at.offsetY(), at.width(), at.height());
                writeTextLayer(doc, content, words, at);
            }
            describe(doc, meta);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void writeTextLayer(PDDocument doc, PDPageContentStream content, List<Word> words,
            Placement at) throws IOException {
        List<Word> candidates = words.stream()
                .filter(w -> !w.text().isBlank() && w.width() > 0 && w.height() > 0)
                .toList();
        if (candidates.isEmpty()) {
            return;
        }
        PDType0Font font = loadFont(doc);
        PDFontDescriptor descriptor = font.getFontDescriptor();
        float ascent = descriptor.getAscent() / 1000f;
        float descent = Math.abs(descriptor.getDescent()) / 1000f;

        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        for (Word word : candidates) {
            String text = showable(font, word.text());
            if (text.isBlank()) {
                continue;
            }
            PDRectangle box = at.toPage(word);
            // The font's ascent-to-descent span fills the box height, which is what viewers
            // highlight on selection; horizontal scaling then stretches the run to the box width.
            float fontSize = box.getHeight() / (ascent + descent);
            float naturalWidth = font.getStringWidth(text) / 1000f * fontSize;
            if (naturalWidth <= 0) {
                continue;
            }
            content.setFont(font, fontSize);
            content.setHorizontalScaling(100f * box.getWidth() / naturalWidth);
            content.setTextMatrix(Matrix.getTranslateInstance(
                    box.getLowerLeftX(), box.getLowerLeftY() + descent * fontSize));
            content.showText(text);
        }
        content.endText();
    }

    private static PDType0Font loadFont(PDDocument doc) throws IOException {
        try (InputStream in = SearchablePdfWriter.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IOException("The bundled font " + FONT_RESOURCE + " is missing from the classpath");
            }
            // Subset embedding: PDF/A requires embedded fonts, and the subset keeps the file small.
            return PDType0Font.load(doc, in, true);
        }
    }

    /** The text without the characters the font has no glyph for (emoji, control characters). */
    private static String showable(PDType0Font font, String text) throws IOException {
        StringBuilder kept = new StringBuilder(text.length());
        for (int codePoint : text.codePoints().toArray()) {
            if (Character.isISOControl(codePoint)) {
                continue;
            }
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                kept.append(character);
            } catch (IllegalArgumentException noGlyph) {
                LOG.debug("Left U+{} out of the PDF text layer: the font has no glyph for it",
                        Integer.toHexString(codePoint).toUpperCase());
            }
        }
        return kept.toString();
    }

    /**
     * JPEG has no alpha and PDF/A-2b should not need transparency, so the image is flattened onto
     * white; grey scans stay single-channel (a third of the size of RGB).
     */
    private static BufferedImage opaque(BufferedImage image) {
        ColorModel model = image.getColorModel();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        if (model instanceof IndexColorModel indexed && !indexed.hasAlpha() && isGreyPalette(indexed)) {
            return greyFromRgb(image);
        }
        if (model.getColorSpace().getType() == ColorSpace.TYPE_GRAY && !model.hasAlpha()) {
            return greyFromSamples(image);
        }
        if (!model.hasAlpha() && model.getColorSpace().isCS_sRGB() && !(model instanceof IndexColorModel)) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static boolean isGreyPalette(IndexColorModel palette) {
        for (int i = 0; i < palette.getMapSize(); i++) {
            int red = palette.getRed(i);
            if (red != palette.getGreen(i) || red != palette.getBlue(i)) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage greyFromRgb(BufferedImage image) {
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster target = grey.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                target.setSample(x, y, 0, image.getRGB(x, y) & 0xFF);
            }
        }
        return grey;
    }

    /* Copies raw samples: Java2D would push 16-bit grey through its linear grey space and change the tones. */
    private static BufferedImage greyFromSamples(BufferedImage image) {
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Raster source = image.getRaster();
        WritableRaster target = grey.getRaster();
        int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                target.setSample(x, y, 0, Math.round(source.getSample(x, y, 0) * 255f / max));
            }
        }
        return grey;
    }

    /**
     * PDF/A-2b: the document information and the XMP packet say the same, and an sRGB output
     * intent gives the device colour spaces of the image a defined meaning.
     */
    private static void describe(PDDocument doc, Metadata meta) throws IOException {
        Calendar created = utc(meta.created() == null ? Instant.now() : meta.created());

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(meta.title());
        info.setSubject(meta.subject());
        info.setAuthor(meta.author());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        if (meta.title() != null) {
            dc.setTitle(meta.title());
        }
        if (meta.subject() != null) {
            dc.setDescription(meta.subject());
        }
        if (meta.author() != null) {
            dc.addCreator(meta.author());
        }
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("xmpbox rejected PDF/A conformance level B", e);
        }
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, packet, true);
        } catch (TransformerException e) {
            throw new IOException("Could not serialise the PDF's XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(packet.toByteArray());
        doc.getDocumentCatalog().setMetadata(metadata);

        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    /* Whole seconds: PDF dates cannot hold milliseconds, and the Info and XMP dates must agree. */
    private static Calendar utc(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        return calendar;
    }

    /** Where the image lands on the page: scaled to fit, aspect ratio kept, centred. */
    private record Placement(float scale, float offsetX, float offsetY, float width, float height, int imageHeight) {

        static Placement fit(int imageWidth, int imageHeight, PDRectangle page) {
            float scale = Math.min(page.getWidth() / imageWidth, page.getHeight() / imageHeight);
            float width = imageWidth * scale;
            float height = imageHeight * scale;
            return new Placement(scale, (page.getWidth() - width) / 2, (page.getHeight() - height) / 2,
                    width, height, imageHeight);
        }

        /** The word's pixel box in PDF user space (points, origin bottom-left). */
        PDRectangle toPage(Word word) {
            float left = offsetX + word.x() * scale;
            float bottom = offsetY + (imageHeight - word.y() - word.height()) * scale;
            return new PDRectangle(left, bottom, word.width() * scale, word.height() * scale);
        }
    }
}
