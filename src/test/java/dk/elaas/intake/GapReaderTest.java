package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.ocr.OcrWord;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lines of a page that the page reading left out, found in its ink on pages drawn here (300 dpi A4):
 * what the read words cover, rulings and specks are no unread line.
 */
class GapReaderTest {

    private static final int W = 2480;
    private static final int H = 3508;
    private static final int DPI = 300;

    @BeforeAll
    static void loadOpenCv() throws IntakeException {
        Vision.load();
    }

    @Test
    void aLineNoReadWordCoversIsFoundWhereItIs() {
        BufferedImage page = page();
        Graphics2D g = ink(page);
        List<OcrWord> read = new ArrayList<>();
        read.addAll(text(g, "Firmanavn: Kirkegaards Tøjvask ApS", 200, 1500));
        text(g, "CVR-nr.: 64315145", 200, 1650); // the line the page reading dropped
        read.addAll(text(g, "Ydelse(r): Dagligvarer Medicin", 200, 1800));
        g.dispose();

        List<Rectangle> lines = GapReader.unreadLines(page, read, DPI);

        assertThat(lines).hasSize(1);
        Rectangle r = lines.get(0);
        // It holds the whole dropped line, and neither of the read lines around it.
        assertThat(r.x).isLessThanOrEqualTo(200);
        assertThat(r.x + r.width).isGreaterThanOrEqualTo(200 + width("CVR-nr.: 64315145"));
        assertThat(r.y).isLessThan(1650 - 40).isGreaterThan(1500 + 10);
        assertThat(r.y + r.height).isGreaterThan(1650).isLessThan(1800 - 40);
    }

    @Test
    void aPageWhoseTextIsAllReadHasNoUnreadLine() {
        BufferedImage page = page();
        Graphics2D g = ink(page);
        List<OcrWord> read = new ArrayList<>();
        read.addAll(text(g, "Navn: Ejner Bøgh", 200, 900));
        read.addAll(text(g, "Adresse: Møllevangs Allé 113, 1. mf.", 200, 1050));
        g.dispose();

        assertThat(GapReader.unreadLines(page, read, DPI)).isEmpty();
    }

    @Test
    void rulingsUnderlinesAndSpecksAreNoLine() {
        BufferedImage page = page();
        Graphics2D g = ink(page);
        List<OcrWord> read = new ArrayList<>(text(g, "Navn: Ejner Bøgh", 200, 900));
        g.fillRect(600, 920, 1500, 3);       // the underline the value is written on
        g.fillRect(180, 1200, 2100, 6);      // a cell's ruling
        g.fillRect(180, 1200, 6, 600);       // its left side
        g.fillOval(1200, 1500, 5, 5);        // dust
        g.dispose();

        assertThat(GapReader.unreadLines(page, read, DPI)).isEmpty();
    }

    @Test
    void aSmallLabelAndTheValueWrittenFarRightOfItAreReadApartButAValuesWordsStayTogether() {
        BufferedImage band = new BufferedImage(2200, 150, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = band.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 2200, 150);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        g.drawString("Navn:", 30, 110);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 70));
        g.drawString("Rasmus Friis", 510, 110);
        g.dispose();

        List<int[]> parts = GapReader.parts(band);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)[1]).isLessThan(510);
        assertThat(parts.get(1)[0]).isGreaterThan(30 + width("Navn:"));
        assertThat(parts.get(1)[1]).isGreaterThan(510 + 300);
    }

    private static BufferedImage page() {
        BufferedImage page = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.dispose();
        return page;
    }

    private static Graphics2D ink(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font());
        return g;
    }

    private static Font font() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 50);
    }

    private static int width(String s) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scratch.createGraphics();
        int w = g.getFontMetrics(font()).stringWidth(s);
        g.dispose();
        return w;
    }

    /** Draws {@code s} with its baseline at {@code y}; the words' boxes as OCR would give them. */
    private static List<OcrWord> text(Graphics2D g, String s, int x, int y) {
        g.drawString(s, x, y);
        List<OcrWord> words = new ArrayList<>();
        int ascent = g.getFontMetrics().getAscent();
        int descent = g.getFontMetrics().getDescent();
        int at = x;
        for (String word : s.split(" ")) {
            int w = g.getFontMetrics().stringWidth(word);
            words.add(new OcrWord(word, at, y - ascent, w, ascent + descent, 95, y, 0));
            at += w + g.getFontMetrics().stringWidth(" ");
        }
        return words;
    }
}
