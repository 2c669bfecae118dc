package dk.elaas.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "anna@example.dk|anna@example.dk",
            "  Anna.Hansen@Example.DK  |Anna.Hansen@example.dk",
            "ole+laase@mail.aarhus.dk|ole+laase@mail.aarhus.dk",
            "søren@kommune.dk|søren@kommune.dk",
            "a@b.co|a@b.co",
            "info@sønderborg-kommune.dk|info@sønderborg-kommune.dk",
    })
    void acceptsOrdinaryAddressesAndLowerCasesTheDomain(String raw, String expected) {
        Validated v = Email.validate(raw);

        assertThat(v.isValid()).as(raw).isTrue();
        assertThat(v.value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "@example.dk", "anna@example", "anna@@example.dk",
            "anna@ex@ample.dk", "anna hansen@example.dk", "anna@exa mple.dk", "anna@.example.dk",
            "anna@example.dk.", "anna@example..dk", "anna@example.d", "anna@-example.dk",
            "anna@example,dk", "anna@example.dk;ole@example.dk", "<anna@example.dk>", "anna@exam_ple.dk"})
    void rejectsMalformedAddressesWithFormatKey(String raw) {
        Validated v = Email.validate(raw);

        assertThat(v.isValid()).as(raw).isFalse();
        assertThat(v.errorKey()).isEqualTo("validation.email.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void reportsEmptyInputAsRequired(String raw) {
        assertThat(Email.validate(raw).errorKey()).isEqualTo("validation.required");
    }
}
