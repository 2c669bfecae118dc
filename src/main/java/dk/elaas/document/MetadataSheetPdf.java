package dk.elaas.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A metadata sheet for journalising: a title and sections of label/value rows, as A4 pages of plain text
 * (wrapped, continued on a new page as needed). Takes plain strings, so it knows nothing about consents.
 */
public final class MetadataSheetPdf {

    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 150;
    private static final float SIZE = 10;
    private static final float LEADING = 13;

    /** One label/value line; a blank label continues the value column (lists such as the history). */
    public record Row(String label, String value) {
    }

    public record Section(String heading, List<Row> rows) {

        public Section {
            rows = List.copyOf(rows);
        }
    }

    public byte[] render(String title, List<Section> sections) {
        try (PDDocument doc = new PDDocument();
             InputStream fontIn = MetadataSheetPdf.class.getResourceAsStream("DejaVuSans.ttf")) {
            if (fontIn == null) {
                throw new IOException("DejaVuSans.ttf is missing from the application");
            }
            PDType0Font font = PDType0Font.load(doc, fontIn, true);
            Writer w = new Writer(doc, font);
            w.line(font, 15, MARGIN, title);
            w.y -= 6;
            float valueWidth = PDRectangle.A4.getWidth() - 2 * MARGIN - LABEL_WIDTH;
            for (Section section : sections) {
                w.y -= 8;
                w.line(font, 12, MARGIN, section.heading());
                for (Row row : section.rows()) {
                    List<String> lines = wrap(font, row.value() == null ? "" : row.value(), valueWidth);
                    for (int i = 0; i < lines.size(); i++) {
                        w.ensureRoom();
                        if (i == 0 && row.label() != null && !row.label().isEmpty()) {
                            w.text(font, SIZE, MARGIN, row.label());
                        }
                        w.line(font, SIZE, MARGIN + LABEL_WIDTH, lines.get(i));
                    }
                }
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the metadata sheet: " + e.getMessage(), e);
        }
    }

    private static List<String> wrap(PDType0Font font, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace('\t', ' ').split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String whole : paragraph.split(" ")) {
                String word = whole;
                // A word wider than the column (a SHA-256) is broken, not drawn off the page.
                while (font.getStringWidth(word) / 1000 * SIZE > width && word.length() > 1) {
                    int fit = word.length() - 1;
                    while (fit > 1 && font.getStringWidth(word.substring(0, fit)) / 1000 * SIZE > width) {
                        fit--;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line = new StringBuilder();
                    }
                    lines.add(word.substring(0, fit));
                    word = word.substring(fit);
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The current page and position; starts a new page when the text reaches the bottom margin. */
    private static final class Writer {
        private final PDDocument doc;
        private PDPageContentStream cs;
        float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void ensureRoom() throws IOException {
            if (y < MARGIN + LEADING) {
                newPage();
            }
        }

        void text(PDType0Font font, float size, float x, String s) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y - size);
            cs.showText(s);
            cs.endText();
        }

        void line(PDType0Font font, float size, float x, String s) throws IOException {
            ensureRoom();
            text(font, size, x, s);
            y -= Math.max(LEADING, size + 4);
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
