package dk.elaas.common.validation;

import java.util.Locale;

/**
 * Danish CVR numbers (company registration numbers): eight digits, first digit not 0, and the
 * digits weighted 2,7,6,5,4,3,2,1 sum to a multiple of 11. A {@code DK} prefix (VAT style), spaces
 * and dashes are ignored. Normalized form: the eight digits.
 */
public final class Cvr {

    static final String KEY_FORMAT = "validation.cvr.format";
    static final String KEY_LEADING_ZERO = "validation.cvr.leadingZero";
    static final String KEY_CHECKSUM = "validation.cvr.checksum";

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private Cvr() {
    }

    public static Validated validate(String raw) {
        if (Text.isBlank(raw)) {
            return Validated.error(Messages.REQUIRED);
        }
        String s = Text.removeWhitespace(raw).replace("-", "");
        if (s.toUpperCase(Locale.ROOT).startsWith("DK")) {
            s = s.substring(2);
        }
        if (!Text.isAsciiDigits(s, 8)) {
            return Validated.error(KEY_FORMAT);
        }
        if (s.charAt(0) == '0') {
            return Validated.error(KEY_LEADING_ZERO);
        }
        if (weightedSum(s) % 11 != 0) {
            return Validated.error(KEY_CHECKSUM, s);
        }
        return Validated.ok(s);
    }

    private static int weightedSum(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum;
    }
}
