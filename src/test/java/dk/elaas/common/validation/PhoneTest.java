package dk.elaas.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "12 34 56 78", "1234 5678", "+4512345678", "+45 12 34 56 78",
            "004512345678", "0045 12 34 56 78", "  12345678  ", "+45\u00A012\u00A034\u00A056\u00A078"})
    void acceptsEightDigitsWithOptionalCountryCodeAndSpaces(String raw) {
        Validated v = Phone.validate(raw);

        assertThat(v.isValid()).as(raw).isTrue();
        assertThat(v.value()).isEqualTo("12345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "+451234567", "+46 12 34 56 78", "45 12 34 56 78",
            "+4512345678 9", "1234-5678", "12.34.56.78", "1234567a", "+45", "0045", "++4512345678",
            "00451234567", "tlf. 12345678"})
    void rejectsBadPhoneNumbersWithFormatKey(String raw) {
        Validated v = Phone.validate(raw);

        assertThat(v.isValid()).as(raw).isFalse();
        assertThat(v.errorKey()).isEqualTo("validation.phone.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t "})
    void reportsEmptyInputAsRequired(String raw) {
        assertThat(Phone.validate(raw).errorKey()).isEqualTo("validation.required");
    }
}
