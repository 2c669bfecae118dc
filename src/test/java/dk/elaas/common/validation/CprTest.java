package dk.elaas.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CprTest {

    private static final int[] MOD11_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

    /** Independent modulus-11 computation, so the tests can show which numbers fail it. */
    private static boolean passesModulus11(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (tenDigits.charAt(i) - '0') * MOD11_WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    @ParameterizedTest
    @ValueSource(strings = {"010203-1234", "0102031234", " 010203-1234 ", "010203 1234", "\t0102031234\u00A0"})
    void acceptsAllWrittenFormsAndNormalizesWithDash(String raw) {
        Validated v = Cpr.validate(raw);

        assertThat(v.isValid()).as(raw).isTrue();
        assertThat(v.value()).isEqualTo("010203-1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0101104000", "150312-4123", "290208-4123", "010715-4567"})
    void acceptsNumbersOfPeopleBornSince2007ThatFailModulus11(String raw) {
        String digits = raw.replace("-", "");
        assertThat(passesModulus11(digits)).as("precondition: %s fails modulus 11", raw).isFalse();
        assertThat(Cpr.birthDate(raw)).get().satisfies(d -> assertThat(d.getYear()).isGreaterThanOrEqualTo(2007));

        assertThat(Cpr.validate(raw).isValid()).isTrue();
    }

    @Test
    void acceptsOlderNumberThatFailsModulus11Too() {
        assertThat(passesModulus11("0102031234")).isFalse();
        assertThat(Cpr.validate("010203-1234").isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010203-123", "010203-12345", "01020312", "01-02-03-1234", "010203/1234",
            "abcdef-ghij", "010203-12a4", "010203--1234", "01020 31234", "+010203-1234"})
    void rejectsWrongShapeWithFormatKey(String raw) {
        Validated v = Cpr.validate(raw);

        assertThat(v.isValid()).as(raw).isFalse();
        assertThat(v.errorKey()).isEqualTo("validation.cpr.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0"})
    void reportsEmptyInputAsRequired(String raw) {
        assertThat(Cpr.validate(raw).errorKey()).isEqualTo("validation.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"310226-4000", "310206-1234", "320190-1234", "000190-1234", "011390-1234",
            "010090-1234", "310490-1234"})
    void rejectsImpossibleDatesWithDateKeyAndTheSixDigits(String raw) {
        Validated v = Cpr.validate(raw);

        assertThat(v.isValid()).as(raw).isFalse();
        assertThat(v.errorKey()).isEqualTo("validation.cpr.date");
        assertThat(v.errorArgs()).containsExactly(raw.substring(0, 6));
    }

    @Test
    void february29IsValidIn2000ButNotIn1900DependingOnTheSeventhDigit() {
        // 7th digit 4 and yy 00 -> 2000, a leap year (divisible by 400).
        assertThat(Cpr.validate("290200-4000").isValid()).isTrue();
        assertThat(Cpr.birthDate("290200-4000")).contains(LocalDate.of(2000, 2, 29));
        // 7th digit 0 and yy 00 -> 1900, not a leap year (divisible by 100, not 400).
        assertThat(Cpr.validate("290200-0000").errorKey()).isEqualTo("validation.cpr.date");
    }

    @Test
    void february29FollowsOrdinaryLeapYears() {
        assertThat(Cpr.validate("290296-1234").isValid()).isTrue();   // 1996
        assertThat(Cpr.validate("290297-1234").isValid()).isFalse();  // 1997
        assertThat(Cpr.validate("290208-4123").isValid()).isTrue();   // 2008
        assertThat(Cpr.validate("290209-4123").isValid()).isFalse();  // 2009
        assertThat(Cpr.validate("290296-5123").isValid()).isTrue();   // 1896
        assertThat(Cpr.validate("290297-5123").isValid()).isFalse();  // 1897
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "010100-0000, 1900-01-01",
            "010199-1000, 1999-01-01",
            "010150-2000, 1950-01-01",
            "010110-3000, 1910-01-01",
            "010136-4000, 2036-01-01",
            "010137-4000, 1937-01-01",
            "010100-4000, 2000-01-01",
            "010199-4000, 1999-01-01",
            "010136-9000, 2036-01-01",
            "010137-9000, 1937-01-01",
            "010157-5000, 2057-01-01",
            "010158-5000, 1858-01-01",
            "010100-6000, 2000-01-01",
            "010199-7000, 1899-01-01",
            "010157-8000, 2057-01-01",
            "010158-8000, 1858-01-01",
    })
    void derivesCenturyFromSeventhDigit(String cpr, LocalDate expected) {
        assertThat(Cpr.birthDate(cpr)).contains(expected);
    }

    @Test
    void birthDateAcceptsRawFormsAndIsEmptyForInvalidInput() {
        assertThat(Cpr.birthDate(" 1503124123 ")).contains(LocalDate.of(2012, 3, 15));
        assertThat(Cpr.birthDate("310226-4000")).isEmpty();
        assertThat(Cpr.birthDate("not a cpr")).isEmpty();
        assertThat(Cpr.birthDate(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010203-1234", "0102031234", " 010203 1234 "})
    void masksTheLastFourDigits(String raw) {
        assertThat(Cpr.mask(raw)).isEqualTo("010203-xxxx");
    }

    @Test
    void maskOfNullOrBlankIsEmpty() {
        assertThat(Cpr.mask(null)).isEmpty();
        assertThat(Cpr.mask("  ")).isEmpty();
    }

    @Test
    void maskNeverRevealsDigitsOfInputThatIsNotACprNumber() {
        assertThat(Cpr.mask("12345")).isEqualTo("xxxxxx-xxxx");
        assertThat(Cpr.mask("010203-123")).doesNotContain("123").isEqualTo("xxxxxx-xxxx");
    }
}
