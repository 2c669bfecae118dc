package dk.elaas.common.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Danish CPR numbers (personnummer).
 *
 * <p>Accepts {@code ddmmyy-xxxx}, {@code ddmmyyxxxx} and {@code ddmmyy xxxx}, with surrounding
 * spaces. The first six digits must be a real date; the century comes from the 7th digit as laid
 * down by the CPR office. Modulus 11 is deliberately <em>not</em> checked: since 2007 numbers are
 * issued that do not satisfy it.
 */
public final class Cpr {

    static final String KEY_FORMAT = "validation.cpr.format";
    static final String KEY_DATE = "validation.cpr.date";

    private static final Pattern SHAPE = Pattern.compile("(\\d{6})[- ]?(\\d{4})");
    private static final Pattern MASKABLE = Pattern.compile("(\\d{6})\\s*[- ]?\\s*\\d{4}");

    private Cpr() {
    }

    public static Validated validate(String raw) {
        if (Text.isBlank(raw)) {
            return Validated.error(Messages.REQUIRED);
        }
        Matcher m = SHAPE.matcher(Text.strip(raw));
        if (!m.matches()) {
            return Validated.error(KEY_FORMAT);
        }
        String datePart = m.group(1);
        String serial = m.group(2);
        if (toBirthDate(datePart, serial).isEmpty()) {
            return Validated.error(KEY_DATE, datePart);
        }
        return Validated.ok(datePart + "-" + serial);
    }

    /** The birth date encoded in a CPR number, or empty when the number is not valid. */
    public static Optional<LocalDate> birthDate(String normalizedOrRaw) {
        if (Text.isBlank(normalizedOrRaw)) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(Text.strip(normalizedOrRaw));
        return m.matches() ? toBirthDate(m.group(1), m.group(2)) : Optional.empty();
    }

    /**
     * Masks the serial part: {@code 010203-1234} becomes {@code 010203-xxxx}. Null or blank gives
     * {@code ""}. Input that does not look like a CPR number is masked completely
     * ({@code xxxxxx-xxxx}) so that nothing typed into a CPR field is ever shown in clear.
     */
    public static String mask(String cpr) {
        if (Text.isBlank(cpr)) {
            return "";
        }
        Matcher m = MASKABLE.matcher(Text.strip(cpr));
        return m.matches() ? m.group(1) + "-xxxx" : "xxxxxx-xxxx";
    }

    /** The full four-digit year for a two-digit year and the 7th digit, per the CPR rules. */
    static int fullYear(int yy, int seventhDigit) {
        return switch (seventhDigit) {
            case 0, 1, 2, 3 -> 1900 + yy;
            case 4, 9 -> (yy <= 36 ? 2000 : 1900) + yy;
            case 5, 6, 7, 8 -> (yy <= 57 ? 2000 : 1800) + yy;
            default -> throw new IllegalArgumentException("Not a digit: " + seventhDigit);
        };
    }

    private static Optional<LocalDate> toBirthDate(String ddmmyy, String serial) {
        int day = Integer.parseInt(ddmmyy.substring(0, 2));
        int month = Integer.parseInt(ddmmyy.substring(2, 4));
        int yy = Integer.parseInt(ddmmyy.substring(4, 6));
        int year = fullYear(yy, serial.charAt(0) - '0');
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
