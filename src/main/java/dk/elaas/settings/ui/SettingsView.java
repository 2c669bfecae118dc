package dk.elaas.settings.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.user.Role;
import dk.elaas.user.ui.SignInForm;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** Binds the settings screen. */
public final class SettingsView {

    private final SettingsViewModel viewModel;

    @FXML private TextField name;
    @FXML private ComboBox<Role> role;
    @FXML private Label supplierLabel;
    @FXML private ComboBox<SupplierRecord> supplier;
    @FXML private Label error;
    @FXML private Button switchUser;
    @FXML private TextField dataFolder;
    @FXML private ListView<String> services;

    public SettingsView(SettingsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        SignInForm.bind(viewModel.signIn(), name, role, supplierLabel, supplier, error);
        switchUser.disableProperty().bind(viewModel.signIn().busyProperty());
        dataFolder.textProperty().bind(viewModel.dataFolderProperty());
        services.setItems(viewModel.services());
    }

    @FXML
    private void onSwitchUser() {
        viewModel.signIn().signIn();
    }
}
