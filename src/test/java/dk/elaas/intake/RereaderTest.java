package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading a CPR number and a date from what OCR made of handwritten digits. */
class RereaderTest {

    @Test
    void aCprNumberAsWrittenIsRead() {
        assertThat(Rereader.cpr("221055-0835")).contains("221055-0835");
        assertThat(Rereader.cpr("2210550835")).contains("221055-0835");
        assertThat(Rereader.cpr("221055 0835")).contains("221055-0835");
    }

    @Test
    void aCprNumberWithASpaceInsideAGroupIsRead() {
        assertThat(Rereader.cpr("22105 5-0835")).contains("221055-0835");
        assertThat(Rereader.cpr("22 1055-0835")).contains("221055-0835");
        assertThat(Rereader.cpr("2210 55 0835")).contains("221055-0835");
        assertThat(Rereader.cpr("22105 5-08 35")).contains("221055-0835");
    }

    @Test
    void spacesDoNotMakeACprNumberOfTheWrongNumberOfDigits() {
        assertThat(Rereader.cpr("22105-0835")).isEmpty();
        assertThat(Rereader.cpr("2210 5-0835")).isEmpty();
        assertThat(Rereader.cpr("22105 5-0835 1")).isEmpty();
        assertThat(Rereader.cpr("22135 5-0835")).as("month 13").isEmpty();
    }

    @Test
    void aDateWhoseDayAndMonthRanTogetherIsSplitWhereOnlyOneSplitIsADate() {
        assertThat(Rereader.date("237.2024")).contains("2024-07-23");
        assertThat(Rereader.date("1203.2024")).contains("2024-03-12");
        assertThat(Rereader.date("3011.2024")).contains("2024-11-30");
        assertThat(Rereader.date("0107.2024")).contains("2024-07-01");
        assertThat(Rereader.date("237-2024")).contains("2024-07-23");
        assertThat(Rereader.date("23 7.2024")).contains("2024-07-23");
    }

    @Test
    void aRunTogetherDateThatSplitsTwoWaysIsNotGuessed() {
        // 1.11 or 11.1; 3.11 or 31.1.
        assertThat(Rereader.date("111.2024")).isEmpty();
        assertThat(Rereader.date("311.2024")).isEmpty();
    }

    @Test
    void aRunTogetherDateThatSplitsNoWayIsNotRead() {
        assertThat(Rereader.date("3213.2024")).isEmpty();
        assertThat(Rereader.date("9999.2024")).isEmpty();
    }

    @Test
    void aDateWithAllItsSeparatorsIsReadAsBefore() {
        assertThat(Rereader.date("23.7.2024")).contains("2024-07-23");
        assertThat(Rereader.date("12.03.2024")).contains("2024-03-12");
        assertThat(Rereader.date("1.11.2024")).contains("2024-11-01");
        assertThat(Rereader.date("11.1.2024")).contains("2024-01-11");
    }
}
