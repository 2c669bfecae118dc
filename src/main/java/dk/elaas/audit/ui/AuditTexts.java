package dk.elaas.audit.ui;

import dk.elaas.common.i18n.I18n;
import java.util.Locale;

/**
 * The words of the audit log in the user's language: actions, record types, field names, enum constants and
 * codes. Every lookup has a readable fallback, so a code added later without a translation shows as
 * "Consent status", never as a key or {@code CONSENT_STATUS}.
 */
final class AuditTexts {

    static final String ACTION = "audit.action.";
    static final String ENTITY = "audit.entity.";
    static final String FIELD = "audit.field.";
    static final String ENUM = "audit.enum.";
    static final String CODE = "audit.code.";
    static final String SERVICE = "service.";
    static final String ROLE = "role.";
    static final String SETTING = "audit.setting.";

    private final I18n i18n;

    AuditTexts(I18n i18n) {
        this.i18n = i18n;
    }

    I18n i18n() {
        return i18n;
    }

    String action(String action) {
        return lookup(ACTION + lower(action), action);
    }

    String entity(String entityType) {
        return lookup(ENTITY + entityType, entityType);
    }

    /** An entity's own wording of a field wins over the shared one ("kind" of a mail vs. of a document). */
    String field(String entityType, String field) {
        String own = FIELD + entityType + "." + field;
        return i18n.has(own) ? i18n.get(own) : lookup(FIELD + field, field);
    }

    String enumValue(Class<?> enumType, String constant) {
        return lookup(ENUM + enumType.getSimpleName() + "." + constant, constant);
    }

    /** The text of a code kept in a text column ({@code audit.code.field.VALUE}), or null if there is none. */
    String codeOrNull(String field, String value) {
        String key = CODE + field + "." + value;
        return i18n.has(key) ? i18n.get(key) : null;
    }

    String service(String code) {
        return lookup(SERVICE + code, code);
    }

    /** A setting by what it sets ({@code audit.setting.mail.recipient.oejb}), else its key in words. */
    String setting(String key) {
        return lookup(SETTING + key, key);
    }

    String role(String role) {
        return lookup(ROLE + lower(role), role);
    }

    String text(String key, Object... args) {
        return i18n.get(key, args);
    }

    private String lookup(String key, String code) {
        return i18n.has(key) ? i18n.get(key) : readable(code);
    }

    /**
     * A code as words: {@code consent_status}, {@code CONSENT_STATUS}, {@code consentStatus} and
     * {@code audit.consent-status} all become "Consent status" (the last "Audit consent status").
     */
    static String readable(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String spaced = code.strip()
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replaceAll("[._\\-\\s]+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
        if (spaced.isEmpty()) {
            return code;
        }
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
