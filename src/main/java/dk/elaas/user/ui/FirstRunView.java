package dk.elaas.user.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.identity.Role;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The first start: who will use eLås on this PC. */
public final class FirstRunView {

    private final SignInViewModel viewModel;

    @FXML private TextField name;
    @FXML private ComboBox<Role> role;
    @FXML private Label supplierLabel;
    @FXML private ComboBox<SupplierRecord> supplier;
    @FXML private Label error;
    @FXML private Button start;

    public FirstRunView(SignInViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        SignInForm.bind(viewModel, name, role, supplierLabel, supplier, error);
        start.disableProperty().bind(viewModel.busyProperty());
        name.requestFocus();
    }

    @FXML
    private void onStart() {
        viewModel.signIn();
    }
}
