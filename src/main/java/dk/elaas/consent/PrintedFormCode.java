package dk.elaas.consent;

import java.util.Optional;
import java.util.UUID;

/**
 * The text of the QR code on a printed consent form: {@code ELAAS-SAMTYKKE v1;<form id>}. The version names
 * the form's layout; a code of another version or of anything else is not ours and is ignored.
 */
public final class PrintedFormCode {

    public static final String PREFIX = "ELAAS-SAMTYKKE";
    public static final String VERSION = "v1";

    private PrintedFormCode() {
    }

    public static String payload(UUID formId) {
        return PREFIX + " " + VERSION + ";" + formId;
    }

    /** The form id in a QR code's text, when it is an eLås consent form of a version this app prints. */
    public static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String head = PREFIX + " " + VERSION + ";";
        String t = text.strip();
        if (!t.startsWith(head)) {
            return Optional.empty();
        }
        try {
            String id = t.substring(head.length());
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equalsIgnoreCase(id) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
