package dk.elaas.task.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.mail.MailSettings;
import dk.elaas.task.TaskSettings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The settings the consent workflow runs on: mail recipients and the task list's day limits. */
public final class WorkflowSettingsViewModel {

    private final MailSettings mail;
    private final TaskSettings tasks;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final StringProperty systemOwner = new SimpleStringProperty("");
    private final StringProperty oejb = new SimpleStringProperty("");
    private final StringProperty expiringDays = new SimpleStringProperty("");
    private final StringProperty notReceivedDays = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public WorkflowSettingsViewModel(MailSettings mail, TaskSettings tasks, TaskRunner runner, DialogService dialogs,
                                     I18n i18n) {
        this.mail = mail;
        this.tasks = tasks;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    private record Values(String systemOwner, String oejb, int expiring, int notReceived) {
    }

    public void load() {
        runner.run(() -> new Values(String.join(", ", mail.systemOwner()), String.join(", ", mail.oejb()),
                        tasks.expiringDays(), tasks.notReceivedDays()))
                .onSuccess(v -> {
                    systemOwner.set(v.systemOwner());
                    oejb.set(v.oejb());
                    expiringDays.set(Integer.toString(v.expiring()));
                    notReceivedDays.set(Integer.toString(v.notReceived()));
                })
                .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage())));
    }

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
        String owner = systemOwner.get();
        String fire = oejb.get();
        runner.run(() -> {
            mail.save(owner, fire);
            tasks.save(expiring, notReceived);
            return null;
        }).onSuccess(x -> message.set(i18n.get("workflow.saved")))
                .onFailure(e -> dialogs.showError(i18n.get("error.save.title"), i18n.get("workflow.error.recipients")));
    }

    public StringProperty systemOwnerProperty() { return systemOwner; }
    public StringProperty oejbProperty() { return oejb; }
    public StringProperty expiringDaysProperty() { return expiringDays; }
    public StringProperty notReceivedDaysProperty() { return notReceivedDays; }
    public StringProperty messageProperty() { return message; }
}
