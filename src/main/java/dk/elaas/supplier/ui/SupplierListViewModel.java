package dk.elaas.supplier.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.supplier.ServiceOption;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The supplier register: the list with its filter, and the editor beside it. */
public final class SupplierListViewModel {

    private final SupplierService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObservableList<SupplierRecord> all = FXCollections.observableArrayList();
    private final FilteredList<SupplierRecord> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private Map<String, String> serviceNames = Map.of();
    private SupplierEditorViewModel editor;
    private java.util.function.Consumer<SupplierRecord> startOnboarding;

    public SupplierListViewModel(SupplierService service, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        filter.addListener((obs, old, now) -> applyFilter());
    }

    /** Loads services and suppliers in the background; {@code ready} runs once the editor exists. */
    public void load(Runnable ready) {
        loading.set(true);
        runner.run(() -> new Loaded(service.services(), service.list(null)))
                .onSuccess(l -> {
                    serviceNames = l.options().stream().collect(Collectors.toMap(ServiceOption::code,
                            o -> o.name(i18n.locale())));
                    editor = new SupplierEditorViewModel(service, l.options(), runner, dialogs, i18n, this::saved);
                    all.setAll(l.suppliers());
                    loading.set(false);
                    ready.run();
                })
                .onFailure(e -> {
                    loading.set(false);
                    dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage()));
                });
    }

    private record Loaded(List<ServiceOption> options, List<SupplierRecord> suppliers) {
    }

    private void saved(SupplierRecord record) {
        all.removeIf(r -> r.id().equals(record.id()));
        all.add(record);
        all.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
    }

    private void applyFilter() {
        String f = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        shown.setPredicate(f.isEmpty() ? null : r -> r.name().toLowerCase(Locale.ROOT).contains(f)
                || r.cvr().contains(f) || servicesText(r).toLowerCase(Locale.ROOT).contains(f)
                || (r.managerName() != null && r.managerName().toLowerCase(Locale.ROOT).contains(f)));
    }

    public String servicesText(SupplierRecord r) {
        return r.services().stream().map(code -> serviceNames.getOrDefault(code, code)).collect(Collectors.joining(", "));
    }

    /** "Start onboarding" on the supplier's page opens the onboarding section's new-case form for it. */
    public void enableStartOnboarding(java.util.function.Consumer<SupplierRecord> action) {
        this.startOnboarding = action;
    }

    public boolean canStartOnboarding() {
        return startOnboarding != null;
    }

    public void startOnboarding(SupplierRecord supplier) {
        if (startOnboarding != null && supplier != null) {
            startOnboarding.accept(supplier);
        }
    }

    public ObservableList<SupplierRecord> suppliers() { return shown; }
    public StringProperty filterProperty() { return filter; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public SupplierEditorViewModel editor() { return editor; }

}
