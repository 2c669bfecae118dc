package dk.elaas.common.validation;

/**
 * Danish phone numbers: eight digits once spaces and an optional {@code +45} or {@code 0045}
 * country prefix are removed. Normalized form: the eight digits.
 */
public final class Phone {

    static final String KEY_FORMAT = "validation.phone.format";

    private Phone() {
    }

    public static Validated validate(String raw) {
        if (Text.isBlank(raw)) {
            return Validated.error(Messages.REQUIRED);
        }
        String s = Text.removeWhitespace(raw);
        if (s.startsWith("+45")) {
            s = s.substring(3);
        } else if (s.startsWith("0045")) {
            s = s.substring(4);
        }
        return Text.isAsciiDigits(s, 8) ? Validated.ok(s) : Validated.error(KEY_FORMAT);
    }
}
