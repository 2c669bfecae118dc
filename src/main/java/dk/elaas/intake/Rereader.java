package dk.elaas.intake;

import dk.elaas.common.validation.Cpr;
import dk.elaas.common.validation.Cvr;
import dk.elaas.common.validation.DanishDates;
import dk.elaas.common.validation.Phone;
import dk.elaas.common.validation.Validated;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Second readings of a value: its crop read again (see {@link LineReader}), each reading parsed and
 * validated by the field's rule, and a vote among the valid ones. Agreement between readings is what
 * may raise the confidence; a value only one reading gives stays marked for checking.
 */
final class Rereader {

    private static final Pattern CPR = Pattern.compile("(?<!\\d)(\\d{6})\\s*[-.]?\\s*(\\d{4})(?!\\d)");
    private static final Pattern JOINED_DATE = Pattern.compile("(?<![\\d.\\-/])(\\d{3,4})\\s*[-./]\\s*(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DATE = Pattern.compile("(\\d{1,2})\\.?\\s*(\\p{L}{3,})\\.?\\s*(\\d{4})");

    /** A field's rule: the normalised value of a reading, or empty when it does not validate. */
    interface Parser {
        Optional<String> parse(String raw);
    }

    /**
     * The winning value, how many readings gave it and how many there were, and the raw text of
     * the first reading that gave it.
     */
    record Vote(String value, int count, int readings, String raw) {

        double confidence(boolean strongCheck) {
            if (strongCheck) {
                // Modulus 11 catches every single wrong digit; with all readings agreeing it is safe.
                return count >= 3 ? 0.93 : count == 2 ? 0.85 : 0.6;
            }
            return count >= 3 ? 0.85 : count == 2 ? 0.75 : 0.5;
        }
    }

    private final LineReader reader;

    Rereader(LineReader reader) {
        this.reader = reader;
    }

    /** The crop's own readings of a region widened within {@code bounds}; empty when there is none. */
    List<LineReader.Reading> readings(Box region, Box bounds, LineReader.Chars chars) {
        return region == null ? List.of() : reader.read(region, bounds == null ? region : bounds, chars);
    }

    /** Votes over the page's reading {@code pageRaw} and the readings of {@code region}. */
    Optional<Vote> vote(Box region, LineReader.Chars chars, String pageRaw, Parser parse) {
        return vote(region, region, chars, pageRaw, parse);
    }

    /** The same, with the crop widened within {@code bounds} to ink OCR left out. */
    Optional<Vote> vote(Box region, Box bounds, LineReader.Chars chars, String pageRaw, Parser parse) {
        if (region == null) {
            return Optional.empty();
        }
        Map<String, int[]> votes = new LinkedHashMap<>();
        Map<String, String> raws = new LinkedHashMap<>();
        int readings = 1;
        parse.parse(pageRaw).ifPresent(v -> {
            votes.computeIfAbsent(v, k -> new int[1])[0]++;
            raws.putIfAbsent(v, pageRaw);
        });
        for (LineReader.Reading r : reader.read(region, bounds == null ? region : bounds, chars)) {
            readings++;
            parse.parse(r.text()).ifPresent(v -> {
                votes.computeIfAbsent(v, k -> new int[1])[0]++;
                raws.putIfAbsent(v, r.text());
            });
        }
        String best = null;
        for (Map.Entry<String, int[]> e : votes.entrySet()) {
            if (best == null || e.getValue()[0] > votes.get(best)[0]) {
                best = e.getKey(); // ties: the earlier reading (the page's) wins
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Vote(best, votes.get(best)[0], readings, raws.get(best)));
    }

    /**
     * A text value (name, address) read again: the crop's reading when both its variants read the
     * same plausible text with a higher confidence than the page's words had.
     */
    Optional<LineReader.Reading> betterText(Box region, Box bounds, String pageText, double pageConfidence,
                                            java.util.function.Predicate<String> plausible) {
        if (region == null) {
            return Optional.empty();
        }
        List<LineReader.Reading> rs = reader.read(region, bounds == null ? region : bounds,
                LineReader.Chars.ANY);
        if (rs.size() < 2) {
            return Optional.empty();
        }
        String a = ValueRules.tidy(rs.get(0).text());
        String b = ValueRules.tidy(rs.get(1).text());
        double conf = Math.min(rs.get(0).confidence(), rs.get(1).confidence());
        if (!a.equals(b) || a.equals(pageText) || !plausible.test(a) || conf <= pageConfidence) {
            return Optional.empty();
        }
        return Optional.of(new LineReader.Reading(a, conf));
    }

    static Optional<String> cpr(String raw) {
        Matcher m = CPR.matcher(ValueRules.digits(raw));
        if (!m.find()) {
            // Handwritten digits spaced unevenly ("22105 5-0835"): a CPR number has no space inside a group.
            m = CPR.matcher(ValueRules.digits(raw).replaceAll("(?<=\\d)\\s+(?=\\d)", ""));
            if (!m.find()) {
                return Optional.empty();
            }
        }
        Validated v = Cpr.validate(m.group(1) + "-" + m.group(2));
        return v.isValid() ? Optional.of(v.value()) : Optional.empty();
    }

    static Optional<String> phone(String raw) {
        Validated v = Phone.validate(ValueRules.digits(raw).replaceAll("[^\\d+]", ""));
        return v.isValid() ? Optional.of(v.value()) : Optional.empty();
    }

    static Optional<String> cvr(String raw) {
        String digits = ValueRules.digits(raw).replaceAll("\\D", "");
        if (digits.length() != 8) {
            return Optional.empty();
        }
        Validated v = Cvr.validate(digits);
        return v.isValid() ? Optional.of(v.value()) : Optional.empty();
    }

    /** A date as written on the form, in this century's range; ISO. */
    static Optional<String> date(String raw) {
        return parseDate(raw).filter(d -> d.getYear() >= 2000 && d.getYear() <= 2100).map(LocalDate::toString);
    }

    /** A date as written on the form; digits that OCR read as letters are mapped back first. */
    private static Optional<LocalDate> parseDate(String raw) {
        Optional<LocalDate> d = DanishDates.parse(raw.replaceAll("[,_]", "."));
        if (d.isPresent()) {
            return d;
        }
        String digits = ValueRules.digits(raw).replaceAll("\\s*([-./])\\s*", "$1").strip();
        d = DanishDates.parse(digits);
        if (d.isPresent()) {
            return d;
        }
        // Handwritten digits spaced unevenly ("18-01-202 5"): a numeric date has no space inside a number.
        d = DanishDates.parse(digits.replaceAll("(?<=\\d)\\s+(?=\\d)", ""));
        if (d.isPresent()) {
            return d;
        }
        // Day and month run together where the pen's dot between them was lost ("237.2024" for 23.7.2024):
        // taken only when one split of the digits gives a real date.
        Matcher joined = JOINED_DATE.matcher(digits.replaceAll("(?<=\\d)\\s+(?=\\d)", ""));
        if (joined.find()) {
            String dm = joined.group(1);
            List<LocalDate> dates = new java.util.ArrayList<>();
            for (int cut = 1; cut < dm.length(); cut++) {
                DanishDates.parse(dm.substring(0, cut) + "." + dm.substring(cut) + "." + joined.group(2))
                        .filter(x -> !dates.contains(x)).ifPresent(dates::add);
            }
            if (dates.size() == 1) {
                return Optional.of(dates.get(0));
            }
        }
        // "3. marts 2026" with OCR noise around the month name.
        Matcher m = MONTH_DATE.matcher(raw);
        return m.find() ? DanishDates.parse(m.group(1) + ". " + m.group(2) + " " + m.group(3)) : Optional.empty();
    }
}
