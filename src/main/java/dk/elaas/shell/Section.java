package dk.elaas.shell;

/** The main navigation, in the order it is shown. */
public enum Section {
    CONSENTS, INTAKE, ONBOARDING, SUPPLIERS, TASKS, AUDIT, SETTINGS;

    public String messageKey() {
        return "nav." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
