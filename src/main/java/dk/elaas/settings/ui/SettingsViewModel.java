package dk.elaas.settings.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.supplier.ServiceOption;
import dk.elaas.supplier.SupplierService;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Settings: where the data lives and the configured list of services. */
public final class SettingsViewModel {

    private final ReadOnlyStringWrapper dataFolder;
    private final ObservableList<String> services = FXCollections.observableArrayList();

    public SettingsViewModel(SupplierService suppliers, TaskRunner runner, DialogService dialogs, I18n i18n,
                             String dataFolder) {
        this.dataFolder = new ReadOnlyStringWrapper(dataFolder);
        runner.run(suppliers::services)
                .onSuccess(list -> services.setAll(list.stream().map((ServiceOption o) -> o.name(i18n.locale())).toList()))
                .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage())));
    }

    public ReadOnlyStringProperty dataFolderProperty() { return dataFolder.getReadOnlyProperty(); }
    public ObservableList<String> services() { return services; }
}
