package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crop a handwritten value is read again from, on grey crops drawn here (0 = black ink, 255 = white
 * paper): the form's rulings whitened and the letters kept, the span widened to the writing OCR left out,
 * the line the value is written on found, and the crop kept inside its cell.
 */
class OcrLineReaderTest {

    private static final int BLACK = 0;
    private static final int WHITE = 255;

    /** A grey crop of {@code w} x {@code h} pixels, white until drawn on. */
    private static final class Crop {
        final int w;
        final int h;
        final byte[] px;

        Crop(int w, int h) {
            this.w = w;
            this.h = h;
            px = new byte[w * h];
            java.util.Arrays.fill(px, (byte) WHITE);
        }

        /** Fills columns [x0, x1) of rows [y0, y1) with {@code grey}. */
        Crop fill(int x0, int y0, int x1, int y1, int grey) {
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    px[y * w + x] = (byte) grey;
                }
            }
            return this;
        }

        /**
         * Handwriting between rows {@code top} and {@code bottom}: a 4-px down stroke every 60 px from
         * {@code x0} to {@code x1}, as the letters of a word.
         */
        Crop letters(int x0, int x1, int top, int bottom) {
            for (int x = x0; x + 4 <= x1; x += 60) {
                fill(x, top, x + 4, bottom, BLACK);
            }
            return this;
        }
    }

    private static int at(byte[] px, int w, int x, int y) {
        return px[y * w + x] & 0xFF;
    }

    /** The darkest pixel of columns [x0, x1) of rows [y0, y1). */
    private static int darkest(byte[] px, int w, int x0, int y0, int x1, int y1) {
        int min = 255;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                min = Math.min(min, at(px, w, x, y));
            }
        }
        return min;
    }

    /** The lightest pixel of columns [x0, x1) of rows [y0, y1). */
    private static int lightest(byte[] px, int w, int x0, int y0, int x1, int y1) {
        int max = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                max = Math.max(max, at(px, w, x, y));
            }
        }
        return max;
    }

    // ---- withoutRules -------------------------------------------------------------------------------

    @Test
    void theLineAValueIsWrittenOnIsWhitenedAndTheLettersAboveItStay() {
        Crop c = new Crop(600, 60).letters(40, 580, 15, 46).fill(0, 50, 600, 52, BLACK);

        byte[] out = OcrLineReader.withoutRules(c.px, c.w, c.h);

        assertThat(darkest(out, c.w, 0, 50, 600, 52)).as("the writing line").isEqualTo(WHITE);
        for (int x = 40; x + 4 <= 580; x += 60) {
            assertThat(lightest(out, c.w, x, 15, x + 4, 46)).as("letter at x=%d", x).isEqualTo(BLACK);
        }
    }

    @Test
    void aLetterStandingOnTheLineKeepsItsStrokeAboveTheLine() {
        Crop c = new Crop(600, 60).letters(40, 580, 15, 46).fill(0, 50, 600, 52, BLACK);
        c.fill(200, 10, 205, 50, BLACK); // an "l" whose foot touches the line
        c.fill(300, 40, 304, 59, BLACK); // a "g" whose tail crosses the line

        byte[] out = OcrLineReader.withoutRules(c.px, c.w, c.h);

        assertThat(lightest(out, c.w, 200, 10, 205, 49)).as("the l above the line").isEqualTo(BLACK);
        assertThat(lightest(out, c.w, 300, 40, 304, 49)).as("the g above the line").isEqualTo(BLACK);
        assertThat(lightest(out, c.w, 300, 53, 304, 59)).as("the g's tail below the line").isEqualTo(BLACK);
        assertThat(darkest(out, c.w, 0, 50, 200, 52)).as("the line beside the letters").isEqualTo(WHITE);
        assertThat(darkest(out, c.w, 305, 50, 600, 52)).as("the line beside the letters").isEqualTo(WHITE);
    }

    @Test
    void aLongPenStrokeIsNotARuling() {
        // The bar across "tt" in a handwritten name: 120 px in a 60 px high crop, under 2.5 crop heights.
        Crop c = new Crop(600, 60).letters(40, 580, 15, 46).fill(250, 20, 370, 23, BLACK);

        byte[] out = OcrLineReader.withoutRules(c.px, c.w, c.h);

        assertThat(lightest(out, c.w, 250, 20, 370, 23)).isEqualTo(BLACK);
    }

    @Test
    void aLightlyPrintedLineIsWhitenedToo() {
        Crop c = new Crop(600, 60).letters(40, 580, 15, 46).fill(0, 50, 600, 51, 170);

        byte[] out = OcrLineReader.withoutRules(c.px, c.w, c.h);

        assertThat(darkest(out, c.w, 0, 50, 600, 51)).isEqualTo(WHITE);
    }

    @Test
    void aCellBorderDownTheCropIsWhitenedButATallLetterIsNot() {
        Crop c = new Crop(600, 60).letters(40, 580, 15, 46).fill(3, 0, 5, 60, BLACK);
        c.fill(130, 8, 134, 53, BLACK); // a tall handwritten "l": 45 of the 60 rows

        byte[] out = OcrLineReader.withoutRules(c.px, c.w, c.h);

        assertThat(darkest(out, c.w, 3, 0, 5, 60)).as("the cell border").isEqualTo(WHITE);
        assertThat(lightest(out, c.w, 130, 8, 134, 53)).as("the tall letter").isEqualTo(BLACK);
        for (int x = 40; x + 4 <= 580; x += 60) {
            assertThat(lightest(out, c.w, x, 15, x + 4, 46)).as("letter at x=%d", x).isEqualTo(BLACK);
        }
    }

    @Test
    void aShadowAcrossTheCropIsNoLine() {
        // A fold's shadow over the middle rows, darkest at its centre, with the writing on it.
        Crop c = new Crop(600, 60).letters(40, 580, 15, 46);
        for (int y = 20; y <= 41; y++) {
            int grey = (int) Math.round(90 + 6 * Math.abs(y - 30.5));
            for (int x = 0; x < 600; x++) {
                if (c.px[y * 600 + x] != (byte) BLACK) {
                    c.px[y * 600 + x] = (byte) grey;
                }
            }
        }

        byte[] out = OcrLineReader.withoutRules(c.px, c.w, c.h);

        assertThat(out).isEqualTo(c.px);
    }

    @Test
    void aLineUnderALightShadowOverTheWholeCropIsStillWhitenedAndTheShadowKept() {
        // Paper shading from 250 on the left to 171 on the right, letters and the line in dark ink.
        Crop c = new Crop(600, 60);
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 600; x++) {
                c.px[y * 600 + x] = (byte) (250 - x * 80 / 600);
            }
        }
        c.letters(40, 580, 15, 46);
        for (int x = 40; x + 4 <= 580; x += 60) {
            c.fill(x, 15, x + 4, 46, 40);
        }
        c.fill(0, 50, 600, 52, 40);
        byte[] before = c.px.clone();

        byte[] out = OcrLineReader.withoutRules(c.px, c.w, c.h);

        assertThat(darkest(out, c.w, 0, 50, 600, 52)).as("the line").isGreaterThan(170);
        for (int i = 0; i < out.length; i++) {
            int y = i / 600;
            if (y != 50 && y != 51) {
                assertThat(out[i]).as("pixel (%d, %d)", i % 600, y).isEqualTo(before[i]);
            }
        }
    }

    @Test
    void aCropWithoutInkIsLeftAsItIs() {
        Crop c = new Crop(300, 40).fill(0, 0, 300, 40, 230);

        assertThat(OcrLineReader.withoutRules(c.px, c.w, c.h)).isEqualTo(c.px);
    }

    // ---- inkSpan ------------------------------------------------------------------------------------

    /** A 600 x 40 band holding the value the page reading found in columns 200-300. */
    private static Crop value() {
        return new Crop(600, 40).fill(210, 10, 290, 30, BLACK);
    }

    @Test
    void theSpanIsWidenedToWritingCloseBesideIt() {
        Crop c = value().fill(150, 12, 170, 28, BLACK).fill(320, 12, 340, 28, BLACK);

        int[] span = OcrLineReader.inkSpan(c.px, c.w, c.h, 200, 300);

        assertThat(span[0]).as("left").isLessThanOrEqualTo(150);
        assertThat(span[1]).as("right").isGreaterThanOrEqualTo(341);
    }

    @Test
    void theSpanFollowsAValueWordByWord() {
        // Three more words to the right, each within a band height of the last.
        Crop c = value().fill(320, 12, 330, 28, BLACK).fill(360, 12, 370, 28, BLACK).fill(400, 12, 410, 28, BLACK);

        int[] span = OcrLineReader.inkSpan(c.px, c.w, c.h, 200, 300);

        assertThat(span[1]).isGreaterThanOrEqualTo(411);
    }

    @Test
    void writingBeyondAGapWiderThanTheBandIsNotTaken() {
        // The next field's writing: 70 px left and 60 px right of the value, the band is 40 px high.
        Crop c = value().fill(100, 12, 130, 28, BLACK).fill(360, 12, 380, 28, BLACK);

        int[] span = OcrLineReader.inkSpan(c.px, c.w, c.h, 200, 300);

        assertThat(span[0]).as("left").isGreaterThan(130).isLessThanOrEqualTo(200);
        assertThat(span[1]).as("right").isLessThan(360).isGreaterThanOrEqualTo(300);
    }

    @Test
    void aSpeckOfDustBesideTheValueIsNotWriting() {
        Crop c = value().fill(320, 20, 321, 21, BLACK);

        int[] span = OcrLineReader.inkSpan(c.px, c.w, c.h, 200, 300);

        assertThat(span[1]).isLessThan(320);
    }

    @Test
    void theSpanIsNeverNarrowed() {
        Crop blank = new Crop(600, 40);
        assertThat(OcrLineReader.inkSpan(blank.px, blank.w, blank.h, 200, 300)).containsExactly(200, 300);

        // Ink only in the middle of a span that the page reading made wide.
        Crop c = new Crop(600, 40).fill(280, 10, 320, 30, BLACK);
        int[] span = OcrLineReader.inkSpan(c.px, c.w, c.h, 100, 500);
        assertThat(span[0]).isLessThanOrEqualTo(100);
        assertThat(span[1]).isGreaterThanOrEqualTo(500);
    }

    @Test
    void theSpanStopsAtTheBandsEdges() {
        Crop c = value().fill(0, 12, 180, 28, BLACK).fill(310, 12, 600, 28, BLACK);

        int[] span = OcrLineReader.inkSpan(c.px, c.w, c.h, 200, 300);

        assertThat(span).containsExactly(0, 600);
    }

    // ---- underline ----------------------------------------------------------------------------------

    @Test
    void theLineInTheLowerHalfIsTheOneTheValueIsWrittenOn() {
        Crop c = new Crop(600, 60).letters(40, 580, 15, 46).fill(0, 50, 600, 52, BLACK);

        assertThat(OcrLineReader.underline(c.px, c.w, c.h)).isBetween(49, 52);
    }

    @Test
    void theRowAboveTheValueIsNotItsLine() {
        // The previous row's line at the top, the value's own line at the bottom.
        Crop c = new Crop(600, 60).letters(40, 580, 15, 46).fill(0, 4, 600, 6, BLACK).fill(0, 50, 600, 52, BLACK);

        assertThat(OcrLineReader.underline(c.px, c.w, c.h)).isBetween(49, 52);
    }

    @Test
    void aLineOnlyInTheUpperHalfIsNoUnderline() {
        Crop c = new Crop(600, 60).letters(40, 580, 20, 52).fill(0, 8, 600, 10, BLACK);

        assertThat(OcrLineReader.underline(c.px, c.w, c.h)).isEqualTo(-1);
    }

    @Test
    void writingWithoutALineHasNoUnderline() {
        Crop letters = new Crop(600, 60).letters(40, 580, 15, 46);
        Crop blank = new Crop(600, 60);

        assertThat(OcrLineReader.underline(letters.px, letters.w, letters.h)).isEqualTo(-1);
        assertThat(OcrLineReader.underline(blank.px, blank.w, blank.h)).isEqualTo(-1);
    }

    // ---- clipped ------------------------------------------------------------------------------------

    private static final Box LEFT_CELL = new Box(0, 0, 300, 100);
    private static final Box RIGHT_CELL = new Box(300, 0, 300, 100);
    private static final List<Box> CELLS = List.of(LEFT_CELL, RIGHT_CELL, new Box(0, 100, 600, 100));

    @Test
    void aRegionIsCutToTheInsideOfItsCell() {
        // Spilling over the cell's left border and into the row below.
        Box region = new Box(280, 40, 200, 80);

        assertThat(OcrLineReader.clipped(region, CELLS)).isEqualTo(new Box(304, 40, 176, 56));
    }

    @Test
    void aRegionWhollyInsideItsCellIsKeptClearOfTheBorders() {
        Box region = new Box(320, 10, 200, 60);

        assertThat(OcrLineReader.clipped(region, CELLS)).isEqualTo(region);
        assertThat(OcrLineReader.clipped(new Box(300, 0, 300, 100), CELLS)).isEqualTo(new Box(304, 4, 292, 92));
    }

    @Test
    void aRegionOutsideEveryCellIsUnchanged() {
        Box region = new Box(700, 40, 200, 50);

        assertThat(OcrLineReader.clipped(region, CELLS)).isEqualTo(region);
        assertThat(OcrLineReader.clipped(region, List.of())).isEqualTo(region);
    }

    @Test
    void theBoundsAreCutToTheCellOfTheValueNotOfTheirOwnCentre() {
        // The space up to the next label reaches back into the left cell; the value is in the right one.
        Box bounds = new Box(0, 20, 500, 40);
        Box value = new Box(320, 25, 100, 30);

        assertThat(OcrLineReader.clipped(bounds, CELLS, value)).isEqualTo(new Box(304, 20, 196, 40));
        assertThat(OcrLineReader.clipped(bounds, CELLS)).isEqualTo(new Box(4, 20, 292, 40));
    }
}
