package dk.elaas.user.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.i18n.RefusedException;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.identity.Role;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import dk.elaas.user.UserRecord;
import dk.elaas.user.UserService;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
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

/**
 * The settings' user pane: who I am (the computer account, the role an administrator gave me) and, for an
 * administrator, everyone's roles: give or take a role, register a colleague's account before their first start.
 * The service decides who may; this only hides what the role cannot use.
 */
public final class UsersViewModel {

    private final UserService users;
    private final SupplierService suppliers;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Supplier<Optional<UserRecord>> me;
    private final Runnable ownRoleChanged;

    private final BooleanProperty manageable = new SimpleBooleanProperty();
    private final ObservableList<UserRecord> list = FXCollections.observableArrayList();
    private final ObservableList<SupplierRecord> supplierChoices = FXCollections.observableArrayList();
    private final ObjectProperty<UserRecord> selected = new SimpleObjectProperty<>();
    private final BooleanProperty adding = new SimpleBooleanProperty();
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final ObjectProperty<SupplierRecord> supplier = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding supplierNeeded = Bindings.createBooleanBinding(() -> role.get() == Role.SUPPLIER, role);
    private final BooleanBinding editing = Bindings.createBooleanBinding(() -> adding.get() || selected.get() != null,
            adding, selected);

    public UsersViewModel(UserService users, SupplierService suppliers, TaskRunner runner, DialogService dialogs,
                          I18n i18n, Supplier<Optional<UserRecord>> me, boolean manageable, Runnable ownRoleChanged) {
        this.users = users;
        this.suppliers = suppliers;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.me = me;
        this.ownRoleChanged = ownRoleChanged;
        this.manageable.set(manageable);
        selected.addListener((o, was, now) -> fillFrom(now));
        role.addListener(o -> error.set(""));
        if (manageable) {
            reload(null);
            runner.run(() -> suppliers.list(null)).onSuccess(supplierChoices::setAll)
                    .onFailure(e -> error.set(i18n.get("error.load", e.getMessage())));
        }
    }

    /** "Du er logget ind på computeren som … og har rollen …". */
    public String intro() {
        return me.get().map(u -> i18n.get("users.me", u.displayName(), Objects.requireNonNullElse(u.account(), "–"),
                roleText(u.role()))).orElse("");
    }

    private void reload(UUID select) {
        runner.run(users::list).onSuccess(all -> {
            list.setAll(all);
            if (select != null) {
                all.stream().filter(u -> u.id().equals(select)).findFirst().ifPresent(selected::set);
            }
        }).onFailure(this::failed);
    }

    private void fillFrom(UserRecord u) {
        error.set("");
        if (u == null) {
            return;
        }
        adding.set(false);
        account.set(Objects.requireNonNullElse(u.account(), ""));
        name.set(u.displayName());
        role.set(u.role());
        supplier.set(supplierChoices.stream().filter(s -> s.id().equals(u.supplierId())).findFirst().orElse(null));
    }

    /** Starts registering an account that has not started eLås yet. */
    public void startAdding() {
        selected.set(null);
        adding.set(true);
        account.set("");
        name.set("");
        role.set(Role.CLERK);
        supplier.set(null);
        error.set("");
        done.set("");
    }

    public void cancel() {
        selected.set(null);
        adding.set(false);
        error.set("");
    }

    /** Asks first, saying what the person will be able to do; then stores it (audited by the service). */
    public void save() {
        if (busy.get() || !editing.get()) {
            return;
        }
        Role r = role.get();
        UUID company = supplier.get() == null ? null : supplier.get().id();
        String who = adding.get()
                ? (name.get() == null || name.get().isBlank() ? account.get().strip()
                        : name.get().strip() + " (" + account.get().strip() + ")")
                : selected.get().displayName();
        if (r == Role.SUPPLIER && company == null) {
            error.set(i18n.get("user.field.supplier") + ": " + i18n.get("user.validation.supplierRequired"));
            return;
        }
        String what = r == null ? i18n.get("users.confirm.noRole", who)
                : i18n.get("users.confirm.role", who, roleText(r) + (r == Role.SUPPLIER ? " – " + supplier.get().name() : ""));
        if (!dialogs.confirm(i18n.get("users.confirm.title"), what)) {
            return;
        }
        busy.set(true);
        boolean add = adding.get();
        String acc = account.get();
        String n = name.get();
        UUID id = add ? null : selected.get().id();
        runner.run(() -> add ? users.add(acc, n, r, company) : users.assign(id, r, company)).onSuccess(saved -> {
            busy.set(false);
            adding.set(false);
            done.set(i18n.get("users.saved", saved.displayName(), roleText(saved.role())));
            reload(saved.id());
            if (me.get().map(u -> u.id().equals(saved.id())).orElse(false)) {
                ownRoleChanged.run();
            }
        }).onFailure(e -> {
            busy.set(false);
            failed(e);
        });
    }

    private void failed(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            var first = invalid.errors().entrySet().iterator().next();
            error.set(i18n.get("user.field." + first.getKey()) + ": "
                    + i18n.get(first.getValue().errorKey(), first.getValue().errorArgs()));
        } else if (e instanceof RefusedException refused) {
            error.set(i18n.get(refused.messageKey()));
        } else {
            dialogs.showError(i18n.get("error.save.title"), i18n.get("error.save", e.getMessage()));
        }
    }

    public String roleText(Role r) {
        return r == null ? i18n.get("users.noRole") : i18n.get(r.messageKey());
    }

    public String supplierName(UUID id) {
        return id == null ? "" : supplierChoices.stream().filter(s -> s.id().equals(id)).map(SupplierRecord::name)
                .findFirst().orElse("");
    }

    public BooleanProperty manageableProperty() { return manageable; }
    public ObservableList<UserRecord> users() { return list; }
    public ObservableList<SupplierRecord> supplierChoices() { return supplierChoices; }
    public ObjectProperty<UserRecord> selectedProperty() { return selected; }
    public BooleanProperty addingProperty() { return adding; }
    public StringProperty accountProperty() { return account; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Role> roleProperty() { return role; }
    public ObjectProperty<SupplierRecord> supplierProperty() { return supplier; }
    public StringProperty errorProperty() { return error; }
    public StringProperty doneProperty() { return done; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanBinding supplierNeededProperty() { return supplierNeeded; }
    public BooleanBinding editingProperty() { return editing; }
}
