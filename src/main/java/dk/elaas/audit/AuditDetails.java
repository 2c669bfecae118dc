package dk.elaas.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the {@code details} text that {@link AuditTrail} writes: one {@code field: value} per field for a
 * creation and {@code field: before → after} for a change, values quoted ({@code "x"}) or written bare
 * ({@code –} for none, {@code ?} for unknown, {@code (n bytes)}, a masked CPR, a referenced record's label or
 * id). The stored text is hash-chained and never rewritten; this only reads it, and whatever it cannot take
 * apart comes back whole as a {@link Entry} without a field, so nothing written is hidden.
 */
public final class AuditDetails {

    /** How a stored value was written. */
    public enum Form { QUOTED, EMPTY, UNKNOWN, BYTES, BARE }

    /** One stored value: {@code text} is the content without quotes (for BYTES the number of bytes). */
    public record Value(Form form, String text) {

        static Value parse(String raw) {
            if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
                return new Value(Form.QUOTED, raw.substring(1, raw.length() - 1));
            }
            if (raw.equals("–")) {
                return new Value(Form.EMPTY, "");
            }
            if (raw.equals("?")) {
                return new Value(Form.UNKNOWN, "");
            }
            Matcher bytes = BYTES.matcher(raw);
            if (bytes.matches()) {
                return new Value(Form.BYTES, bytes.group(1));
            }
            return new Value(Form.BARE, raw);
        }
    }

    /**
     * One field as recorded: {@code before} is null for a creation (then {@code after} is the value). A line
     * that could not be read has a null {@code field} and the line's text in {@code after}.
     */
    public record Entry(String field, Value before, Value after) {
        public boolean changed() {
            return before != null;
        }
    }

    private static final Pattern BYTES = Pattern.compile("\\((\\d+) bytes\\)");
    private static final Pattern FIELD_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*): (.*)", Pattern.DOTALL);
    private static final String ARROW = " → ";

    private AuditDetails() {
    }

    /** The fields of a CREATE or UPDATE event with their values; empty for other actions. */
    public static List<Entry> parse(AuditRecord r) {
        boolean update = AuditAction.UPDATE.name().equals(r.action());
        if (!update && !AuditAction.CREATE.name().equals(r.action())) {
            return List.of();
        }
        String details = r.details() == null ? "" : r.details();
        if (details.isEmpty()) {
            return List.of();
        }
        List<String> names = r.changedFields() == null || r.changedFields().isBlank() ? List.of()
                : Arrays.asList(r.changedFields().split(", "));
        List<Entry> entries = new ArrayList<>();
        int cursor = 0;
        for (int i = 0; i < names.size() && cursor < details.length(); i++) {
            String name = names.get(i);
            if (!details.startsWith(name + ": ", cursor)) {
                break; // the field list and the text disagree (one was cut short): read the rest by lines
            }
            int valueStart = cursor + name.length() + 2;
            int next = i + 1 < names.size() ? details.indexOf("\n" + names.get(i + 1) + ": ", valueStart) : -1;
            int end = next < 0 ? (i + 1 < names.size() ? -1 : details.length()) : next;
            if (end < 0) {
                break;
            }
            entries.add(entry(name, details.substring(valueStart, end), update));
            cursor = end + (next < 0 ? 0 : 1);
        }
        if (cursor < details.length()) {
            for (String line : details.substring(cursor).split("\n")) {
                Matcher m = FIELD_LINE.matcher(line);
                entries.add(m.matches() ? entry(m.group(1), m.group(2), update)
                        : new Entry(null, null, new Value(Form.BARE, line)));
            }
        }
        return entries;
    }

    private static Entry entry(String field, String text, boolean update) {
        if (!update) {
            return new Entry(field, null, Value.parse(text));
        }
        int split = arrowBetweenValues(text);
        if (split < 0) {
            return new Entry(field, null, new Value(Form.BARE, text));
        }
        return new Entry(field, Value.parse(text.substring(0, split)), Value.parse(text.substring(split + ARROW.length())));
    }

    /**
     * Where {@code before → after} splits. A value may itself hold an arrow (a quoted text, or a label such as
     * "Adgang X → Y"), so only a split leaving two whole values counts; of several, the one with as many
     * arrows on each side, else the middle one.
     */
    private static int arrowBetweenValues(String text) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = text.indexOf(ARROW); i >= 0; i = text.indexOf(ARROW, i + 1)) {
            if (whole(text.substring(0, i)) && whole(text.substring(i + ARROW.length()))) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        for (int i : candidates) {
            if (arrows(text.substring(0, i)) == arrows(text.substring(i + ARROW.length()))) {
                return i;
            }
        }
        return candidates.get(candidates.size() / 2);
    }

    private static boolean whole(String value) {
        if (value.isEmpty()) {
            return false;
        }
        return !value.startsWith("\"") || (value.length() >= 2 && value.endsWith("\""));
    }

    private static int arrows(String s) {
        int n = 0;
        for (int i = s.indexOf(ARROW); i >= 0; i = s.indexOf(ARROW, i + 1)) {
            n++;
        }
        return n;
    }
}
