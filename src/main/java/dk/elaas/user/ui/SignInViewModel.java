package dk.elaas.user.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import dk.elaas.identity.Role;
import dk.elaas.user.UserRecord;
import dk.elaas.user.UserService;
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
import javafx.collections.ObservableList;

/** Choosing who uses this PC: a name, a role and, for the Supplier role, the company. */
public final class SignInViewModel {

    private final UserService users;
    private final SupplierService suppliers;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<UserRecord> onSignedIn;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.CLERK);
    private final ObjectProperty<SupplierRecord> supplier = new SimpleObjectProperty<>();
    private final ObservableList<SupplierRecord> supplierChoices = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding supplierNeeded = Bindings.createBooleanBinding(() -> role.get() == Role.SUPPLIER, role);

    public SignInViewModel(UserService users, SupplierService suppliers, TaskRunner runner, DialogService dialogs,
                           I18n i18n, Consumer<UserRecord> onSignedIn) {
        this.users = users;
        this.suppliers = suppliers;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.onSignedIn = onSignedIn;
        name.addListener(o -> error.set(""));
        role.addListener(o -> error.set(""));
        runner.run(() -> suppliers.list(null)).onSuccess(supplierChoices::setAll)
                .onFailure(e -> error.set(i18n.get("error.load", e.getMessage())));
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        String n = name.get();
        Role r = role.get();
        java.util.UUID supplierId = supplier.get() == null ? null : supplier.get().id();
        busy.set(true);
        runner.run(() -> users.signIn(n, r, supplierId))
                .onSuccess(user -> {
                    busy.set(false);
                    error.set("");
                    onSignedIn.accept(user);
                })
                .onFailure(e -> {
                    busy.set(false);
                    if (e instanceof InvalidInputException invalid) {
                        var first = invalid.errors().entrySet().iterator().next();
                        error.set(i18n.get("user.field." + first.getKey()) + ": "
                                + i18n.get(first.getValue().errorKey(), first.getValue().errorArgs()));
                    } else {
                        dialogs.showError(i18n.get("error.save.title"), i18n.get("error.save", e.getMessage()));
                    }
                });
    }

    /** Shows who is signed in now, so "switch user" starts from the current values. */
    public void prefill(UserRecord current) {
        name.set(current.displayName());
        role.set(current.role());
        if (current.supplierId() != null) {
            supplierChoices.stream().filter(s -> s.id().equals(current.supplierId())).findFirst().ifPresent(supplier::set);
            supplierChoices.addListener((javafx.collections.ListChangeListener<SupplierRecord>) c -> supplierChoices.stream()
                    .filter(s -> s.id().equals(current.supplierId())).findFirst().ifPresent(supplier::set));
        }
        error.set("");
    }

    public String roleText(Role r) {
        return r == null ? "" : i18n.get(r.messageKey());
    }

    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Role> roleProperty() { return role; }
    public ObjectProperty<SupplierRecord> supplierProperty() { return supplier; }
    public ObservableList<SupplierRecord> supplierChoices() { return supplierChoices; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanBinding supplierNeededProperty() { return supplierNeeded; }
}
