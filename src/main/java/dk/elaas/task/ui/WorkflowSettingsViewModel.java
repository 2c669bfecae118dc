package dk.elaas.task.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.mail.MailException;
import dk.elaas.mail.MailSettings;
import dk.elaas.onboarding.OnboardingSettings;
import dk.elaas.task.TaskSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings the workflow runs on: mail recipients, the task list's day limits, the contacts the onboarding
 * wizard names (ØJB's phone and hours, the vendor portal for two-factor) and how often suppliers review access.
 */
public final class WorkflowSettingsViewModel {

    private final MailSettings mail;
    private final TaskSettings tasks;
    private final OnboardingSettings onboarding;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final StringProperty systemOwner = new SimpleStringProperty("");
    private final StringProperty oejb = new SimpleStringProperty("");
    private final StringProperty expiringDays = new SimpleStringProperty("");
    private final StringProperty notReceivedDays = new SimpleStringProperty("");
    private final StringProperty oejbPhone = new SimpleStringProperty("");
    private final StringProperty oejbHours = new SimpleStringProperty("");
    private final StringProperty vendorPortal = new SimpleStringProperty("");
    private final StringProperty reviewMonths = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public WorkflowSettingsViewModel(MailSettings mail, TaskSettings tasks, OnboardingSettings onboarding,
                                     TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.mail = mail;
        this.tasks = tasks;
        this.onboarding = onboarding;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    private record Values(String systemOwner, String oejb, int expiring, int notReceived,
                          OnboardingSettings.Contacts contacts, int reviewMonths) {
    }

    public void load() {
        runner.run(() -> new Values(String.join(", ", mail.systemOwner()), String.join(", ", mail.oejb()),
                        tasks.expiringDays(), tasks.notReceivedDays(),
                        onboarding.contacts(), onboarding.reviewIntervalMonths()))
                .onSuccess(v -> {
                    systemOwner.set(v.systemOwner());
                    oejb.set(v.oejb());
                    expiringDays.set(Integer.toString(v.expiring()));
                    notReceivedDays.set(Integer.toString(v.notReceived()));
                    oejbPhone.set(v.contacts().oejbPhone());
                    oejbHours.set(v.contacts().oejbHours());
                    vendorPortal.set(v.contacts().vendorPortal());
                    reviewMonths.set(Integer.toString(v.reviewMonths()));
                })
                .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage())));
    }

    /** Checks every field first, so a refusal saves nothing; then stores recipients, limits and contacts. */
    public void save() {
        message.set("");
        int expiring;
        int notReceived;
        try {
            expiring = Integer.parseInt(expiringDays.get().trim());
            notReceived = Integer.parseInt(notReceivedDays.get().trim());
            if (expiring < 1 || expiring > 365 || notReceived < 1 || notReceived > 365) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            dialogs.showError(i18n.get("error.save.title"), i18n.get("workflow.error.days"));
            return;
        }
        String refused = checkContacts();
        if (refused != null) {
            dialogs.showError(i18n.get("error.save.title"), refused);
            return;
        }
        int months = Integer.parseInt(reviewMonths.get().trim());
        OnboardingSettings.Contacts contacts = new OnboardingSettings.Contacts(text(oejbPhone), text(oejbHours),
                text(vendorPortal));
        String owner = systemOwner.get();
        String fire = oejb.get();
        runner.run(() -> {
            mail.save(owner, fire);
            tasks.save(expiring, notReceived);
            onboarding.save(contacts, months);
            return null;
        }).onSuccess(x -> message.set(i18n.get("workflow.saved")))
                .onFailure(e -> dialogs.showError(i18n.get("error.save.title"), e instanceof MailException
                        ? i18n.get("workflow.error.recipients") : i18n.get("error.save", e.getMessage())));
    }

    /** The Danish refusal for the contacts and interval, or null when they may be saved. */
    private String checkContacts() {
        String months = text(reviewMonths);
        if (!months.matches("\\d{1,2}") || Integer.parseInt(months) < 1 || Integer.parseInt(months) > 36) {
            return i18n.get("settings.workflow.error.reviewMonths");
        }
        // The same rule OnboardingSettings.save applies: 8 digits, spaces and +45 allowed.
        if (!text(oejbPhone).replaceAll("[\\s+]", "").matches("(45)?\\d{8}")) {
            return i18n.get("settings.workflow.error.oejbPhone");
        }
        String portal = text(vendorPortal);
        if (!portal.isEmpty() && !isWebAddress(portal)) {
            return i18n.get("settings.workflow.error.vendorPortal");
        }
        return null;
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().trim();
    }

    public StringProperty systemOwnerProperty() { return systemOwner; }
    public StringProperty oejbProperty() { return oejb; }
    public StringProperty expiringDaysProperty() { return expiringDays; }
    public StringProperty notReceivedDaysProperty() { return notReceivedDays; }
    public StringProperty oejbPhoneProperty() { return oejbPhone; }
    public StringProperty oejbHoursProperty() { return oejbHours; }
    public StringProperty vendorPortalProperty() { return vendorPortal; }
    public StringProperty reviewMonthsProperty() { return reviewMonths; }
    public StringProperty messageProperty() { return message; }
}
