package dk.elaas.mail;

import dk.elaas.settings.SettingsService;
import java.util.Arrays;
import java.util.List;

/**
 * Who the workflow's mails go to. Settings, because the two versions of the workflow document name different
 * mailboxes; the defaults are the newest version's (seed 000, section 2).
 */
public final class MailSettings {

    public static final String SYSTEM_OWNER_KEY = "mail.recipient.systemOwner";
    public static final String OEJB_KEY = "mail.recipient.oejb";
    public static final String DEFAULT_SYSTEM_OWNER = "Systemejerskab-datasikkerhed@mso.aarhus.dk";
    public static final String DEFAULT_OEJB = "Hasse Eriksen <he@ostbv.dk>";

    private final SettingsService settings;

    public MailSettings(SettingsService settings) {
        this.settings = settings;
    }

    /** The system-owner mailbox(es), comma-separated in the setting. */
    public List<String> systemOwner() {
        return split(settings.get(SYSTEM_OWNER_KEY).filter(v -> !v.isBlank()).orElse(DEFAULT_SYSTEM_OWNER));
    }

    /** The ØJB contact(s). */
    public List<String> oejb() {
        return split(settings.get(OEJB_KEY).filter(v -> !v.isBlank()).orElse(DEFAULT_OEJB));
    }

    /** Stores both, after checking that each is a valid address list. */
    public void save(String systemOwner, String oejb) {
        check(systemOwner);
        check(oejb);
        settings.put(SYSTEM_OWNER_KEY, systemOwner.trim());
        settings.put(OEJB_KEY, oejb.trim());
    }

    private static void check(String list) {
        if (list == null || list.isBlank()) {
            throw new MailException("A recipient list is empty");
        }
        try {
            jakarta.mail.internet.InternetAddress.parse(list, true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new MailException("Not a valid recipient list: " + list, e);
        }
    }

    private static List<String> split(String value) {
        try {
            return Arrays.stream(jakarta.mail.internet.InternetAddress.parse(value, false))
                    .map(jakarta.mail.internet.InternetAddress::toUnicodeString).toList();
        } catch (jakarta.mail.internet.AddressException e) {
            throw new MailException("The stored recipient list is not valid: " + value, e);
        }
    }
}
