package dk.elaas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.elaas.document.SearchablePdfWriter.Metadata;
import dk.elaas.document.SearchablePdfWriter.Word;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchablePdfWriterTest {

    /* A4 at 300 dpi, the size the scanner produces. */
    private static final int A4_WIDTH_PX = 2480;
    private static final int A4_HEIGHT_PX = 3508;
    private static final float TOLERANCE_PT = 0.5f;

    private static final Metadata META = new Metadata(
            "Samtykke – Jens Ærø", "Samtykkeerklæring, e-lås", "Sagsbehandler Åse Øster",
            Instant.parse("2025-03-14T09:26:53.589Z"));

    private static Font drawingFont;
    private static BufferedImage scan;
    private static List<Word> words;

    private final SearchablePdfWriter writer = new SearchablePdfWriter();

    @BeforeAll
    static void drawScannedPage() throws IOException, FontFormatException {
        try (InputStream in = SearchablePdfWriter.class.getResourceAsStream("DejaVuSans.ttf")) {
            drawingFont = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        scan = new BufferedImage(A4_WIDTH_PX, A4_HEIGHT_PX, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        g.setColor(new Color(246, 246, 246));
        g.fillRect(0, 0, A4_WIDTH_PX, A4_HEIGHT_PX);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(30, 30, 30));
        words = new ArrayList<>();
        words.add(drawWord(g, "Ærøskøbing", 300, 400, 60f));
        words.add(drawWord(g, "Bøgevej 14, 2. tv.", 300, 600, 60f));
        words.add(drawWord(g, "§ 3", 1600, 600, 60f));
        words.add(drawWord(g, "Café", 300, 800, 45f));
        // A page full of 10-pt body text, like a filled-in consent form.
        g.setFont(drawingFont.deriveFont(42f));
        for (int line = 0; line < 50; line++) {
            g.drawString("Jeg giver samtykke til, at leverandøren må bruge min elektroniske dørlås. " + line,
                    300, 1000 + line * 48);
        }
        g.dispose();
        addScannerNoise(scan);
    }

    private static Word drawWord(Graphics2D g, String text, int x, int baseline, float size) {
        Font font = drawingFont.deriveFont(size);
        g.setFont(font);
        g.drawString(text, x, baseline);
        Rectangle2D bounds = font.getStringBounds(text, g.getFontRenderContext());
        return new Word(text, x, (int) (baseline + bounds.getY()),
                (int) Math.ceil(bounds.getWidth()), (int) Math.ceil(bounds.getHeight()));
    }

    private static void addScannerNoise(BufferedImage image) {
        Random random = new Random(42);
        var raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int value = raster.getSample(x, y, 0) + random.nextInt(5) - 2;
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, value)));
            }
        }
    }

    @Test
    void danishWordsSurviveTextExtraction() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(scan, words, META))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("Ærøskøbing", "Bøgevej 14, 2. tv.", "§ 3", "Café");
        }
    }

    @Test
    void writesOneA4PageWithTheScanAsItsOnlyImage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(scan, words, META))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.01f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.01f));

            List<PDImageXObject> images = images(page.getResources());
            assertThat(images).hasSize(1);
            PDImageXObject image = images.get(0);
            assertThat(image.getWidth()).isEqualTo(A4_WIDTH_PX);
            assertThat(image.getHeight()).isEqualTo(A4_HEIGHT_PX);
            assertThat(image.getSuffix()).isEqualTo("jpg");
            assertThat(image.getColorSpace()).isEqualTo(PDDeviceGray.INSTANCE);
        }
    }

    @Test
    void keepsA300DpiGreyPageUnderOneAndAHalfMegabytes() throws IOException {
        byte[] bytes = writer.write(scan, words, META);

        assertThat(bytes.length).isLessThan(1_500_000);
    }

    @Test
    void placesEachWordInsideItsBoxAndSpanningItsWidth() throws IOException {
        assertWordsLieInTheirBoxes(scan, words);
    }

    @Test
    void fitsALandscapeImageToThePageKeepingItsAspectRatio() throws IOException {
        BufferedImage wide = new BufferedImage(2000, 1000, BufferedImage.TYPE_BYTE_GRAY);
        List<Word> wideWords = List.of(new Word("Nøglebrik", 100, 100, 600, 120),
                new Word("Låsekasse", 1200, 800, 700, 150));

        assertWordsLieInTheirBoxes(wide, wideWords);
    }

    @Test
    void skipsCharactersTheFontCannotShowInsteadOfFailing() throws IOException {
        // DejaVu Sans has the smileys (U+1F600…) but neither the key emoji nor CJK ideographs.
        List<Word> withEmoji = List.of(new Word("OK\uD83D\uDD11\u6F22", 100, 100, 300, 60),
                new Word("\uD83D\uDD11", 500, 100, 60, 60),
                new Word("Dør\tlås", 100, 300, 400, 60));

        try (PDDocument pdf = Loader.loadPDF(writer.write(scan, withEmoji, META))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("OK", "Dørlås").doesNotContain("\uD83D\uDD11", "\u6F22", "\uFFFD");
        }
    }

    @Test
    void writesAPageWhoseOnlyWordHasNoShowableCharacter() throws IOException {
        List<Word> onlyEmoji = List.of(new Word("\uD83D\uDD11", 500, 100, 60, 60));

        try (PDDocument pdf = Loader.loadPDF(writer.write(scan, onlyEmoji, META))) {
            assertThat(new PDFTextStripper().getText(pdf)).isBlank();
        }
    }

    @Test
    void writesAPageWithoutWords() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(scan, List.of(), META))) {
            assertThat(new PDFTextStripper().getText(pdf)).isBlank();
        }
    }

    @Test
    void flattensAColourImageWithAlphaToOpaqueRgb() throws IOException {
        BufferedImage photo = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(200, 30, 30, 128));
        g.fillRect(100, 100, 400, 300);
        g.dispose();

        try (PDDocument pdf = Loader.loadPDF(writer.write(photo, List.of(), META))) {
            PDImageXObject image = images(pdf.getPage(0).getResources()).get(0);

            assertThat(image.getColorSpace()).isEqualTo(PDDeviceRGB.INSTANCE);
            assertThat(image.getCOSObject().containsKey(COSName.SMASK)).isFalse();
        }
    }

    @Test
    void recordsMetadataInInfoAndXmpAsPdfA2b() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(writer.write(scan, words, META))) {
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(META.title());
            assertThat(info.getSubject()).isEqualTo(META.subject());
            assertThat(info.getAuthor()).isEqualTo(META.author());
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2025-03-14T09:26:53Z"));

            XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(META.title());
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(META.author());
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(info.getCreationDate().toInstant());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");

            List<PDOutputIntent> intents = pdf.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intents.get(0).getDestOutputIntent()).isNotNull();
            assertThat(pdf.getDocument().getDocumentID()).as("PDF/A needs a file identifier").isNotNull();
        }
    }

    private void assertWordsLieInTheirBoxes(BufferedImage image, List<Word> placed) throws IOException {
        List<TextPosition> shown = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(writer.write(image, placed, META))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    shown.add(text);
                }
            };
            stripper.getText(pdf);
        }

        int next = 0;
        for (Word word : placed) {
            int length = word.text().codePointCount(0, word.text().length());
            assertThat(shown.size()).as("glyphs left for %s", word.text()).isGreaterThanOrEqualTo(next + length);
            List<TextPosition> glyphs = shown.subList(next, next + length);
            next += length;
            Rectangle2D box = onPage(word, image);
            String text = glyphs.stream().map(TextPosition::getUnicode).reduce("", String::concat);
            assertThat(text).isEqualTo(word.text());
            for (TextPosition glyph : glyphs) {
                assertThat(glyph.getXDirAdj()).as("x of '%s' in %s", glyph.getUnicode(), word.text())
                        .isBetween((float) box.getMinX() - TOLERANCE_PT, (float) box.getMaxX() + TOLERANCE_PT);
                assertThat(glyph.getYDirAdj()).as("baseline of '%s' in %s", glyph.getUnicode(), word.text())
                        .isBetween((float) box.getMinY(), (float) box.getMaxY());
            }
            TextPosition first = glyphs.get(0);
            TextPosition last = glyphs.get(glyphs.size() - 1);
            assertThat(first.getXDirAdj()).as("start of %s", word.text())
                    .isCloseTo((float) box.getMinX(), within(TOLERANCE_PT));
            assertThat(last.getXDirAdj() + last.getWidthDirAdj()).as("end of %s", word.text())
                    .isCloseTo((float) box.getMaxX(), within(TOLERANCE_PT));
        }
        assertThat(shown).as("no stray text").hasSize(next);
    }

    /** The word's box in page coordinates with the origin top-left, as PDFBox reports text positions. */
    private static Rectangle2D onPage(Word word, BufferedImage image) {
        float pageWidth = PDRectangle.A4.getWidth();
        float pageHeight = PDRectangle.A4.getHeight();
        float scale = Math.min(pageWidth / image.getWidth(), pageHeight / image.getHeight());
        float left = (pageWidth - image.getWidth() * scale) / 2;
        float top = (pageHeight - image.getHeight() * scale) / 2;
        return new Rectangle2D.Float(left + word.x() * scale, top + word.y() * scale,
                word.width() * scale, word.height() * scale);
    }

    private static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }
}
