package dk.elaas.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidatedTest {

    @Test
    void okCarriesNormalizedValueAndNoError() {
        Validated v = Validated.ok("12345678");

        assertThat(v.isValid()).isTrue();
        assertThat(v.value()).isEqualTo("12345678");
        assertThat(v.errorKey()).isNull();
        assertThat(v.errorArgs()).isEmpty();
    }

    @Test
    void errorCarriesKeyAndArgsButNoValue() {
        Validated v = Validated.error("validation.cvr.checksum", "12345678");

        assertThat(v.isValid()).isFalse();
        assertThat(v.value()).isNull();
        assertThat(v.errorKey()).isEqualTo("validation.cvr.checksum");
        assertThat(v.errorArgs()).containsExactly("12345678");
    }

    @Test
    void equalErrorsWithEqualArgsAreEqualAndHashAlike() {
        Validated a = Validated.error("k", "x", 1);
        Validated b = Validated.error("k", "x", 1);

        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a).isNotEqualTo(Validated.error("k", "y", 1));
        assertThat(a).isNotEqualTo(Validated.error("other", "x", 1));
        assertThat(Validated.ok("a")).isEqualTo(Validated.ok("a")).isNotEqualTo(Validated.ok("b"));
    }

    @Test
    void argsAreDefensivelyCopied() {
        Object[] args = {"before"};
        Validated v = Validated.error("k", args);
        args[0] = "after";
        v.errorArgs()[0] = "tampered";

        assertThat(v.errorArgs()).containsExactly("before");
    }

    @Test
    void toStringShowsValueOrKeyAndArgs() {
        assertThat(Validated.ok("8000").toString()).contains("8000");
        assertThat(Validated.error("validation.postcode.unknown", "9999").toString())
                .contains("validation.postcode.unknown").contains("9999");
    }

    @Test
    void rejectsBothOrNeitherOfValueAndKey() {
        assertThatThrownBy(() -> new Validated("v", "k", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Validated(null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Validated.ok(null)).isInstanceOf(NullPointerException.class);
    }
}
