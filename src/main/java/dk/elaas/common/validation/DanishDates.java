package dk.elaas.common.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Danish users type them.
 *
 * <p>Accepted: {@code dd-mm-yyyy}, {@code d-m-yyyy}, {@code d/m-yyyy}, {@code d/m yyyy},
 * {@code d.m.yyyy} (any of {@code - / .} or a space between the parts), ISO {@code yyyy-mm-dd},
 * and Danish month names, full or abbreviated to at least three letters, in any case, with or
 * without a dot after the day or the abbreviation: {@code 3. marts 2026}, {@code 3 mar. 2026},
 * {@code 12. december 2025}. Years must have four digits (1000-9999); two-digit years are
 * rejected because they are ambiguous. Impossible dates such as 31-02-2026 are rejected.
 */
public final class DanishDates {

    static final String KEY_FORMAT = "validation.date.format";
    static final String KEY_INVALID = "validation.date.invalid";

    private static final String SEP = "(?:\\s*[-./]\\s*|\\s+)";
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})" + SEP + "(\\d{1,2})" + SEP + "(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})\\.?\\s*(\\p{L}+)\\.?\\s*(\\d{4})");
    private static final List<String> MONTHS = List.of(
            "januar", "februar", "marts", "april", "maj", "juni",
            "juli", "august", "september", "oktober", "november", "december");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private DanishDates() {
    }

    /** Parses a date in one of the accepted forms, or empty if it is unreadable or impossible. */
    public static Optional<LocalDate> parse(String raw) {
        return Optional.ofNullable(read(raw).date());
    }

    /** Formats as {@code dd-MM-yyyy}, e.g. {@code 03-03-2026}; null gives {@code ""}. */
    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    /** Valid when {@link #parse} succeeds. Normalized: ISO {@code yyyy-MM-dd}. */
    public static Validated validate(String raw) {
        if (Text.isBlank(raw)) {
            return Validated.error(Messages.REQUIRED);
        }
        Reading r = read(raw);
        if (r.date() != null) {
            return Validated.ok(r.date().toString());
        }
        String shown = Text.strip(raw);
        return r.recognized() ? Validated.error(KEY_INVALID, shown) : Validated.error(KEY_FORMAT, shown);
    }

    /** {@code recognized}: the text had one of the accepted shapes; {@code date}: null if impossible. */
    private record Reading(boolean recognized, LocalDate date) {
        static final Reading UNREADABLE = new Reading(false, null);
    }

    private static Reading read(String raw) {
        if (Text.isBlank(raw)) {
            return Reading.UNREADABLE;
        }
        String s = Text.strip(raw).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return dateOf(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            return dateOf(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        m = NAMED.matcher(s);
        if (m.matches()) {
            int month = monthNumber(m.group(2));
            return month == 0 ? Reading.UNREADABLE : dateOf(m.group(3), month, m.group(1));
        }
        return Reading.UNREADABLE;
    }

    /** 1-12 for a Danish month name or an unambiguous abbreviation of at least 3 letters, else 0. */
    private static int monthNumber(String name) {
        if (name.length() < 3) {
            return 0;
        }
        int found = 0;
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(name)) {
                if (found != 0) {
                    return 0;
                }
                found = i + 1;
            }
        }
        return found;
    }

    private static Reading dateOf(String year, int month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1000) {
            return new Reading(true, null);
        }
        try {
            return new Reading(true, LocalDate.of(y, month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return new Reading(true, null);
        }
    }
}
