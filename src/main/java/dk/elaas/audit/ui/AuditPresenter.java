package dk.elaas.audit.ui;

import dk.elaas.audit.AuditAction;
import dk.elaas.audit.AuditDetails;
import dk.elaas.audit.AuditDetails.Entry;
import dk.elaas.audit.AuditRecord;
import dk.elaas.audit.AuditVocabulary;
import dk.elaas.common.i18n.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns stored audit events into lines a clerk reads, in the user's language: "Ændret", "Samtykke",
 * "Status: Sendt → Modtaget af ØJB". The stored events are hash-chained and stay as written; only their
 * presentation is translated here. Plain Java, so it runs off the JavaFX thread and in tests without a screen.
 */
public final class AuditPresenter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    /** Ten digits not part of a longer number, with an optional dash or space after the sixth. */
    private static final Pattern CPR = Pattern.compile("(?<!\\d)(\\d{6})[- ]?\\d{4}(?!\\d)");
    /** Record ids and content hashes are no CPR numbers, whatever digits they hold. */
    private static final Pattern NOT_CPR = Pattern.compile(AuditValues.UUID_TEXT.pattern() + "|[0-9a-fA-F]{32,}");
    private static final Pattern CONSTANT_TOKEN = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b");
    private static final Pattern FIELD_LIST = Pattern.compile("[A-Za-z_]\\w*(, [A-Za-z_]\\w*)*");
    private static final String SYSTEM_ROLE = "SYSTEM";

    private final AuditTexts texts;
    private final AuditValues values;
    private final AuditVocabulary vocabulary;
    private final ZoneId zone;
    private final Map<String, Map<String, String>> constantsByEntity = new ConcurrentHashMap<>();

    public AuditPresenter(I18n i18n, ZoneId zone, AuditVocabulary vocabulary) {
        this.texts = new AuditTexts(i18n);
        this.values = new AuditValues(texts, vocabulary, zone);
        this.vocabulary = vocabulary;
        this.zone = zone;
    }

    /** The record types whose name in the user's language contains {@code typed} ("leverandør": Supplier, …). */
    public Set<String> recordTypesNamed(String typed) {
        if (typed == null || typed.isBlank()) {
            return Set.of();
        }
        String wanted = typed.strip().toLowerCase(texts.i18n().locale());
        return vocabulary.entityTypes().stream()
                .filter(t -> texts.entity(t).toLowerCase(texts.i18n().locale()).contains(wanted))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The record ids the events mention (a consent's id in a mail, a proxy's id), to look up their labels. */
    public static Set<String> referencedIds(Collection<AuditRecord> records) {
        Set<String> ids = new LinkedHashSet<>();
        for (AuditRecord r : records) {
            for (String text : new String[] {r.details(), r.changedFields()}) {
                if (text != null) {
                    Matcher m = AuditValues.UUID_TEXT.matcher(text);
                    while (m.find()) {
                        ids.add(m.group().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return ids;
    }

    /**
     * The lines for {@code page}; {@code referenced} are events of other records (the newest of each) whose
     * labels stand in for ids the page mentions.
     */
    public List<AuditRow> present(List<AuditRecord> page, Collection<AuditRecord> referenced) {
        Map<String, String> labels = new HashMap<>();
        for (Collection<AuditRecord> source : List.of(referenced, page)) {
            for (AuditRecord r : source) {
                if (r.entityId() != null && r.recordLabel() != null && !r.recordLabel().isBlank()) {
                    labels.putIfAbsent(r.entityId().toLowerCase(Locale.ROOT), label(r.entityType(), r.recordLabel()));
                }
            }
        }
        return page.stream().map(r -> present(r, labels)).toList();
    }

    /** One line; {@code labels} maps lower-case record ids to readable labels. */
    public AuditRow present(AuditRecord r, Map<String, String> labels) {
        String record = r.recordLabel() != null && !r.recordLabel().isBlank() ? label(r.entityType(), r.recordLabel())
                : unlabelled(r, labels);
        String fields = AuditValues.withLabels(r.changedFields(), labels);
        String details = AuditValues.withLabels(r.details(), labels);
        AuditAction action = action(r);
        if (action == null && r.changedFields() != null && FIELD_LIST.matcher(r.changedFields()).matches()) {
            fields = fieldNames(r); // an action of a newer version: its field list is still a field list
        }
        switch (action == null ? AuditAction.EXPORT : action) { // otherwise shown as stored, as an export is
            case CREATE, UPDATE -> {
                List<Entry> entries = AuditDetails.parse(r);
                fields = fieldsLine(r, entries, labels);
                details = entries.stream().map(e -> entryText(r.entityType(), e, labels, false))
                        .collect(Collectors.joining("\n"));
            }
            case VIEW -> {
                fields = viewedWhat(r, labels);
                details = texts.text("audit.details.view", fields);
            }
            case DELETE -> {
                fields = "";
                details = texts.text("audit.details.deleted", texts.entity(r.entityType()), record);
            }
            default -> { // EXPORT: a description written in words already, from its first letter on
                fields = capitalised(fields);
                details = capitalised(details);
            }
        }
        return new AuditRow(r, TIME.format(r.occurredAt().atZone(zone)), mask(user(r)), texts.action(r.action()),
                texts.entity(r.entityType()), mask(record), mask(fields), mask(details));
    }

    /**
     * A name for a record that has no label of its own: a setting by what it sets, a service by its name, a
     * status change by the consent it belongs to.
     */
    private String unlabelled(AuditRecord r, Map<String, String> labels) {
        String id = String.valueOf(r.entityId());
        String known = labels.get(id.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        if (!AuditValues.UUID_TEXT.matcher(id).matches() && r.entityId() != null) {
            return "ServiceType".equals(r.entityType()) ? texts.service(id) : texts.setting(id);
        }
        for (Entry e : AuditDetails.parse(r)) {
            boolean reference = e.field() != null && vocabulary.field(r.entityType(), e.field())
                    .map(t -> t.kind() == AuditVocabulary.Kind.REFERENCE).orElse(false);
            if (reference && e.after().form() == AuditDetails.Form.BARE) {
                return values.format(r.entityType(), e.field(), e.after(), labels);
            }
        }
        return "";
    }

    /** Anything shaped like a CPR number as {@code ddmmyy-xxxx}: a full one can sit in stored OCR text. */
    static String mask(String text) {
        if (text == null || text.length() < 10) {
            return text == null ? "" : text;
        }
        StringBuilder out = new StringBuilder();
        Matcher safe = NOT_CPR.matcher(text);
        int at = 0;
        while (safe.find()) {
            out.append(CPR.matcher(text.substring(at, safe.start())).replaceAll("$1-xxxx")).append(safe.group());
            at = safe.end();
        }
        return out.append(CPR.matcher(text.substring(at)).replaceAll("$1-xxxx")).toString();
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static AuditAction action(AuditRecord r) {
        try {
            return AuditAction.valueOf(r.action());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null; // an action written by a newer version
        }
    }

    private String user(AuditRecord r) {
        String name = r.userName() == null ? "" : r.userName();
        if (r.userRole() == null || r.userRole().isBlank() || SYSTEM_ROLE.equals(r.userRole())) {
            return name;
        }
        return name + " (" + texts.role(r.userRole()) + ")";
    }

    /** The table's one-line summary: which fields were set, or for a change each field's old → new. */
    private String fieldsLine(AuditRecord r, List<Entry> entries, Map<String, String> labels) {
        if (entries.isEmpty()) {
            return fieldNames(r);
        }
        if (AuditAction.UPDATE.name().equals(r.action())) {
            return entries.stream().map(e -> entryText(r.entityType(), e, labels, true))
                    .collect(Collectors.joining("; "));
        }
        return entries.stream().map(e -> e.field() == null ? e.after().text() : texts.field(r.entityType(), e.field()))
                .collect(Collectors.joining(", "));
    }

    private String fieldNames(AuditRecord r) {
        return r.changedFields() == null || r.changedFields().isBlank() ? ""
                : Arrays.stream(r.changedFields().split(", ")).map(f -> texts.field(r.entityType(), f))
                .collect(Collectors.joining(", "));
    }

    private String entryText(String entityType, Entry e, Map<String, String> labels, boolean oneLine) {
        String text;
        if (e.field() == null) {
            text = AuditValues.withLabels(e.after().text(), labels);
        } else {
            String after = values.format(entityType, e.field(), e.after(), labels);
            String value = e.changed() ? values.format(entityType, e.field(), e.before(), labels) + " → " + after : after;
            text = texts.field(entityType, e.field()) + ": " + value;
        }
        // A stored text over several lines: on one line in the table, indented under its field in the details.
        return oneLine ? text.replaceAll("\\s*\\R\\s*", " ") : text.replaceAll("\\R", "\n    ");
    }

    /** A view event names what was shown, e.g. "cpr (samtykke <id>)": the field in words, the id as a label. */
    private String viewedWhat(AuditRecord r, Map<String, String> labels) {
        String what = r.changedFields() == null ? "" : r.changedFields();
        Matcher m = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(.*)", Pattern.DOTALL).matcher(what);
        if (m.matches() && vocabulary.fields(r.entityType()).contains(m.group(1))) {
            what = texts.field(r.entityType(), m.group(1)) + m.group(2);
        }
        return AuditValues.withLabels(what, labels);
    }

    /** A stored label, with the codes it embeds ("Trin 2 EMPLOYEE_DETAILS") in words. */
    private String label(String entityType, String stored) {
        Map<String, String> constants = constantsByEntity.computeIfAbsent(String.valueOf(entityType), this::constantsOf);
        String dated = AuditValues.withDates(stored);
        if (constants.isEmpty()) {
            return dated;
        }
        Matcher m = CONSTANT_TOKEN.matcher(dated);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(constants.getOrDefault(m.group(), m.group())));
        }
        return m.appendTail(out).toString();
    }

    private Map<String, String> constantsOf(String entityType) {
        Map<String, String> constants = new HashMap<>();
        for (Class<? extends Enum<?>> type : vocabulary.enumTypes(entityType)) {
            for (Enum<?> c : type.getEnumConstants()) {
                constants.put(c.name(), texts.enumValue(type, c.name()));
            }
        }
        return Map.copyOf(constants);
    }
}
