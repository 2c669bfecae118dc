package dk.elaas.supplier.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Validated;
import dk.elaas.supplier.ServiceOption;
import dk.elaas.supplier.SupplierForm;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import dk.elaas.common.persistence.ConcurrentChangeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The supplier form: create a new supplier or edit one. Validates with the service's own rules as the
 * user types (errors show for fields with content, and for all after a save attempt) and saves in the
 * background. "Fortryd" restores the last saved values.
 */
public final class SupplierEditorViewModel {

    private final SupplierService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<SupplierRecord> onSaved;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty cvr = new SimpleStringProperty("");
    private final StringProperty managerName = new SimpleStringProperty("");
    private final StringProperty managerEmail = new SimpleStringProperty("");
    private final StringProperty managerPhone = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dpaSignedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lockAddendumSignedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastAccessReviewOn = new SimpleObjectProperty<>();
    private final BooleanProperty iso27001 = new SimpleBooleanProperty();
    private final BooleanProperty isae3402 = new SimpleBooleanProperty();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<ServiceChoice> services = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty heading = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final BooleanBinding valid;

    private boolean showAllErrors;
    private boolean loading;
    private UUID id;
    private long version;
    private SupplierForm saved;

    public SupplierEditorViewModel(SupplierService service, List<ServiceOption> options, TaskRunner runner,
                                   DialogService dialogs, I18n i18n, Consumer<SupplierRecord> onSaved) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.onSaved = onSaved;
        options.forEach(o -> services.add(new ServiceChoice(o.code(), o.name(i18n.locale()))));
        valid = Bindings.isEmpty(errors);
        Observable[] inputs = {name, cvr, managerName, managerEmail, managerPhone, dpaSignedOn, lockAddendumSignedOn,
            lastAccessReviewOn, iso27001, isae3402, notes};
        for (Observable o : inputs) {
            o.addListener(x -> changed());
        }
        services.forEach(c -> c.selectedProperty().addListener(x -> changed()));
        startNew();
    }

    public void startNew() {
        id = null;
        version = 0;
        heading.set(i18n.get("supplier.editor.newTitle"));
        load(new SupplierForm("", "", Set.of(), "", "", "", null, null, false, false, null, ""));
    }

    public void edit(SupplierRecord record) {
        id = record.id();
        version = record.version();
        heading.set(record.name());
        load(record.toForm());
    }

    /** Restores the last saved (or initial) values. */
    public void revert() {
        load(saved);
    }

    public void save() {
        showAllErrors = true;
        SupplierForm form = form();
        refreshErrors(form);
        if (!errors.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        UUID editing = id;
        long expected = version;
        runner.run(() -> editing == null ? service.create(form) : service.update(editing, expected, form))
                .onSuccess(record -> {
                    busy.set(false);
                    edit(record);
                    onSaved.accept(record);
                })
                .onFailure(error -> {
                    busy.set(false);
                    if (error instanceof InvalidInputException invalid) {
                        showServiceErrors(invalid.errors());
                    } else if (error instanceof ConcurrentChangeException) {
                        dialogs.showError(i18n.get("supplier.error.conflict.title"), i18n.get("supplier.error.conflict"));
                    } else {
                        dialogs.showError(i18n.get("error.save.title"), i18n.get("error.save", error.getMessage()));
                    }
                });
    }

    SupplierForm form() {
        Set<String> chosen = services.stream().filter(c -> c.selectedProperty().get()).map(ServiceChoice::code)
                .collect(Collectors.toSet());
        return new SupplierForm(name.get(), cvr.get(), chosen, managerName.get(), managerEmail.get(),
                managerPhone.get(), dpaSignedOn.get(), lockAddendumSignedOn.get(), iso27001.get(), isae3402.get(),
                lastAccessReviewOn.get(), notes.get());
    }

    private void load(SupplierForm form) {
        loading = true;
        name.set(nz(form.name()));
        cvr.set(nz(form.cvr()));
        managerName.set(nz(form.managerName()));
        managerEmail.set(nz(form.managerEmail()));
        managerPhone.set(nz(form.managerPhone()));
        dpaSignedOn.set(form.dpaSignedOn());
        lockAddendumSignedOn.set(form.lockAddendumSignedOn());
        lastAccessReviewOn.set(form.lastAccessReviewOn());
        iso27001.set(form.iso27001());
        isae3402.set(form.isae3402());
        notes.set(nz(form.notes()));
        services.forEach(c -> c.selectedProperty().set(form.services().contains(c.code())));
        loading = false;
        saved = form();
        showAllErrors = false;
        changed();
    }

    private void changed() {
        if (loading) {
            return;
        }
        SupplierForm form = form();
        dirty.set(saved != null && !form.equals(saved));
        refreshErrors(form);
    }

    private void refreshErrors(SupplierForm form) {
        Set<String> known = services.stream().map(ServiceChoice::code).collect(Collectors.toSet());
        Map<String, Validated> found = SupplierService.check(form, known);
        errors.clear();
        found.forEach((field, v) -> {
            if (showAllErrors || hasContent(field, form)) {
                errors.put(field, i18n.get(v.errorKey(), v.errorArgs()));
            }
        });
    }

    private void showServiceErrors(Map<String, Validated> found) {
        errors.clear();
        found.forEach((field, v) -> errors.put(field, i18n.get(v.errorKey(), v.errorArgs())));
    }

    private static boolean hasContent(String field, SupplierForm f) {
        return switch (field) {
            case "name" -> !nz(f.name()).isEmpty();
            case "cvr" -> !nz(f.cvr()).isEmpty();
            case "managerEmail", "managerPhone" -> true; // only checked when filled in
            default -> false;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty cvrProperty() { return cvr; }
    public StringProperty managerNameProperty() { return managerName; }
    public StringProperty managerEmailProperty() { return managerEmail; }
    public StringProperty managerPhoneProperty() { return managerPhone; }
    public ObjectProperty<LocalDate> dpaSignedOnProperty() { return dpaSignedOn; }
    public ObjectProperty<LocalDate> lockAddendumSignedOnProperty() { return lockAddendumSignedOn; }
    public ObjectProperty<LocalDate> lastAccessReviewOnProperty() { return lastAccessReviewOn; }
    public BooleanProperty iso27001Property() { return iso27001; }
    public BooleanProperty isae3402Property() { return isae3402; }
    public StringProperty notesProperty() { return notes; }
    public ObservableList<ServiceChoice> services() { return services; }
    public ObservableMap<String, String> errors() { return errors; }
    public StringProperty headingProperty() { return heading; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public BooleanBinding validProperty() { return valid; }
    public boolean isNew() { return id == null; }
}
