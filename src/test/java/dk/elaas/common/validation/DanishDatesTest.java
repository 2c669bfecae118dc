package dk.elaas.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DanishDatesTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "03-03-2026|2026-03-03",
            "3-3-2026|2026-03-03",
            "3/3-2026|2026-03-03",
            "3/3 2026|2026-03-03",
            "3.3.2026|2026-03-03",
            "03.03.2026|2026-03-03",
            "03/03/2026|2026-03-03",
            "  12-12-2025  |2025-12-12",
            "2026-03-03|2026-03-03",
            "2026-3-3|2026-03-03",
            "31-12-1999|1999-12-31",
            "29-02-2024|2024-02-29",
    })
    void parsesNumericForms(String raw, LocalDate expected) {
        assertThat(DanishDates.parse(raw)).contains(expected);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "3. marts 2026|2026-03-03",
            "3 marts 2026|2026-03-03",
            "3 mar. 2026|2026-03-03",
            "3. mar. 2026|2026-03-03",
            "3 mar 2026|2026-03-03",
            "3. MARTS 2026|2026-03-03",
            "3. Marts 2026|2026-03-03",
            "3.marts 2026|2026-03-03",
            "12. december 2025|2025-12-12",
            "12. dec. 2025|2025-12-12",
            "1. januar 2026|2026-01-01",
            "1 jan 2026|2026-01-01",
            "28. februar 2026|2026-02-28",
            "28 feb. 2026|2026-02-28",
            "15. april 2026|2026-04-15",
            "15 apr. 2026|2026-04-15",
            "5. maj 2026|2026-05-05",
            "21. juni 2026|2026-06-21",
            "21 jun. 2026|2026-06-21",
            "24. juli 2026|2026-07-24",
            "24 jul. 2026|2026-07-24",
            "9. august 2026|2026-08-09",
            "9 aug. 2026|2026-08-09",
            "30. september 2026|2026-09-30",
            "30 sep. 2026|2026-09-30",
            "30 sept. 2026|2026-09-30",
            "31. oktober 2026|2026-10-31",
            "31 okt. 2026|2026-10-31",
            "11. november 2026|2026-11-11",
            "11 nov. 2026|2026-11-11",
            "  3.   marts   2026 |2026-03-03",
    })
    void parsesDanishMonthNamesFullAndAbbreviatedInAnyCase(String raw, LocalDate expected) {
        assertThat(DanishDates.parse(raw)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2026", "29-02-2026", "29-02-1900", "32-01-2026", "00-01-2026", "15-13-2026",
            "15-00-2026", "31-04-2026", "2026-02-30", "30. februar 2026", "31 nov. 2026", "31.06.2026"})
    void rejectsImpossibleDates(String raw) {
        assertThat(DanishDates.parse(raw)).isEmpty();

        Validated v = DanishDates.validate(raw);
        assertThat(v.isValid()).isFalse();
        assertThat(v.errorKey()).isEqualTo("validation.date.invalid");
        assertThat(v.errorArgs()).containsExactly(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-03-26", "3.3.26", "3/3", "03032026", "2026/03/03", "3. march 2026",
            "3. ma 2026", "3. marts", "marts 2026", "i går", "3-3-20266", "03-03-0202", "1. j 2026",
            "3 martsen 2026"})
    void rejectsUnreadableTextAndTwoDigitYears(String raw) {
        assertThat(DanishDates.parse(raw)).isEmpty();

        Validated v = DanishDates.validate(raw);
        assertThat(v.isValid()).isFalse();
        assertThat(v.errorKey()).isIn("validation.date.format", "validation.date.invalid");
    }

    @Test
    void distinguishesUnreadableFromImpossible() {
        assertThat(DanishDates.validate("3. march 2026").errorKey()).isEqualTo("validation.date.format");
        assertThat(DanishDates.validate("03-03-26").errorKey()).isEqualTo("validation.date.format");
        assertThat(DanishDates.validate("31-02-2026").errorKey()).isEqualTo("validation.date.invalid");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void emptyInputIsRequiredAndDoesNotParse(String raw) {
        assertThat(DanishDates.parse(raw)).isEmpty();
        assertThat(DanishDates.validate(raw).errorKey()).isEqualTo("validation.required");
    }

    @Test
    void validateNormalizesToIso() {
        Validated v = DanishDates.validate("3. marts 2026");

        assertThat(v.isValid()).isTrue();
        assertThat(v.value()).isEqualTo("2026-03-03");
    }

    @Test
    void formatsAsDayMonthYearWithDashes() {
        assertThat(DanishDates.format(LocalDate.of(2026, 3, 3))).isEqualTo("03-03-2026");
        assertThat(DanishDates.format(LocalDate.of(1999, 12, 31))).isEqualTo("31-12-1999");
        assertThat(DanishDates.format(null)).isEmpty();
    }

    @Test
    void formatAndParseRoundTrip() {
        LocalDate d = LocalDate.of(2025, 12, 12);

        assertThat(DanishDates.parse(DanishDates.format(d))).contains(d);
    }
}
