package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.common.validation.Postcodes;
import dk.elaas.ocr.OcrResult;
import dk.elaas.ocr.OcrWord;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Extraction rules on OCR-like words built here (a blank page image, except where a rule reads
 * ticks from the pixels). Values are invented and differ from the samples on purpose.
 */
class FieldExtractorTest {

    private static final Postcodes POSTCODES = Postcodes.load();
    private final FieldExtractor extractor = new FieldExtractor(POSTCODES);
    private final List<OcrWord> words = new ArrayList<>();
    private int line;

    /** Adds a row of words at height y, starting at x, each 20 px per character apart. */
    private void row(int y, int x, float conf, String... texts) {
        int cx = x;
        for (String t : texts) {
            words.add(new OcrWord(t, cx, y, t.length() * 18, 30, conf, line, 0));
            cx += t.length() * 18 + 20;
        }
        line++;
    }

    private ExtractedFields extract(BufferedImage page) {
        return extractor.extract(OcrResult.of(words, page.getWidth(), page.getHeight(), 0), page);
    }

    private ExtractedFields extract() {
        return extract(blank());
    }

    private static BufferedImage blank() {
        BufferedImage img = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 2480, 3508);
        g.dispose();
        return img;
    }

    /** A black 3-px pen on {@code page}, as a scanned form's ink. */
    private static Graphics2D pen(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(3));
        return g;
    }

    /** A checkbox of {@code size} px at (x, y), crossed when {@code ticked}. */
    private static void box(Graphics2D g, int x, int y, int size, boolean ticked) {
        g.drawRect(x, y, size, size);
        if (ticked) {
            g.drawLine(x + 2, y + 2, x + size - 2, y + size - 2);
            g.drawLine(x + size - 2, y + 2, x + 2, y + size - 2);
        }
    }

    @Test
    void readsAValueRightOfItsLabel() {
        row(100, 100, 95, "Borger");
        row(200, 100, 96, "Navn:");
        words.add(new OcrWord("Jens", 600, 200, 80, 30, 96, line, 0));
        words.add(new OcrWord("Kofoed", 700, 200, 120, 30, 96, line++, 0));
        FieldValue v = extract().get(ConsentField.CITIZEN_NAME);
        assertThat(v.value()).isEqualTo("Jens Kofoed");
        assertThat(v.box()).isEqualTo(new Box(600, 200, 220, 30));
    }

    @Test
    void aCapitalInsideAWordIsKeptWhenOcrWasSureAndMadeSmallWhenItWasNot() {
        row(100, 100, 95, "Ekstern", "leverandør");
        row(200, 100, 96, "Firmanavn:", "NetCompany", "ApS");
        row(400, 100, 96, "Indhentet", "af");
        words.add(new OcrWord("Navn:", 100, 500, 80, 30, 96, line, 0));
        words.add(new OcrWord("KasPer", 600, 500, 100, 30, 40, line, 0));
        words.add(new OcrWord("Poulsen", 720, 500, 120, 30, 40, line++, 0));
        ExtractedFields f = extract();
        assertThat(f.value(ConsentField.SUPPLIER_NAME)).isEqualTo("NetCompany ApS");
        assertThat(f.value(ConsentField.COLLECTED_BY_NAME)).isEqualTo("Kasper Poulsen");
        assertThat(f.get(ConsentField.COLLECTED_BY_NAME).confident()).isFalse();
    }

    @Test
    void theCollectorsNameIsNeverTheCitizensWhenTheCollectorsHeadingIsMisread() {
        row(100, 100, 95, "Borger");
        row(200, 100, 96, "Navn:", "Holger", "Riis");
        row(1800, 100, 95, "Underskrift");
        row(1900, 100, 96, "Dato:", "27-04-2026");
        // "Indhentet af" read with a speck after it, and its "Navn:" line not read at all.
        row(2700, 100, 95, "Indhentet", "af", "i");
        row(2900, 100, 96, "Organisation:");
        assertThat(extract().value(ConsentField.COLLECTED_BY_NAME)).isNull();

        // With its line read, the collector's name is found under the heading with the speck.
        row(2800, 100, 96, "Navn:", "Rasmus", "Friis");
        assertThat(extract().value(ConsentField.COLLECTED_BY_NAME)).isEqualTo("Rasmus Friis");
    }

    @Test
    void aSectionWhoseHeadingIsLostStillLiesBelowTheSectionsBeforeIt() {
        row(100, 100, 95, "Borger");
        row(200, 100, 96, "Navn:", "Holger", "Riis");
        row(1800, 100, 95, "Underskrift");
        row(1900, 100, 96, "Dato:", "27-04-2026");
        // No "Indhentet af" heading read at all.
        row(2900, 100, 96, "Organisation:");
        assertThat(extract().value(ConsentField.COLLECTED_BY_NAME)).isNull();
    }

    @Test
    void tallHandwritingStandingOnTheLabelsLineIsItsValue() {
        row(100, 100, 95, "Borger");
        words.add(new OcrWord("Navn:", 100, 272, 100, 30, 96, line, 0));
        // Large letters on the line the small label stands on: their middle is well above the label's.
        words.add(new OcrWord("Rasmus", 580, 237, 300, 64, 90, line, 0));
        words.add(new OcrWord("Friis", 940, 219, 150, 67, 88, line++, 0));
        assertThat(extract().value(ConsentField.CITIZEN_NAME)).isEqualTo("Rasmus Friis");
    }

    @Test
    void readsAValueBelowItsLabelInABoxedLayoutAndStopsAtTheNextCell() {
        row(100, 100, 95, "1.", "Borger");
        words.add(new OcrWord("Navn", 100, 200, 80, 26, 96, line, 0));
        words.add(new OcrWord("CPR-nr.", 1500, 200, 120, 26, 96, line++, 0));
        words.add(new OcrWord("Bo", 100, 260, 50, 34, 95, line, 0));
        words.add(new OcrWord("Lund", 170, 260, 90, 34, 95, line, 0));
        words.add(new OcrWord("010203-4321", 1500, 260, 300, 34, 95, line++, 0));
        ExtractedFields f = extract();
        assertThat(f.value(ConsentField.CITIZEN_NAME)).isEqualTo("Bo Lund");
        assertThat(f.value(ConsentField.CPR)).isEqualTo("010203-4321");
    }

    @Test
    void refusesACprWhoseDatePartIsNotADate() {
        row(200, 100, 96, "CPR-nr.:", "310299-1234");
        FieldValue v = extract().get(ConsentField.CPR);
        assertThat(v.confident()).isFalse();
        assertThat(v.issueKey()).isNotNull();
    }

    @Test
    void acceptsACvrOnlyWithAValidModulus11AndReadsSpacedDigits() {
        row(100, 100, 95, "Ekstern", "leverandør");
        row(200, 100, 90, "CVR-nr.:", "29", "18", "84", "08");
        FieldValue v = extract().get(ConsentField.SUPPLIER_CVR);
        assertThat(v.value()).isEqualTo("29188408");
        assertThat(v.confident()).isTrue();

        words.clear();
        row(100, 100, 95, "Ekstern", "leverandør");
        row(200, 100, 90, "CVR-nr.:", "29188409");
        assertThat(extract().get(ConsentField.SUPPLIER_CVR).confident()).isFalse();
    }

    @Test
    void takesTheTownFromThePostcodeTableWhenOcrMisspellsIt() {
        row(200, 100, 95, "Postnr.", "og", "by:", "8260", "Vibv", "J");
        ExtractedFields f = extract();
        assertThat(f.value(ConsentField.POSTAL_CODE)).isEqualTo("8260");
        assertThat(f.value(ConsentField.CITY)).isEqualTo("Viby J");
        assertThat(f.get(ConsentField.CITY).issueKey()).isEqualTo(FieldExtractor.KEY_CITY_CORRECTED);
    }

    @Test
    void readsDanishDateForms() {
        row(100, 100, 95, "Gyldighed");
        row(200, 100, 95, "Gyldig", "fra:", "3.", "marts", "2026");
        row(300, 100, 95, "Gyldig", "til:", "3/3-2027");
        ExtractedFields f = extract();
        assertThat(f.value(ConsentField.VALID_FROM)).isEqualTo("2026-03-03");
        assertThat(f.value(ConsentField.VALID_UNTIL)).isEqualTo("2027-03-03");

        words.clear();
        row(100, 100, 95, "Gyldighed");
        row(200, 100, 95, "Gyldig", "fra:", "3.3.2026");
        ExtractedFields g = extract();
        assertThat(g.value(ConsentField.VALID_FROM)).isEqualTo("2026-03-03");
    }

    @Test
    void readsAHandwrittenDateWhoseDigitsOcrSpacedApart() {
        row(100, 100, 95, "Underskrift");
        row(200, 100, 80, "Dato:", "14-02-202", "7");
        assertThat(extract().value(ConsentField.SIGNED_DATE)).isEqualTo("2027-02-14");

        words.clear();
        row(100, 100, 95, "Underskrift");
        row(200, 100, 80, "Dato:", "9.1", "0.2026");
        assertThat(extract().value(ConsentField.SIGNED_DATE)).isEqualTo("2026-10-09");
    }

    @Test
    void untilWithdrawnMeansNoEndDate() {
        row(100, 100, 95, "Gyldighed");
        row(200, 100, 95, "Gyldig", "til", "(udløbsdato):", "indtil", "tilbagekaldelse");
        FieldValue v = extract().get(ConsentField.VALID_UNTIL);
        assertThat(v.value()).isNull();
        assertThat(v.raw()).contains("tilbagekaldelse");
    }

    @Test
    void skipsTheFormatHintAfterALabel() {
        row(100, 100, 95, "Gyldighed");
        row(200, 100, 95, "Gyldig", "fra", "(dd-mm-åååå)");
        row(260, 100, 95, "01-02-2026");
        assertThat(extract().value(ConsentField.VALID_FROM)).isEqualTo("2026-02-01");
    }

    @Test
    void readsPhoneWithCountryCodeAndSpaces() {
        row(200, 100, 95, "Telefon:", "+45", "20", "30", "40", "50");
        assertThat(extract().value(ConsentField.PHONE)).isEqualTo("20304050");
    }

    @Test
    void tellsTheThreeNameLabelsApartBySection() {
        row(100, 100, 95, "Borger");
        row(200, 100, 95, "Navn:", "Anna", "Berg");
        row(400, 100, 95, "Ekstern", "leverandør");
        row(500, 100, 95, "Firmanavn:", "Fjord", "Bud", "ApS");
        row(700, 100, 95, "Indhentet", "af");
        row(800, 100, 95, "Navn:", "Carl", "Dahl");
        ExtractedFields f = extract();
        assertThat(f.value(ConsentField.CITIZEN_NAME)).isEqualTo("Anna Berg");
        assertThat(f.value(ConsentField.SUPPLIER_NAME)).isEqualTo("Fjord Bud ApS");
        assertThat(f.value(ConsentField.COLLECTED_BY_NAME)).isEqualTo("Carl Dahl");
    }

    @Test
    void readsTicksFromThePixelsLeftOfTheLabel() {
        BufferedImage page = blank();
        Graphics2D g = pen(page);
        // Empty box before "Medicin", ticked box (an X) before "Tøjvask".
        box(g, 560, 500, 28, false);
        box(g, 960, 500, 28, true);
        g.dispose();
        row(300, 100, 95, "Ekstern", "leverandør");
        words.add(new OcrWord("Medicin", 600, 498, 130, 32, 95, line, 0));
        words.add(new OcrWord("Tøjvask", 1000, 498, 130, 32, 95, line++, 0));
        FieldValue services = extract(page).get(ConsentField.SERVICES);
        assertThat(services.value()).isEqualTo("Tøjvask");
    }

    @Test
    void takesTheOptionWithABoxNotTheSameWordInALabelOrSentence() {
        BufferedImage page = blank();
        Graphics2D g = pen(page);
        // Header row: "Stedfortræders navn (kun hvis stedfortræder ...)" with letters right before the word.
        g.drawString("hvis", 1500, 420);
        g.fillRect(1540, 398, 14, 22); // the "s" of "hvis", just left of the word
        // Option row: empty box before "Borger", ticked box before "Stedfortræder".
        box(g, 560, 500, 28, false);
        box(g, 960, 500, 28, true);
        g.dispose();
        row(300, 100, 95, "Underskrift");
        words.add(new OcrWord("Stedfortræders", 1000, 398, 250, 28, 95, line, 0));
        words.add(new OcrWord("navn", 1270, 398, 80, 28, 95, line, 0));
        words.add(new OcrWord("stedfortræder", 1560, 398, 230, 28, 95, line++, 0));
        words.add(new OcrWord("Borger", 600, 498, 120, 32, 95, line, 0));
        words.add(new OcrWord("Stedfortræder", 1000, 498, 250, 32, 95, line++, 0));
        assertThat(extract(page).value(ConsentField.SIGNER_ROLE)).isEqualTo("representative");
    }

    @Test
    void aCellRulingBesideAnEmptyBoxIsNoTickAndACrossTouchingItIs() {
        BufferedImage page = blank();
        Graphics2D g = pen(page);
        // The cell's left and bottom rulings run close to the boxes.
        g.drawLine(520, 440, 520, 560);
        g.drawLine(520, 545, 1400, 545);
        box(g, 560, 500, 28, false);
        box(g, 960, 500, 28, false);
        // A hand-drawn cross overshooting its box down to the ruling.
        g.drawLine(950, 490, 1000, 545);
        g.drawLine(1000, 490, 950, 540);
        g.dispose();
        row(300, 100, 95, "Ekstern", "leverandør");
        words.add(new OcrWord("Medicin", 600, 498, 130, 32, 95, line, 0));
        words.add(new OcrWord("Tøjvask", 1000, 498, 130, 32, 95, line++, 0));
        assertThat(extract(page).value(ConsentField.SERVICES)).isEqualTo("Tøjvask");
    }

    @Test
    void findsACvrWhoseLabelOcrGarbledAfterItsFirstLetters() {
        row(300, 100, 95, "Ekstern", "leverandør");
        row(400, 100, 95, "CVRArL", "31047781");
        assertThat(extract().value(ConsentField.SUPPLIER_CVR)).isEqualTo("31047781");
    }

    @Test
    void writesTextFilledInInCapitalsInOrdinaryCase() {
        assertThat(ValueRules.fromCapitals("KAROLINE VESTERGÅRD-HOLM")).isEqualTo("Karoline Vestergård-Holm");
        assertThat(ValueRules.fromCapitals("TRANEBÆRVEJ 7, 3. TH.")).isEqualTo("Tranebærvej 7, 3. th.");
        assertThat(ValueRules.fromCapitals("HAVEMØLLEN APS")).isEqualTo("Havemøllen ApS");
        assertThat(ValueRules.fromCapitals("Ole Nyborg ApS")).isEqualTo("Ole Nyborg ApS");
    }

    @Test
    void aLongLabelWordMisreadByOneLetterStillEndsTheValue() {
        assertThat(ValueRules.isStop("udtøbsdato")).isTrue();
        assertThat(ValueRules.isStop("firmanavm")).isTrue();
        assertThat(ValueRules.isStop("vestergade")).isFalse();
        assertThat(ValueRules.isStop("nava")).isFalse();
    }

    @Test
    void aSecondReadingOfTheCropReplacesAnInvalidCvrWhenItValidates() {
        row(300, 100, 95, "Ekstern", "leverandør");
        row(400, 100, 95, "CVR-nr.:");
        // The crop, read twice, gives a valid CVR (modulus 11) where the page gave an invalid one.
        LineReader crop = (region, chars) -> List.of(new LineReader.Reading("31047781", 80),
                new LineReader.Reading("31047781", 85));
        words.add(new OcrWord("3104", 300, 400, 72, 30, 40, line - 1, 0));
        words.add(new OcrWord("7795", 400, 400, 72, 30, 40, line - 1, 0));
        BufferedImage page = blank();
        FieldValue v = extractor.extract(OcrResult.of(words, page.getWidth(), page.getHeight(), 0), page, crop)
                .get(ConsentField.SUPPLIER_CVR);
        assertThat(v.value()).isEqualTo("31047781");
        assertThat(v.confident()).isFalse(); // two agreeing readings of one crop: still to be checked
    }

    @Test
    void votesAmongValidReadingsAndKeepsThePageReadingOnATie() {
        Rereader again = new Rereader((region, chars) -> List.of(new LineReader.Reading("12-03-2025", 60),
                new LineReader.Reading("12-08-2025", 60)));
        Rereader.Vote v = again.vote(new Box(0, 0, 100, 40), LineReader.Chars.DIGITS, "12-08-2025", Rereader::date)
                .orElseThrow();
        assertThat(v.value()).isEqualTo("2025-08-12");
        assertThat(v.count()).isEqualTo(2);
        assertThat(Rereader.cpr("I7O3I2-4411")).contains("170312-4411");
        assertThat(Rereader.cpr("170399-44112")).isEmpty();
        assertThat(Rereader.phone("+45 21 43 65 87")).contains("21436587");
    }

    @Test
    void anEmptyRepresentativeLineIsNullWhenTheCitizenSigned() {
        BufferedImage page = blank();
        Graphics2D g = pen(page);
        box(g, 560, 500, 28, true);
        box(g, 960, 500, 28, false);
        g.dispose();
        row(300, 100, 95, "Underskrift");
        words.add(new OcrWord("Borger", 600, 498, 120, 32, 95, line, 0));
        words.add(new OcrWord("Stedfortræder", 1000, 498, 250, 32, 95, line++, 0));
        row(600, 100, 40, "Stedfortræders", "navn:", "Jgqwz");
        ExtractedFields f = extract(page);
        assertThat(f.value(ConsentField.SIGNER_ROLE)).isEqualTo("citizen");
        assertThat(f.value(ConsentField.REPRESENTATIVE_NAME)).isNull();
    }

    @Test
    void matchesASupplierByCvrThenByName() {
        List<KnownSupplier> known = List.of(new KnownSupplier("1", "Fjord Bud ApS", "29188408"),
                new KnownSupplier("2", "Havnens Vask & Rens", "12345674"));
        assertThat(SupplierMatcher.match("Fjrd Bud", "29188408", known)).get()
                .satisfies(m -> assertThat(m.byCvr()).isTrue());
        assertThat(SupplierMatcher.match("Havnens Vask og Rens", null, known)).get()
                .satisfies(m -> assertThat(m.supplier().id()).isEqualTo("2"));
        assertThat(SupplierMatcher.match("Helt Andet Firma", null, known)).isEmpty();
    }

    @Test
    void takesThePostcodeFromTheTownsNameWhenTheCodeIsMisreadAndJunkPrecedesTheTown() {
        row(200, 100, 95, "Postnr.", "og", "by:", "3669", "Lg", "Skanderborg");
        ExtractedFields f = extract();
        assertThat(f.value(ConsentField.POSTAL_CODE)).isEqualTo("8660");
        assertThat(f.value(ConsentField.CITY)).isEqualTo("Skanderborg");
        // Both come from a guess at the town's name: the reviewer must check them.
        assertThat(f.get(ConsentField.POSTAL_CODE).confident()).isFalse();
        assertThat(f.get(ConsentField.CITY).confident()).isFalse();
    }

    @Test
    void aWellReadTownOutweighsAValidPostcodeOfAnotherTown() {
        // 8700 with its first digit misread as 2: a valid code, but of a town far from the one written.
        row(200, 100, 95, "Postnr.", "og", "by:", "2700", "HORSENSI");
        ExtractedFields f = extract();
        assertThat(f.value(ConsentField.POSTAL_CODE)).isEqualTo("8700");
        assertThat(f.value(ConsentField.CITY)).isEqualTo("Horsens");
        assertThat(f.get(ConsentField.POSTAL_CODE).confident()).isFalse();
        assertThat(f.get(ConsentField.CITY).confident()).isFalse();

        words.clear();
        row(200, 100, 95, "Postnr.", "og", "by:", "2700", "Horsens");
        ExtractedFields g = extract();
        assertThat(g.value(ConsentField.POSTAL_CODE)).isEqualTo("8700");
        assertThat(g.value(ConsentField.CITY)).isEqualTo("Horsens");
        assertThat(g.get(ConsentField.POSTAL_CODE).confident()).isFalse();
    }

    @Test
    void readsTenUnevenlySpacedCprDigitsOnlyWhenTheDatePartIsADate() {
        row(200, 100, 90, "CPR-nr.:", "230", "4812", "157");
        FieldValue v = extract().get(ConsentField.CPR);
        assertThat(v.value()).isEqualTo("230481-2157");
        assertThat(v.confident()).isFalse();

        words.clear();
        // An impossible date: shown for checking with the reason, never as a valid CPR number.
        row(200, 100, 90, "CPR-nr.:", "320", "4812", "157");
        FieldValue w = extract().get(ConsentField.CPR);
        assertThat(w.issueKey()).isNotNull().isNotEqualTo(FieldExtractor.KEY_UNREADABLE);
        assertThat(w.confident()).isFalse();
    }

    @Test
    void dropsALoneStrokeBeforeAName() {
        row(200, 100, 95, "Navn:", "I", "Viggo", "Brandt");
        assertThat(extract().value(ConsentField.CITIZEN_NAME)).isEqualTo("Viggo Brandt");
    }

    @Test
    void capitalisesANameReadInLowerCaseAndMarksItForChecking() {
        row(200, 100, 96, "Navn:", "grete", "Lindqvist");
        FieldValue v = extract().get(ConsentField.CITIZEN_NAME);
        assertThat(v.value()).isEqualTo("Grete Lindqvist");
        assertThat(v.confident()).isFalse();
    }

    @Test
    void skipsASpeckBeforeAValue() {
        words.add(new OcrWord("Navn:", 100, 200, 90, 30, 95, line, 0));
        // A speck of dust on the underline, a fifth of the label's height.
        words.add(new OcrWord("r", 220, 226, 6, 6, 40, line, 0));
        words.add(new OcrWord("Viggo", 260, 200, 90, 30, 95, line, 0));
        words.add(new OcrWord("Brandt", 370, 200, 108, 30, 95, line++, 0));
        assertThat(extract().value(ConsentField.CITIZEN_NAME)).isEqualTo("Viggo Brandt");
    }

    @Test
    void aSpeckInsideTheFormatHintIsNotTheDate() {
        row(100, 100, 95, "Gyldighed");
        row(200, 100, 95, "Gyldig", "fra", "(dd-mm-åååå)");
        // A smudge within the printed hint, read as a digit.
        words.add(new OcrWord("1", 400, 205, 8, 20, 50, line - 1, 0));
        row(260, 100, 95, "14-09-2026");
        assertThat(extract().value(ConsentField.VALID_FROM)).isEqualTo("2026-09-14");
    }

    @Test
    void readsTallHandwritingThatReachesUpBesideItsLabelInABoxedCell() {
        row(100, 100, 95, "1.", "Borger");
        words.add(new OcrWord("Navn", 100, 200, 80, 26, 96, line++, 0));
        // Written large: the words' tops are above the label's bottom, their middles well below it.
        words.add(new OcrWord("Hugo", 120, 210, 220, 140, 90, line, 0));
        words.add(new OcrWord("Sejersen", 380, 210, 420, 140, 90, line++, 0));
        // The next cell's label, just below and overlapped by the handwriting's box.
        words.add(new OcrWord("Adresse", 100, 340, 130, 26, 96, line++, 0));
        assertThat(extract().value(ConsentField.CITIZEN_NAME)).isEqualTo("Hugo Sejersen");
    }

    @Test
    void aSmallFlakeAboveTheValueInABoxedCellDoesNotBecomeTheValue() {
        row(100, 100, 95, "1.", "Borger");
        words.add(new OcrWord("Navn", 100, 200, 80, 26, 96, line++, 0));
        // A flake of ink between the label and the value, smaller than any written letter.
        words.add(new OcrWord("v", 150, 236, 14, 12, 30, line++, 0));
        words.add(new OcrWord("Hugo", 110, 270, 90, 34, 92, line, 0));
        words.add(new OcrWord("Sejersen", 220, 270, 170, 34, 92, line++, 0));
        assertThat(extract().value(ConsentField.CITIZEN_NAME)).isEqualTo("Hugo Sejersen");
    }

    @Test
    void readsATickedBoxThatOcrGluedToItsOptionWord() {
        BufferedImage page = blank();
        Graphics2D g = pen(page);
        // Ticked boxes at the start of the words' boxes: OCR read them as "Al" and "(".
        box(g, 600, 500, 26, true);
        box(g, 992, 500, 22, true);
        g.dispose();
        row(300, 100, 95, "Ekstern", "leverandør");
        words.add(new OcrWord("AlDagligvarer", 598, 496, 260, 34, 80, line, 0));
        words.add(new OcrWord("(Medicin", 990, 496, 240, 34, 80, line++, 0));
        assertThat(extract(page).value(ConsentField.SERVICES)).isEqualTo("Dagligvarer,Medicin");
    }

    @Test
    void aHandwrittenPlusBeforeTheCountryCodeIsNotReadAsADigit() {
        row(100, 100, 95, "Borger");
        row(200, 100, 70, "Telefon:", "T", "45", "71", "32", "55", "08");
        FieldValue v = extract().get(ConsentField.PHONE);
        assertThat(v.value()).isEqualTo("71325508");
        assertThat(v.confident()).isFalse();
    }
}
