package dk.elaas.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CvrTest {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    /** Independent check of the modulus-11 rule, so the test data is verified, not assumed. */
    private static int weightedSumMod11(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11;
    }

    /**
     * Public CVR numbers of well-known Danish organisations, as published in the public CVR
     * register: Novo Nordisk A/S, Danske Bank A/S, A.P. Møller - Mærsk A/S, LEGO A/S, Aarhus
     * Kommune.
     */
    @ParameterizedTest
    @ValueSource(strings = {"24256790", "61126228", "22756214", "54562519", "55133018"})
    void acceptsPublicCompanyNumbers(String cvr) {
        assertThat(weightedSumMod11(cvr)).as("precondition: %s has a valid check digit", cvr).isZero();

        Validated v = Cvr.validate(cvr);

        assertThat(v.isValid()).isTrue();
        assertThat(v.value()).isEqualTo(cvr);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DK24256790", "dk24256790", "DK 24 25 67 90", "24 25 67 90", "2425-6790",
            " DK-24256790 ", "Dk24256790"})
    void acceptsDkPrefixSpacesAndDashesAndNormalizesToEightDigits(String raw) {
        Validated v = Cvr.validate(raw);

        assertThat(v.isValid()).as(raw).isTrue();
        assertThat(v.value()).isEqualTo("24256790");
    }

    @ParameterizedTest
    @ValueSource(strings = {"24256791", "24256709", "12345678", "DK61126229"})
    void rejectsCvrWithBadChecksum(String raw) {
        String digits = raw.replace("DK", "");
        assertThat(weightedSumMod11(digits)).as("precondition: %s has a bad check digit", raw).isNotZero();

        Validated v = Cvr.validate(raw);

        assertThat(v.isValid()).isFalse();
        assertThat(v.errorKey()).isEqualTo("validation.cvr.checksum");
        assertThat(v.errorArgs()).containsExactly(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2425679", "242567900", "DK", "2425679O", "24.25.67.90", "SE24256790", "24256790DK",
            "DKDK24256790"})
    void rejectsWrongLengthOrCharactersWithFormatKey(String raw) {
        Validated v = Cvr.validate(raw);

        assertThat(v.isValid()).as(raw).isFalse();
        assertThat(v.errorKey()).isEqualTo("validation.cvr.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01000004", "00000000", "DK 01 00 00 04"})
    void rejectsLeadingZeroEvenWhenTheChecksumPasses(String raw) {
        assertThat(weightedSumMod11(raw.replace("DK", "").replace(" ", "")))
                .as("precondition: %s passes the checksum", raw).isZero();

        assertThat(Cvr.validate(raw).errorKey()).isEqualTo("validation.cvr.leadingZero");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void reportsEmptyInputAsRequired(String raw) {
        assertThat(Cvr.validate(raw).errorKey()).isEqualTo("validation.required");
    }
}
