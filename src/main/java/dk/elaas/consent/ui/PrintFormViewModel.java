package dk.elaas.consent.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.PrintedFormService;
import dk.elaas.consent.PrintedFormService.CitizenChoice;
import dk.elaas.consent.PrintedFormValues;
import dk.elaas.mail.MailLauncher;
import dk.elaas.supplier.SupplierRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A consent form to print (issue 5 item 7): blank, or for a citizen and/or a supplier with services pre-ticked.
 * Saving prepares the form in the register (its id goes in the QR code), writes the PDF off the JavaFX thread
 * and offers to open it.
 */
public final class PrintFormViewModel {

    private final PrintedFormService forms;
    private final MailLauncher launcher;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;

    private final StringProperty citizenQuery = new SimpleStringProperty("");
    private final ObservableList<CitizenChoice> citizens = FXCollections.observableArrayList();
    private final ObjectProperty<CitizenChoice> citizen = new SimpleObjectProperty<>();
    private final ObjectProperty<SupplierRecord> supplier = new SimpleObjectProperty<>();
    private final Set<String> services = new TreeSet<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<PrintedFormValues> lastSaved = new SimpleObjectProperty<>();

    public PrintFormViewModel(PrintedFormService forms, MailLauncher launcher, TaskRunner runner, DialogService dialogs,
                              I18n i18n) {
        this.forms = forms;
        this.launcher = launcher;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    public StringProperty citizenQueryProperty() { return citizenQuery; }
    public ObservableList<CitizenChoice> citizens() { return citizens; }
    public ObjectProperty<CitizenChoice> citizenProperty() { return citizen; }
    public ObjectProperty<SupplierRecord> supplierProperty() { return supplier; }
    public Set<String> services() { return services; }
    public BooleanProperty busyProperty() { return busy; }
    /** The form saved last (its id and values), for tests and the status line. */
    public ObjectProperty<PrintedFormValues> lastSavedProperty() { return lastSaved; }

    /** Clears the choices: a blank form. */
    public void reset() {
        citizenQuery.set("");
        citizens.clear();
        citizen.set(null);
        supplier.set(null);
        services.clear();
    }

    /** Finds citizens by name, CPR or address (at most 50). */
    public void searchCitizens() {
        String q = citizenQuery.get();
        runner.run(() -> forms.citizens(q, 50))
                .onSuccess(found -> {
                    citizens.setAll(found);
                    if (found.size() == 1) {
                        citizen.set(found.get(0));
                    }
                })
                .onFailure(e -> dialogs.showError(i18n.get("printForm.title"), i18n.get("printForm.failed", e.getMessage())));
    }

    /** A suggested file name for the save dialog. */
    public String suggestedFileName() {
        CitizenChoice c = citizen.get();
        String who = c == null ? "blank" : c.name().replaceAll("[^\\p{L}\\p{N}]+", "-");
        return "Samtykkeerklaering-" + who + ".pdf";
    }

    /** Prepares the form, writes its PDF to {@code file} and offers to open it. */
    public void save(Path file) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        var citizenId = citizen.get() == null ? null : citizen.get().id();
        var supplierId = supplier.get() == null ? null : supplier.get().id();
        Set<String> ticked = Set.copyOf(services);
        runner.run(() -> {
            PrintedFormValues v = forms.prepare(citizenId, supplierId, ticked);
            Files.write(file, forms.pdf(v));
            return v;
        }).onSuccess(v -> {
            busy.set(false);
            lastSaved.set(v);
            if (dialogs.confirm(i18n.get("printForm.title"), i18n.get("printForm.saved", file.toString()))) {
                open(file);
            }
        }).onFailure(e -> {
            busy.set(false);
            dialogs.showError(i18n.get("printForm.title"), i18n.get("printForm.failed", e.getMessage()));
        });
    }

    private void open(Path file) {
        runner.run(() -> {
            if (!launcher.supported()) {
                return false;
            }
            launcher.open(file);
            return true;
        }).onSuccess(opened -> {
            if (!opened) {
                dialogs.showInfo(i18n.get("printForm.title"), i18n.get("printForm.noDesktop", file.toString()));
            }
        }).onFailure(e -> dialogs.showError(i18n.get("printForm.title"), i18n.get("printForm.failed", e.getMessage())));
    }
}
