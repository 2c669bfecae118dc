package dk.elaas.user.ui;

import dk.elaas.supplier.SupplierRecord;
import dk.elaas.identity.Role;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the sign-in fields, shared by the first-run screen and the settings screen. */
public final class SignInForm {

    private SignInForm() {
    }

    public static void bind(SignInViewModel vm, TextField name, ComboBox<Role> role, Label supplierLabel,
                            ComboBox<SupplierRecord> supplier, Label error) {
        name.textProperty().bindBidirectional(vm.nameProperty());
        role.getItems().setAll(Role.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return vm.roleText(r);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        role.valueProperty().bindBidirectional(vm.roleProperty());
        supplier.setItems(vm.supplierChoices());
        supplier.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SupplierRecord s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + " (" + s.cvr() + ")");
            }
        });
        supplier.setButtonCell(supplier.getCellFactory().call(null));
        supplier.valueProperty().bindBidirectional(vm.supplierProperty());
        supplier.visibleProperty().bind(vm.supplierNeededProperty());
        supplier.managedProperty().bind(vm.supplierNeededProperty());
        supplierLabel.visibleProperty().bind(vm.supplierNeededProperty());
        supplierLabel.managedProperty().bind(vm.supplierNeededProperty());
        error.textProperty().bind(vm.errorProperty());
    }
}
