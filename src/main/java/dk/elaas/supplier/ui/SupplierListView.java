package dk.elaas.supplier.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.supplier.SupplierRecord;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/** Binds the supplier list and form to {@link SupplierListViewModel}; no logic of its own. */
public final class SupplierListView {

    private final SupplierListViewModel viewModel;
    private final I18n i18n;

    @FXML private TextField filter;
    @FXML private Button newButton;
    @FXML private TableView<SupplierRecord> table;
    @FXML private TableColumn<SupplierRecord, String> nameColumn;
    @FXML private TableColumn<SupplierRecord, String> cvrColumn;
    @FXML private TableColumn<SupplierRecord, String> servicesColumn;
    @FXML private TableColumn<SupplierRecord, String> reviewColumn;
    @FXML private Label countLabel;
    @FXML private Label heading;
    @FXML private TextField name;
    @FXML private Label nameError;
    @FXML private TextField cvr;
    @FXML private Label cvrError;
    @FXML private FlowPane servicesBox;
    @FXML private Label servicesError;
    @FXML private TextField managerName;
    @FXML private TextField managerEmail;
    @FXML private Label managerEmailError;
    @FXML private TextField managerPhone;
    @FXML private Label managerPhoneError;
    @FXML private DatePicker dpaSignedOn;
    @FXML private DatePicker lockAddendumSignedOn;
    @FXML private DatePicker lastAccessReviewOn;
    @FXML private CheckBox iso27001;
    @FXML private CheckBox isae3402;
    @FXML private TextArea notes;
    @FXML private Label savedLabel;
    @FXML private Button revertButton;
    @FXML private Button saveButton;
    @FXML private Button startOnboardingButton;
    @FXML private javafx.scene.control.ScrollPane editorPane;
    @FXML private Label placeholder;

    public SupplierListView(SupplierListViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.filterProperty().isEmpty())
                .then(i18n.get("supplier.empty")).otherwise(i18n.get("supplier.noMatch")));
        table.setItems(viewModel.suppliers());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        cvrColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cvr()));
        servicesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.servicesText(c.getValue())));
        reviewColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateFields.format(c.getValue().lastAccessReviewOn())));
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("supplier.count", viewModel.suppliers().size()), viewModel.suppliers()));
        for (DatePicker picker : new DatePicker[] {dpaSignedOn, lockAddendumSignedOn, lastAccessReviewOn}) {
            DateFields.danishFormat(picker, i18n);
        }
        setFormDisabled(true);
        viewModel.load(this::bindEditor);
    }

    private void bindEditor() {
        SupplierEditorViewModel editor = viewModel.editor();
        setFormDisabled(false);
        heading.textProperty().bind(editor.headingProperty());
        name.textProperty().bindBidirectional(editor.nameProperty());
        cvr.textProperty().bindBidirectional(editor.cvrProperty());
        managerName.textProperty().bindBidirectional(editor.managerNameProperty());
        managerEmail.textProperty().bindBidirectional(editor.managerEmailProperty());
        managerPhone.textProperty().bindBidirectional(editor.managerPhoneProperty());
        dpaSignedOn.valueProperty().bindBidirectional(editor.dpaSignedOnProperty());
        lockAddendumSignedOn.valueProperty().bindBidirectional(editor.lockAddendumSignedOnProperty());
        lastAccessReviewOn.valueProperty().bindBidirectional(editor.lastAccessReviewOnProperty());
        iso27001.selectedProperty().bindBidirectional(editor.iso27001Property());
        isae3402.selectedProperty().bindBidirectional(editor.isae3402Property());
        notes.textProperty().bindBidirectional(editor.notesProperty());
        servicesBox.getChildren().clear();
        editor.services().forEach(choice -> {
            CheckBox box = new CheckBox(choice.label());
            box.setId("service-" + choice.code());
            box.selectedProperty().bindBidirectional(choice.selectedProperty());
            servicesBox.getChildren().add(box);
        });
        editor.errors().addListener((MapChangeListener<String, String>) change -> showErrors(editor));
        showErrors(editor);
        saveButton.disableProperty().bind(editor.busyProperty());
        // Enter saves only while the user is in the form; in the search field it must not submit an empty form.
        saveButton.defaultButtonProperty().bind(editorPane.focusWithinProperty());
        revertButton.disableProperty().bind(editor.dirtyProperty().not().or(editor.busyProperty()));
        savedLabel.textProperty().bind(Bindings.when(editor.dirtyProperty())
                .then(i18n.get("supplier.unsaved")).otherwise(""));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                editor.edit(selected);
            }
        });
        startOnboardingButton.setId("supplier-start-onboarding");
        startOnboardingButton.visibleProperty().bind(table.getSelectionModel().selectedItemProperty().isNotNull()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(viewModel::canStartOnboarding)));
        startOnboardingButton.managedProperty().bind(startOnboardingButton.visibleProperty());
        name.requestFocus();
    }

    @FXML
    private void onStartOnboarding() {
        viewModel.startOnboarding(table.getSelectionModel().getSelectedItem());
    }

    private void showErrors(SupplierEditorViewModel editor) {
        show(nameError, name, editor.errors().get("name"));
        show(cvrError, cvr, editor.errors().get("cvr"));
        show(servicesError, servicesBox, editor.errors().get("services"));
        show(managerEmailError, managerEmail, editor.errors().get("managerEmail"));
        show(managerPhoneError, managerPhone, editor.errors().get("managerPhone"));
    }

    private static void show(Label label, Node field, String message) {
        boolean hasError = message != null;
        label.setText(hasError ? message : "");
        label.setVisible(hasError);
        label.setManaged(hasError);
        field.getStyleClass().remove("invalid");
        if (hasError) {
            field.getStyleClass().add("invalid");
        }
    }

    private void setFormDisabled(boolean disabled) {
        for (Node n : new Node[] {name, cvr, servicesBox, managerName, managerEmail, managerPhone, dpaSignedOn,
            lockAddendumSignedOn, lastAccessReviewOn, iso27001, isae3402, notes, saveButton, revertButton, newButton}) {
            n.setDisable(disabled);
        }
    }

    @FXML
    private void onNew() {
        table.getSelectionModel().clearSelection();
        viewModel.editor().startNew();
        name.requestFocus();
    }

    @FXML
    private void onSave() {
        if (DateFields.commit(dpaSignedOn, lockAddendumSignedOn, lastAccessReviewOn)) {
            viewModel.editor().save();
        }
    }

    @FXML
    private void onRevert() {
        viewModel.editor().revert();
    }
}
