package dk.elaas.common.validation;

import java.util.Locale;

/**
 * A pragmatic e-mail address check: exactly one {@code @}, a non-empty local part, a domain of
 * dot-separated labels (letters, digits, hyphens) with at least one dot, and no white space.
 * Normalized form: trimmed, with the domain in lower case (the local part is left as typed).
 */
public final class Email {

    static final String KEY_FORMAT = "validation.email.format";

    private static final String FORBIDDEN_IN_LOCAL = "\"(),:;<>[\\]";

    private Email() {
    }

    public static Validated validate(String raw) {
        if (Text.isBlank(raw)) {
            return Validated.error(Messages.REQUIRED);
        }
        String s = Text.strip(raw);
        int at = s.indexOf('@');
        if (at <= 0 || at != s.lastIndexOf('@') || !Text.removeWhitespace(s).equals(s)) {
            return Validated.error(KEY_FORMAT);
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!validLocal(local) || !validDomain(domain)) {
            return Validated.error(KEY_FORMAT);
        }
        return Validated.ok(local + "@" + domain);
    }

    private static boolean validLocal(String local) {
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (Character.isISOControl(c) || FORBIDDEN_IN_LOCAL.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean validDomain(String domain) {
        if (domain.length() > 253) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63
                    || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!Character.isLetterOrDigit(c) && c != '-') {
                    return false;
                }
            }
        }
        return labels[labels.length - 1].length() >= 2;
    }
}
