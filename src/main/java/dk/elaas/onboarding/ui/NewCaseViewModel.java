package dk.elaas.onboarding.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Validated;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.NewEmployee;
import dk.elaas.onboarding.OnboardingException;
import dk.elaas.onboarding.OnboardingService;
import dk.elaas.supplier.SupplierRecord;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * "Ny onboarding": the employee (first name, last name, work e-mail or the manager's), the company from the
 * register (its CVR comes with it), the services the employee delivers and an end date if known.
 */
public final class NewCaseViewModel {

    private final OnboardingService onboarding;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<CaseDetail> created;
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty workEmail = new SimpleStringProperty("");
    private final BooleanProperty usesManagerEmail = new SimpleBooleanProperty();
    private final ObjectProperty<SupplierRecord> supplier = new SimpleObjectProperty<>();
    private final ObservableSet<String> services = FXCollections.observableSet();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding complete;
    private Runnable onRefused = () -> { };

    public NewCaseViewModel(OnboardingService onboarding, TaskRunner runner, DialogService dialogs, I18n i18n,
                            Consumer<CaseDetail> created) {
        this.onboarding = onboarding;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.created = created;
        supplier.addListener((o, a, b) -> {
            services.clear();
            if (b != null) {
                services.addAll(b.services());
            }
        });
        complete = Bindings.createBooleanBinding(() -> !firstName.get().isBlank() && !lastName.get().isBlank()
                && !workEmail.get().isBlank() && supplier.get() != null && !services.isEmpty() && !busy.get(),
                firstName, lastName, workEmail, supplier, services, busy);
    }

    /** Starts over, optionally with the company chosen (when started from the supplier's page). */
    public void reset(SupplierRecord company) {
        firstName.set("");
        lastName.set("");
        workEmail.set("");
        usesManagerEmail.set(false);
        endDate.set(null);
        errors.clear();
        supplier.set(null);
        supplier.set(company);
    }

    /** "CVR 12345678", from the register: the user never types it. */
    public String cvrText() {
        return supplier.get() == null ? "" : i18n.get("onboarding.new.cvr", supplier.get().cvr());
    }

    /** Creates the case; on a refusal the field errors are shown and the form keeps its values. */
    public void submit() {
        errors.clear();
        NewEmployee form = new NewEmployee(supplier.get() == null ? null : supplier.get().id(), firstName.get(),
                lastName.get(), workEmail.get(), usesManagerEmail.get(), Set.copyOf(services), endDate.get());
        busy.set(true);
        runner.run(() -> onboarding.start(form))
                .onSuccess(detail -> {
                    busy.set(false);
                    created.accept(detail);
                })
                .onFailure(e -> {
                    busy.set(false);
                    if (e instanceof InvalidInputException invalid) {
                        for (Map.Entry<String, Validated> err : invalid.errors().entrySet()) {
                            errors.put(err.getKey(), i18n.get(err.getValue().errorKey(), err.getValue().errorArgs()));
                        }
                        onRefused.run();
                    } else if (e instanceof OnboardingException refused) {
                        dialogs.showError(i18n.get("onboarding.new.title"), i18n.get(refused.messageKey(), refused.args()));
                    } else {
                        dialogs.showError(i18n.get("onboarding.new.title"), i18n.get("error.save", e.getMessage()));
                    }
                });
    }

    /** Runs when the service refuses the form: the view shows the form again, with its values and the errors. */
    public void setOnRefused(Runnable action) {
        this.onRefused = action;
    }

    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty lastNameProperty() { return lastName; }
    public StringProperty workEmailProperty() { return workEmail; }
    public BooleanProperty usesManagerEmailProperty() { return usesManagerEmail; }
    public ObjectProperty<SupplierRecord> supplierProperty() { return supplier; }
    public ObservableSet<String> services() { return services; }
    public ObjectProperty<LocalDate> endDateProperty() { return endDate; }
    public ObservableMap<String, String> errors() { return errors; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanBinding completeBinding() { return complete; }
}
