package dk.elaas.onboarding.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.onboarding.CaseSummary;
import dk.elaas.supplier.SupplierRecord;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * The onboarding section: the case list (filter by supplier and state) beside the wizard of the chosen case,
 * and the yearly access review in its own tab. Binds to {@link CaseListViewModel} and
 * {@link NewCaseViewModel}; no logic of its own.
 */
public final class OnboardingView {

    private final CaseListViewModel list;
    private final NewCaseViewModel newCase;
    private final I18n i18n;
    private final Node wizard;
    private final Node review;

    @FXML private TabPane tabs;
    @FXML private Tab reviewTab;
    @FXML private Button newButton;
    @FXML private ComboBox<SupplierRecord> supplierFilter;
    @FXML private ComboBox<CaseListViewModel.StateFilter> stateFilter;
    @FXML private TableView<CaseSummary> table;
    @FXML private TableColumn<CaseSummary, CaseSummary> employeeColumn;
    @FXML private TableColumn<CaseSummary, CaseSummary> stepColumn;
    @FXML private Label countLabel;
    @FXML private StackPane detailPane;
    @FXML private Label detailPlaceholder;

    public OnboardingView(CaseListViewModel list, NewCaseViewModel newCase, I18n i18n, Node wizard, Node review) {
        this.list = list;
        this.newCase = newCase;
        this.i18n = i18n;
        this.wizard = wizard;
        this.review = review;
    }

    @FXML
    private void initialize() {
        newButton.setId("onboarding-new");
        supplierFilter.setId("onboarding-supplier-filter");
        stateFilter.setId("onboarding-state-filter");
        table.setId("onboarding-cases");
        table.setAccessibleText(i18n.get("a11y.onboarding"));
        reviewTab.setContent(review);
        reviewTab.setId("onboarding-tab-review");

        // The first choice, null, is "all suppliers"; the rest mirror the view model's list.
        javafx.collections.ObservableList<SupplierRecord> choices = javafx.collections.FXCollections.observableArrayList();
        Runnable mirror = () -> {
            SupplierRecord chosen = list.supplierFilterProperty().get();
            java.util.List<SupplierRecord> withAll = new java.util.ArrayList<>();
            withAll.add(null);
            withAll.addAll(list.supplierChoices());
            choices.setAll(withAll); // in one change: the combo box must not pick a supplier on its own
            supplierFilter.setValue(chosen);
        };
        list.supplierChoices().addListener((javafx.collections.ListChangeListener<SupplierRecord>) c -> mirror.run());
        mirror.run();
        supplierFilter.setItems(choices);
        supplierFilter.setConverter(supplierNames());
        supplierFilter.setButtonCell(supplierCell());
        supplierFilter.valueProperty().bindBidirectional(list.supplierFilterProperty());
        stateFilter.getItems().setAll(CaseListViewModel.StateFilter.values());
        stateFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseListViewModel.StateFilter f) {
                return f == null ? "" : i18n.get(f.messageKey());
            }

            @Override
            public CaseListViewModel.StateFilter fromString(String s) {
                return null;
            }
        });
        stateFilter.valueProperty().bindBidirectional(list.stateFilterProperty());

        table.setItems(list.cases());
        // Two lines per cell: the list is narrow beside the wizard, and names must not be cut off.
        employeeColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        employeeColumn.setCellFactory(c -> twoLines(CaseSummary::employeeName, CaseSummary::supplierName));
        stepColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        stepColumn.setCellFactory(c -> twoLines(list::stepText, list::waitingText));
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("onboarding.list.count", list.cases().size()), list.cases()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                showWizard();
                list.open(b.id());
            }
        });
        list.openedCaseProperty().addListener((o, a, id) -> {
            showWizard();
            table.getItems().stream().filter(c -> c.id().equals(id)).findFirst()
                    .ifPresent(c -> table.getSelectionModel().select(c));
        });
        // A refused form comes back with what the user typed and the reasons beside the fields.
        newCase.setOnRefused(() -> Platform.runLater(this::showNewCaseDialog));
        list.load();
    }

    /** Opens a case from elsewhere (a task): selected in the list when it is shown there, and in the wizard. */
    public void openCase(java.util.UUID caseId) {
        list.open(caseId);
    }

    /** The yearly access review tab (a review task opens it). */
    public void showReview() {
        tabs.getSelectionModel().select(reviewTab);
    }

    /** Shows the wizard pane in place of the "choose a case" text, on the cases tab. */
    public void showWizard() {
        if (!detailPane.getChildren().contains(wizard)) {
            detailPane.getChildren().setAll(wizard);
        }
        tabs.getSelectionModel().selectFirst();
    }

    @FXML
    private void onNew() {
        openNewCase(null);
    }

    /** The "Ny onboarding" dialog; {@code company} is preselected when started from the supplier's page. */
    public void openNewCase(SupplierRecord company) {
        newCase.reset(company);
        showNewCaseDialog();
    }

    private void showNewCaseDialog() {
        Dialog<ButtonType> dialog = new Dialog<>();
        // The tab pane is in the scene even when the cases tab's content is not laid out yet (just opened).
        if (tabs.getScene() != null) {
            dialog.initOwner(tabs.getScene().getWindow());
        }
        dialog.setTitle(i18n.get("onboarding.new.title"));
        dialog.setHeaderText(i18n.get("onboarding.new.header"));
        ButtonType create = new ButtonType(i18n.get("onboarding.new.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);

        TextField first = field("onboarding-new-first", newCase.firstNameProperty());
        TextField last = field("onboarding-new-last", newCase.lastNameProperty());
        TextField email = field("onboarding-new-email", newCase.workEmailProperty());
        email.setPromptText("navn@firma.dk");
        CheckBox manager = new CheckBox(i18n.get("onboarding.new.usesManagerEmail"));
        manager.setWrapText(true);
        manager.setId("onboarding-new-manager");
        manager.selectedProperty().bindBidirectional(newCase.usesManagerEmailProperty());
        Label managerWarning = new Label(i18n.get("onboarding.new.managerWarning"));
        managerWarning.getStyleClass().add("field-warning");
        managerWarning.setWrapText(true);
        managerWarning.visibleProperty().bind(manager.selectedProperty());
        managerWarning.managedProperty().bind(manager.selectedProperty());
        // Searchable (ControlsFX): a clerk types part of the name or CVR instead of scrolling through every supplier.
        ComboBox<SupplierRecord> company = new org.controlsfx.control.SearchableComboBox<>(
                list.supplierChoices().filtered(java.util.Objects::nonNull));
        company.setId("onboarding-new-supplier");
        company.setConverter(new StringConverter<>() {
            @Override
            public String toString(SupplierRecord s) {
                return s == null ? "" : s.name() + " (CVR " + s.cvr() + ")";
            }

            @Override
            public SupplierRecord fromString(String s) {
                return null;
            }
        });
        company.setPromptText(i18n.get("onboarding.new.choose"));
        company.setMaxWidth(Double.MAX_VALUE);
        company.valueProperty().bindBidirectional(newCase.supplierProperty());
        Label cvr = new Label();
        cvr.setId("onboarding-new-cvr");
        cvr.textProperty().bind(Bindings.createStringBinding(newCase::cvrText, newCase.supplierProperty()));
        FlowPane services = new FlowPane(14, 6);
        Runnable fillServices = () -> {
            services.getChildren().clear();
            SupplierRecord chosen = newCase.supplierProperty().get();
            if (chosen != null) {
                for (String code : chosen.services()) {
                    CheckBox box = new CheckBox(i18n.get("service." + code));
                    box.setId("onboarding-new-service-" + code);
                    box.setSelected(newCase.services().contains(code));
                    box.selectedProperty().addListener((o, a, b) -> {
                        if (b) {
                            newCase.services().add(code);
                        } else {
                            newCase.services().remove(code);
                        }
                    });
                    services.getChildren().add(box);
                }
            }
        };
        javafx.beans.value.ChangeListener<SupplierRecord> servicesFollowCompany = (o, a, b) -> fillServices.run();
        newCase.supplierProperty().addListener(servicesFollowCompany);
        fillServices.run();
        DatePicker end = new DatePicker();
        end.setId("onboarding-new-end");
        DateFields.danishFormat(end, i18n);
        end.setPromptText(i18n.get("date.prompt"));
        end.valueProperty().bindBidirectional(newCase.endDateProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 4, 4, 4));
        int row = 0;
        row = addRow(grid, row, "onboarding.new.firstName", first, "firstName");
        row = addRow(grid, row, "onboarding.new.lastName", last, "lastName");
        row = addRow(grid, row, "onboarding.new.workEmail", email, "workEmail");
        grid.add(manager, 1, row++);
        grid.add(managerWarning, 1, row++);
        row = addRow(grid, row, "onboarding.new.company", company, "supplier");
        grid.add(cvr, 1, row++);
        row = addRow(grid, row, "onboarding.new.services", services, "services");
        row = addRow(grid, row, "onboarding.new.endDate", end, "endDate");
        Label endHelp = new Label(i18n.get("onboarding.new.endDateHelp"));
        endHelp.setWrapText(true);
        endHelp.getStyleClass().add("form-label");
        grid.add(endHelp, 1, row);
        grid.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(150),
                new javafx.scene.layout.ColumnConstraints(200, 420, Double.MAX_VALUE));
        grid.getColumnConstraints().get(1).setHgrow(javafx.scene.layout.Priority.ALWAYS);
        for (Node n : grid.getChildren()) {
            if (n instanceof javafx.scene.control.Labeled l && l.isWrapText()) {
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                l.setMaxWidth(420);
            }
        }
        grid.setPrefWidth(600);
        dialog.getDialogPane().setContent(grid);
        // The warning and the services appear as the user fills in: the dialog grows with them, never hides its buttons.
        Runnable fit = () -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        manager.selectedProperty().addListener((o, a, b) -> fit.run());
        services.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> fit.run());
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.setId("onboarding-new-create");
        createButton.disableProperty().bind(newCase.completeBinding().not());
        // An end date that is not a date keeps the dialog open with the reason on the field.
        createButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!DateFields.commit(end)) {
                e.consume();
            }
        });
        Platform.runLater(first::requestFocus);
        boolean created = dialog.showAndWait().filter(create::equals).isPresent();
        // The controls go with the dialog; the view model keeps the values (a refused form shows them again).
        newCase.supplierProperty().removeListener(servicesFollowCompany);
        first.textProperty().unbindBidirectional(newCase.firstNameProperty());
        last.textProperty().unbindBidirectional(newCase.lastNameProperty());
        email.textProperty().unbindBidirectional(newCase.workEmailProperty());
        manager.selectedProperty().unbindBidirectional(newCase.usesManagerEmailProperty());
        company.valueProperty().unbindBidirectional(newCase.supplierProperty());
        end.valueProperty().unbindBidirectional(newCase.endDateProperty());
        createButton.disableProperty().unbind();
        if (created) {
            newCase.submit();
        }
    }

    private static javafx.scene.control.TableCell<CaseSummary, CaseSummary> twoLines(
            java.util.function.Function<CaseSummary, String> first, java.util.function.Function<CaseSummary, String> second) {
        return new javafx.scene.control.TableCell<>() {
            private final Label top = new Label();
            private final Label bottom = new Label();
            private final javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, top, bottom);

            {
                top.getStyleClass().add("case-line-main");
                bottom.getStyleClass().add("case-line-sub");
            }

            @Override
            protected void updateItem(CaseSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    top.setText(first.apply(item));
                    bottom.setText(second.apply(item));
                    setGraphic(box);
                }
            }
        };
    }

    private int addRow(GridPane grid, int row, String labelKey, Node input, String field) {
        Label label = new Label(i18n.get(labelKey));
        label.getStyleClass().add("form-label");
        label.setMinWidth(150);
        label.setLabelFor(input);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setId("onboarding-new-error-" + field);
        error.textProperty().bind(Bindings.valueAt(newCase.errors(), field));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        grid.add(error, 1, row + 1);
        GridPane.setHgrow(input, javafx.scene.layout.Priority.ALWAYS);
        return row + 2;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private StringConverter<SupplierRecord> supplierNames() {
        return new StringConverter<>() {
            @Override
            public String toString(SupplierRecord s) {
                return s == null ? i18n.get("onboarding.list.allSuppliers") : s.name() + " (CVR " + s.cvr() + ")";
            }

            @Override
            public SupplierRecord fromString(String s) {
                return null;
            }
        };
    }

    private ListCell<SupplierRecord> supplierCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SupplierRecord item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? i18n.get("onboarding.list.allSuppliers") : item.name());
            }
        };
    }
}
