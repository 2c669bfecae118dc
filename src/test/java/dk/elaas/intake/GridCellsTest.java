package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cells of a boxed form found from its rulings, on pages drawn here (300 dpi A4). */
class GridCellsTest {

    private static final int W = 2480;
    private static final int H = 3508;
    private static final int RULE = 6;
    private static final int LEFT = 200;
    private static final int MIDDLE = 1240;
    private static final int RIGHT = 2280;
    /** Tops of the horizontal rulings: a full-width row, then three rows of two cells. */
    private static final int[] ROWS = {400, 560, 720, 880, 1040};
    private static final int SLACK = 4;

    @BeforeAll
    static void loadOpenCv() throws IntakeException {
        Vision.load();
    }

    @Test
    void findsEveryCellOfABoxedTableInReadingOrder() {
        BufferedImage page = page();
        Graphics2D g = ink(page);
        for (int y : ROWS) {
            g.fillRect(LEFT, y, RIGHT - LEFT + RULE, RULE);
        }
        g.fillRect(LEFT, ROWS[0], RULE, ROWS[4] - ROWS[0] + RULE);
        g.fillRect(RIGHT, ROWS[0], RULE, ROWS[4] - ROWS[0] + RULE);
        g.fillRect(MIDDLE, ROWS[1], RULE, ROWS[4] - ROWS[1] + RULE);
        // Labels in the cells' corners and handwriting-sized values below them.
        label(g, "Firmanavn", LEFT + 20, ROWS[0] + 40);
        value(g, "Kildeholm Rengøring ApS", LEFT + 40, ROWS[0] + 120);
        label(g, "Navn", LEFT + 20, ROWS[1] + 40);
        value(g, "Rasmus Tvilling", LEFT + 40, ROWS[1] + 120);
        label(g, "CPR-nr.", MIDDLE + 20, ROWS[1] + 40);
        value(g, "090772-1183", MIDDLE + 40, ROWS[1] + 120);
        label(g, "Adresse", LEFT + 20, ROWS[2] + 40);
        value(g, "Kildebakken 12", LEFT + 40, ROWS[2] + 120);
        label(g, "Telefon", MIDDLE + 20, ROWS[3] + 40);
        value(g, "41 52 63 74", MIDDLE + 40, ROWS[3] + 120);
        g.dispose();

        List<Box> expected = new ArrayList<>();
        expected.add(inner(LEFT, RIGHT, ROWS[0], ROWS[1]));
        for (int r = 1; r < 4; r++) {
            expected.add(inner(LEFT, MIDDLE, ROWS[r], ROWS[r + 1]));
            expected.add(inner(MIDDLE, RIGHT, ROWS[r], ROWS[r + 1]));
        }

        List<Box> cells = GridCells.find(page);

        assertThat(cells).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Box want = expected.get(i);
            Box got = cells.get(i);
            // Inside the drawn cell and filling it, up to the few pixels a ruling's edge blurs.
            assertThat(got.x()).as("left of cell %d", i).isBetween(want.x(), want.x() + SLACK);
            assertThat(got.y()).as("top of cell %d", i).isBetween(want.y(), want.y() + SLACK);
            assertThat(got.right()).as("right of cell %d", i).isBetween(want.right() - SLACK, want.right());
            assertThat(got.bottom()).as("bottom of cell %d", i).isBetween(want.bottom() - SLACK, want.bottom());
        }
    }

    @Test
    void aPageWithUnderlinesButNoBoxesHasNoCells() {
        BufferedImage page = page();
        Graphics2D g = ink(page);
        String[] labels = {"Navn:", "CPR-nr.:", "Adresse:", "Postnr. og by:", "Telefon:", "Firmanavn:", "CVR-nr.:"};
        int y = 400;
        for (String l : labels) {
            label(g, l, LEFT, y);
            value(g, "Kildebakken 12", 700, y - 10);
            g.fillRect(650, y + 12, 1600, 3);
            y += 160;
        }
        g.dispose();
        assertThat(GridCells.find(page)).isEmpty();
    }

    @Test
    void aSingleFramedBoxIsNotABoxedForm() {
        BufferedImage page = page();
        Graphics2D g = ink(page);
        // A signature frame split in two: fewer cells than any boxed form has.
        int top = 2800;
        int bottom = 3000;
        g.fillRect(LEFT, top, RIGHT - LEFT + RULE, RULE);
        g.fillRect(LEFT, bottom, RIGHT - LEFT + RULE, RULE);
        g.fillRect(LEFT, top, RULE, bottom - top + RULE);
        g.fillRect(MIDDLE, top, RULE, bottom - top + RULE);
        g.fillRect(RIGHT, top, RULE, bottom - top + RULE);
        label(g, "Underskrift", LEFT + 20, top + 40);
        label(g, "Dato", MIDDLE + 20, top + 40);
        g.dispose();
        assertThat(GridCells.find(page)).isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.dispose();
        return img;
    }

    private static Graphics2D ink(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        return g;
    }

    private static void label(Graphics2D g, String text, int x, int baseline) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
        g.drawString(text, x, baseline);
    }

    private static void value(Graphics2D g, String text, int x, int baseline) {
        g.setFont(new Font(Font.SERIF, Font.ITALIC, 60));
        g.drawString(text, x, baseline);
    }

    /** The white inside of a cell between rulings drawn at {@code x0}, {@code x1}, {@code y0}, {@code y1}. */
    private static Box inner(int x0, int x1, int y0, int y1) {
        return new Box(x0 + RULE, y0 + RULE, x1 - x0 - RULE, y1 - y0 - RULE);
    }
}
