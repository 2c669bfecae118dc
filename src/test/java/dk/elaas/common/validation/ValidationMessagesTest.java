package dk.elaas.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key the validators can return has a message in Danish (default) and English. */
class ValidationMessagesTest {

    private static final List<String> KEYS = List.of(
            Messages.REQUIRED,
            Cpr.KEY_FORMAT, Cpr.KEY_DATE,
            Cvr.KEY_FORMAT, Cvr.KEY_LEADING_ZERO, Cvr.KEY_CHECKSUM,
            Phone.KEY_FORMAT,
            Email.KEY_FORMAT,
            Postcodes.KEY_FORMAT, Postcodes.KEY_UNKNOWN,
            DanishDates.KEY_FORMAT, DanishDates.KEY_INVALID);

    private static ResourceBundle bundle(String language) {
        Locale locale = language.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(language);
        return ResourceBundle.getBundle("dk.elaas.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en"})
    void everyValidationKeyHasAMessage(String language) {
        ResourceBundle bundle = bundle(language);

        for (String key : KEYS) {
            assertThat(bundle.containsKey(key)).as("%s in bundle '%s'", key, language).isTrue();
            assertThat(bundle.getString(key)).as(key).isNotBlank().endsWith(".");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en"})
    void messagesFormatWithTheReturnedArguments(String language) {
        ResourceBundle bundle = bundle(language);
        List<Validated> samples = List.of(
                Cpr.validate("310226-4000"),
                Cvr.validate("24256791"),
                Postcodes.load().validate("9999"),
                DanishDates.validate("31-02-2026"),
                DanishDates.validate("i går"));

        for (Validated v : samples) {
            String text = new MessageFormat(bundle.getString(v.errorKey()), Locale.ROOT).format(v.errorArgs());
            assertThat(text).as(v.errorKey()).contains(String.valueOf(v.errorArgs()[0])).doesNotContain("{0}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void danishMessagesUseRealDanishLetters(String language) {
        ResourceBundle bundle = bundle(language);

        assertThat(bundle.getString(Cpr.KEY_DATE)).contains("første");
        assertThat(bundle.getString(Messages.REQUIRED)).isEqualTo("Feltet skal udfyldes.");
    }
}
