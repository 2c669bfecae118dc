package dk.elaas.onboarding;

import dk.elaas.settings.SettingsService;

/**
 * Whom the wizard tells people to contact, and how often suppliers review their accesses. Settings, because
 * the workflow document's contacts change between versions (seed 000 vs 001); defaults are the newest.
 */
public final class OnboardingSettings {

    public static final String OEJB_PHONE_KEY = "contact.oejb.phone";
    public static final String OEJB_HOURS_KEY = "contact.oejb.hours";
    public static final String VENDOR_PORTAL_KEY = "contact.vendorPortal";
    public static final String REVIEW_MONTHS_KEY = "review.intervalMonths";
    public static final String DEFAULT_OEJB_PHONE = "29 68 56 91";
    public static final String DEFAULT_OEJB_HOURS = "hverdage kl. 07.00–15.00";
    public static final String DEFAULT_VENDOR_PORTAL = "https://aarhuskommune.service-now.com/vendor";
    public static final int DEFAULT_REVIEW_MONTHS = 12;

    private final SettingsService settings;

    public OnboardingSettings(SettingsService settings) {
        this.settings = settings;
    }

    public Contacts contacts() {
        return new Contacts(text(OEJB_PHONE_KEY, DEFAULT_OEJB_PHONE), text(OEJB_HOURS_KEY, DEFAULT_OEJB_HOURS),
                text(VENDOR_PORTAL_KEY, DEFAULT_VENDOR_PORTAL));
    }

    /** Months between a supplier's access reviews (1–36). */
    public int reviewIntervalMonths() {
        return settings.get(REVIEW_MONTHS_KEY).map(String::trim).filter(v -> v.matches("\\d{1,2}"))
                .map(Integer::parseInt).filter(m -> m >= 1 && m <= 36).orElse(DEFAULT_REVIEW_MONTHS);
    }

    public void save(Contacts contacts, int reviewIntervalMonths) {
        if (reviewIntervalMonths < 1 || reviewIntervalMonths > 36) {
            throw new IllegalArgumentException("Review interval must be 1–36 months: " + reviewIntervalMonths);
        }
        if (contacts.oejbPhone() == null || !contacts.oejbPhone().replaceAll("[\\s+]", "").matches("(45)?\\d{8}")) {
            throw new IllegalArgumentException("ØJB's phone must be 8 digits: " + contacts.oejbPhone());
        }
        settings.put(OEJB_PHONE_KEY, contacts.oejbPhone().trim());
        settings.put(OEJB_HOURS_KEY, contacts.oejbHours() == null ? "" : contacts.oejbHours().trim());
        settings.put(VENDOR_PORTAL_KEY, contacts.vendorPortal() == null ? "" : contacts.vendorPortal().trim());
        settings.put(REVIEW_MONTHS_KEY, Integer.toString(reviewIntervalMonths));
    }

    private String text(String key, String fallback) {
        return settings.get(key).filter(v -> !v.isBlank()).orElse(fallback);
    }

    /** ØJB's phone and opening hours, and the vendor portal for two-factor. */
    public record Contacts(String oejbPhone, String oejbHours, String vendorPortal) {
    }
}
