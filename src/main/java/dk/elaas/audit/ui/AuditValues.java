package dk.elaas.audit.ui;

import dk.elaas.audit.AuditDetails.Value;
import dk.elaas.audit.AuditVocabulary;
import dk.elaas.audit.AuditVocabulary.FieldType;
import dk.elaas.audit.AuditVocabulary.Kind;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One stored value as a person reads it: dates as dd-MM-yyyy, yes/no, enum constants and service codes in
 * words, a referenced record by its label, file sizes in kB. What the field holds comes from the
 * {@link AuditVocabulary}; for a field it does not know, from the value's shape.
 */
final class AuditValues {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern LONE_ISO_DATE = Pattern.compile("(?<![\\w-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\w-])");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** Clearly a code rather than a word: capitals joined by underscores. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

    private final AuditTexts texts;
    private final AuditVocabulary vocabulary;
    private final ZoneId zone;

    AuditValues(AuditTexts texts, AuditVocabulary vocabulary, ZoneId zone) {
        this.texts = texts;
        this.vocabulary = vocabulary;
        this.zone = zone;
    }

    String format(String entityType, String field, Value v, Map<String, String> labels) {
        switch (v.form()) {
            case EMPTY:
                return texts.text("audit.value.empty");
            case UNKNOWN:
                return texts.text("audit.value.unknown");
            case BYTES:
                return texts.text("audit.value.file", size(Long.parseLong(v.text())));
            default:
                break;
        }
        String text = v.text();
        FieldType type = vocabulary.field(entityType, field).orElse(null);
        if (type == null && CODE.matcher(text).matches()) {
            return AuditTexts.readable(text); // a field this version does not know, holding a code: "Long term"
        }
        Kind kind = type == null ? guess(text) : type.kind();
        return switch (kind) {
            case ENUM -> CONSTANT.matcher(text).matches() ? texts.enumValue(type.enumType(), text) : text;
            case DATE -> date(text);
            case TIMESTAMP -> timestamp(text);
            case BOOLEAN -> bool(text);
            case NUMBER -> field.endsWith("Bytes") ? sizeOf(text) : number(text);
            case REFERENCE -> reference(text, labels);
            case CODES -> codes(field, text);
            case TEXT -> {
                String code = texts.codeOrNull(field, text);
                yield code != null ? code : text;
            }
            default -> text; // SENSITIVE arrives masked; BYTES came as (n bytes) above
        };
    }

    /**
     * A free text the app wrote (an export's description, a view's subject) with known record ids replaced by
     * their labels and ISO dates as dd-MM-yyyy.
     */
    static String withLabels(String text, Map<String, String> labels) {
        if (text == null) {
            return null;
        }
        text = withDates(text);
        if (labels.isEmpty()) {
            return text;
        }
        Matcher m = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = labels.get(m.group().toLowerCase(java.util.Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(label == null ? m.group() : label));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** ISO dates standing alone ({@code 2025-03-31}, not inside a file name such as {@code x-2025-03-31}). */
    static String withDates(String text) {
        return text == null ? null : LONE_ISO_DATE.matcher(text).replaceAll("$3-$2-$1");
    }

    String timestamp(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    private static Kind guess(String text) {
        if ("true".equals(text) || "false".equals(text)) {
            return Kind.BOOLEAN;
        }
        if (ISO_DATE.matcher(text).matches()) {
            return Kind.DATE;
        }
        if (ISO_INSTANT.matcher(text).matches()) {
            return Kind.TIMESTAMP;
        }
        if (UUID_TEXT.matcher(text).matches()) {
            return Kind.REFERENCE;
        }
        return Kind.TEXT;
    }

    private String bool(String text) {
        return switch (text) {
            case "true" -> texts.text("audit.value.yes");
            case "false" -> texts.text("audit.value.no");
            default -> text;
        };
    }

    private static String date(String text) {
        try {
            return DATE.format(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private String timestamp(String text) {
        try {
            return timestamp(Instant.parse(text));
        } catch (DateTimeParseException notAnInstant) {
            try {
                return DATE_TIME.format(OffsetDateTime.parse(text).atZoneSameInstant(zone));
            } catch (DateTimeParseException notOffset) {
                try {
                    return DATE_TIME.format(LocalDateTime.parse(text));
                } catch (DateTimeParseException notLocal) {
                    return text;
                }
            }
        }
    }

    private String number(String text) {
        try {
            return NumberFormat.getIntegerInstance(texts.i18n().locale()).format(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String reference(String text, Map<String, String> labels) {
        if (UUID_TEXT.matcher(text).matches()) {
            return labels.getOrDefault(text.toLowerCase(java.util.Locale.ROOT), text);
        }
        return text; // the trail wrote the referenced record's own label
    }

    /** A set of codes as the trail writes it ({@code [A, B]}) or as a column holds it ({@code A,B}). */
    private String codes(String field, String text) {
        String inner = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (inner.isBlank()) {
            return texts.text("audit.value.none");
        }
        return Arrays.stream(inner.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(code -> "services".equals(field) ? texts.service(code) : code)
                .collect(Collectors.joining(", "));
    }

    private String sizeOf(String text) {
        try {
            return size(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private String size(long bytes) {
        java.util.Locale locale = texts.i18n().locale();
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return NumberFormat.getIntegerInstance(locale).format(Math.round(bytes / 1024.0)) + " kB";
        }
        NumberFormat mb = NumberFormat.getNumberInstance(locale);
        mb.setMaximumFractionDigits(1);
        return mb.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
