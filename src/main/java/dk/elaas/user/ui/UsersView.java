package dk.elaas.user.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.identity.Role;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.user.UserRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the user pane of the settings: who I am, and for an administrator everyone's roles. */
public final class UsersView {

    private final UsersViewModel viewModel;

    @FXML private Label intro;
    @FXML private Label roleNote;
    @FXML private VBox adminPane;
    @FXML private TableView<UserRecord> userTable;
    @FXML private TableColumn<UserRecord, String> nameColumn;
    @FXML private TableColumn<UserRecord, String> accountColumn;
    @FXML private TableColumn<UserRecord, String> roleColumn;
    @FXML private Button addUser;
    @FXML private GridPane editor;
    @FXML private TextField account;
    @FXML private TextField name;
    @FXML private ComboBox<Role> role;
    @FXML private Label supplierLabel;
    @FXML private ComboBox<SupplierRecord> supplier;
    @FXML private Button saveUser;
    @FXML private Button cancelUser;
    @FXML private Label error;
    @FXML private Label done;

    public UsersView(UsersViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        intro.setText(viewModel.intro());
        adminPane.visibleProperty().bind(viewModel.manageableProperty());
        adminPane.managedProperty().bind(viewModel.manageableProperty());
        roleNote.visibleProperty().bind(viewModel.manageableProperty().not());
        roleNote.managedProperty().bind(viewModel.manageableProperty().not());

        userTable.setItems(viewModel.users());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayName()));
        accountColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().account()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.roleText(c.getValue().role())
                + (c.getValue().supplierId() == null ? "" : " – " + viewModel.supplierName(c.getValue().supplierId()))));
        userTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                userTable.getSelectionModel().clearSelection();
            } else if (userTable.getSelectionModel().getSelectedItem() != now) {
                userTable.getSelectionModel().select(now);
            }
        });

        editor.visibleProperty().bind(viewModel.editingProperty());
        editor.managedProperty().bind(viewModel.editingProperty());
        account.textProperty().bindBidirectional(viewModel.accountProperty());
        account.editableProperty().bind(viewModel.addingProperty());
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.editableProperty().bind(viewModel.addingProperty());
        List<Role> roles = new ArrayList<>(Arrays.asList(Role.values()));
        roles.add(null); // "Ingen rolle": takes the role away
        role.getItems().setAll(roles);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return viewModel.roleText(r);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        supplier.setItems(viewModel.supplierChoices());
        supplier.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SupplierRecord s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + " (" + s.cvr() + ")");
            }
        });
        supplier.setButtonCell(supplier.getCellFactory().call(null));
        supplier.valueProperty().bindBidirectional(viewModel.supplierProperty());
        supplier.visibleProperty().bind(viewModel.supplierNeededProperty());
        supplier.managedProperty().bind(viewModel.supplierNeededProperty());
        supplierLabel.visibleProperty().bind(viewModel.supplierNeededProperty());
        supplierLabel.managedProperty().bind(viewModel.supplierNeededProperty());
        saveUser.disableProperty().bind(viewModel.busyProperty());
        addUser.disableProperty().bind(viewModel.busyProperty());
        error.textProperty().bind(viewModel.errorProperty());
        done.textProperty().bind(viewModel.doneProperty());
    }

    @FXML
    private void onAdd() {
        viewModel.startAdding();
        account.requestFocus();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }
}
