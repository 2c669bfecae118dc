package dk.elaas.task;

import dk.elaas.settings.SettingsService;

/** The task list's thresholds, stored as settings so an administrator can change them. */
public final class TaskSettings {

    public static final String EXPIRING_DAYS_KEY = "task.expiringDays";
    public static final String NOT_RECEIVED_DAYS_KEY = "task.notReceivedDays";
    public static final int DEFAULT_EXPIRING_DAYS = 30;
    public static final int DEFAULT_NOT_RECEIVED_DAYS = 7;

    private final SettingsService settings;

    public TaskSettings(SettingsService settings) {
        this.settings = settings;
    }

    public int expiringDays() {
        return number(EXPIRING_DAYS_KEY, DEFAULT_EXPIRING_DAYS);
    }

    public int notReceivedDays() {
        return number(NOT_RECEIVED_DAYS_KEY, DEFAULT_NOT_RECEIVED_DAYS);
    }

    public void save(int expiringDays, int notReceivedDays) {
        if (expiringDays < 1 || expiringDays > 365 || notReceivedDays < 1 || notReceivedDays > 365) {
            throw new IllegalArgumentException("Days must be between 1 and 365: " + expiringDays + ", " + notReceivedDays);
        }
        settings.put(EXPIRING_DAYS_KEY, Integer.toString(expiringDays));
        settings.put(NOT_RECEIVED_DAYS_KEY, Integer.toString(notReceivedDays));
    }

    private int number(String key, int fallback) {
        return settings.get(key).map(String::trim).filter(v -> v.matches("\\d{1,3}")).map(Integer::parseInt)
                .orElse(fallback);
    }
}
