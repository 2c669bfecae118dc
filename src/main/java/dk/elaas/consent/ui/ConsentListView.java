package dk.elaas.consent.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.consent.ConsentCheck;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.consent.ConsentSummary;
import dk.elaas.supplier.SupplierRecord;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the consent register: answer box, search criteria, list and detail pane. */
public final class ConsentListView {

    private final ConsentListViewModel viewModel;
    private final I18n i18n;

    @FXML private TextField checkField;
    @FXML private Button checkButton;
    @FXML private VBox checkResult;
    @FXML private TextField filter;
    @FXML private ComboBox<SupplierRecord> supplierFilter;
    @FXML private ComboBox<ConsentStatus> statusFilter;
    @FXML private DatePicker expiresFrom;
    @FXML private DatePicker expiresTo;
    @FXML private Button clearButton;
    @FXML private Button mitidButton;
    @FXML private Button exportCsvButton;
    @FXML private TableView<ConsentSummary> table;
    @FXML private TableColumn<ConsentSummary, String> citizenColumn;
    @FXML private TableColumn<ConsentSummary, String> cprColumn;
    @FXML private TableColumn<ConsentSummary, String> supplierColumn;
    @FXML private TableColumn<ConsentSummary, String> servicesColumn;
    @FXML private TableColumn<ConsentSummary, String> statusColumn;
    @FXML private TableColumn<ConsentSummary, String> validUntilColumn;
    @FXML private ScrollPane detailScroll;
    @FXML private Label countLabel;

    public ConsentListView(ConsentListViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        checkField.textProperty().bindBidirectional(viewModel.check().queryProperty());
        if (!viewModel.citizenSearch()) {
            checkField.setPromptText(i18n.get("check.prompt.cprOnly"));
            filter.setVisible(false);
            filter.setManaged(false);
        }
        viewModel.check().problemProperty().addListener((o, was, now) -> showAnswer(viewModel.check().answerProperty().get()));
        checkField.setOnAction(e -> viewModel.check().check());
        checkButton.setOnAction(e -> viewModel.check().check());
        viewModel.check().answerProperty().addListener((o, was, now) -> showAnswer(now));

        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        supplierFilter.setItems(viewModel.supplierChoices());
        supplierFilter.setConverter(new StringConverter<>() {
            @Override public String toString(SupplierRecord s) { return s == null ? "" : s.name(); }
            @Override public SupplierRecord fromString(String s) { return null; }
        });
        supplierFilter.valueProperty().bindBidirectional(viewModel.supplierProperty());
        statusFilter.getItems().setAll(ConsentStatus.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override public String toString(ConsentStatus s) { return s == null ? "" : Errors.status(i18n, s); }
            @Override public ConsentStatus fromString(String s) { return null; }
        });
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        DateFields.danishFormat(expiresFrom, i18n);
        DateFields.danishFormat(expiresTo, i18n);
        expiresFrom.valueProperty().bindBidirectional(viewModel.expiresFromProperty());
        expiresTo.valueProperty().bindBidirectional(viewModel.expiresToProperty());
        clearButton.setOnAction(e -> viewModel.clearCriteria());

        table.setItems(viewModel.consents());
        citizenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().citizenName()));
        cprColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().maskedCpr()));
        supplierColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().supplierName()));
        servicesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().services().stream()
                .map(code -> i18n.has("service." + code) ? i18n.get("service." + code) : code).toList())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.statusText(c.getValue())));
        validUntilColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().validUntil() == null
                ? i18n.get("consent.untilWithdrawn") : DateFields.format(c.getValue().validUntil())));
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("consent.count", viewModel.consents().size()), viewModel.consents()));

        Node detailPane = new ConsentDetailPane(viewModel.detail(), i18n).node();
        detailScroll.setContent(detailPane);
        if (viewModel.mitId() == null) {
            mitidButton.setVisible(false);
            mitidButton.setManaged(false);
        } else {
            Node form = new MitIdConsentPane(viewModel.mitId(), viewModel.supplierChoices(), viewModel.dialogs(), i18n,
                    () -> detailScroll.setContent(detailPane)).node();
            viewModel.detail().detailProperty().addListener((o, was, now) -> detailScroll.setContent(detailPane));
            mitidButton.setOnAction(e -> {
                viewModel.mitId().reset(viewModel.detail().today());
                detailScroll.setContent(form);
            });
        }
        bindExport(detailPane);
        bindPrintForm(detailPane);
        viewModel.loadSuppliers();
        viewModel.search();
    }

    /**
     * CSV of the register for a date range: the button opens a small form in the detail area (as the MitID form
     * does). Not shown to the Supplier role; the service refuses it as well.
     */
    private void bindExport(Node detailPane) {
        boolean allowed = viewModel.canExport();
        exportCsvButton.setVisible(allowed);
        exportCsvButton.setManaged(allowed);
        DatePicker from = new DatePicker();
        from.setId("exportFrom");
        DatePicker to = new DatePicker();
        to.setId("exportTo");
        DateFields.danishFormat(from, i18n);
        DateFields.danishFormat(to, i18n);
        from.valueProperty().bindBidirectional(viewModel.exportFromProperty());
        to.valueProperty().bindBidirectional(viewModel.exportToProperty());
        Button save = new Button(i18n.get("consent.export.csv"));
        save.setId("exportCsvSave");
        Button cancel = new Button(i18n.get("consent.correct.cancel"));
        cancel.setOnAction(e -> detailScroll.setContent(detailPane));
        Label title = new Label(i18n.get("consent.export.csvTitle"));
        title.getStyleClass().add("title-4");
        HBox range = new HBox(8, new Label(i18n.get("consent.export.range")), from, new Label(i18n.get("consent.export.to")), to);
        range.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(10, title, range, new HBox(8, save, cancel));
        form.setPadding(new javafx.geometry.Insets(8, 12, 12, 12));
        form.setId("exportCsvForm");
        save.setOnAction(e -> {
            if (!DateFields.commit(from, to)) {
                return;
            }
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(i18n.get("consent.export.csvTitle"));
            chooser.setInitialFileName("Samtykker_" + from.getValue() + "_" + to.getValue() + ".csv");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
            java.io.File f = chooser.showSaveDialog(save.getScene().getWindow());
            if (f != null) {
                viewModel.exportCsv(f.toPath());
                detailScroll.setContent(detailPane);
            }
        });
        exportCsvButton.setOnAction(e -> {
            if (from.getValue() == null) {
                to.setValue(viewModel.detail().today());
                from.setValue(viewModel.detail().today().withDayOfMonth(1));
            }
            detailScroll.setContent(form);
        });
    }

    /** "Ny samtykkeerklæring til udskrift…" beside the MitID button; its form shows in the right-hand pane. */
    private void bindPrintForm(Node detailPane) {
        if (viewModel.printForm() == null) {
            return;
        }
        Button open = new Button(i18n.get("printForm.open"));
        open.setId("printFormButton");
        open.setOnAction(e -> {
            viewModel.printForm().reset();
            detailScroll.setContent(new PrintFormPane(viewModel.printForm(), viewModel.supplierChoices(), i18n,
                    () -> detailScroll.setContent(detailPane)).node());
        });
        viewModel.detail().detailProperty().addListener((o, was, now) -> detailScroll.setContent(detailPane));
        javafx.scene.layout.Pane bar = (javafx.scene.layout.Pane) mitidButton.getParent();
        bar.getChildren().add(bar.getChildren().indexOf(mitidButton) + 1, open);
    }

    private void showAnswer(ConsentCheck answer) {
        checkResult.getChildren().clear();
        String problem = viewModel.check().problemProperty().get();
        if (!problem.isEmpty()) {
            Label p = new Label(problem);
            p.setId("check-problem");
            p.getStyleClass().add("field-error");
            p.setWrapText(true);
            checkResult.getChildren().add(p);
        }
        if (answer == null) {
            return;
        }
        String empty = viewModel.check().emptyText();
        if (!empty.isEmpty()) {
            Label none = new Label(empty);
            none.setId("check-none");
            checkResult.getChildren().add(none);
        }
        for (ConsentCheck.Citizen c : answer.citizens()) {
            // A Supplier's user is told only "yes/no, until when": no name, CPR or address to show.
            String whoText = String.join("  ·  ", java.util.stream.Stream.of(c.name(), c.maskedCpr(), c.address())
                    .filter(part -> part != null && !part.isBlank()).toList());
            if (!whoText.isEmpty()) {
                Label who = new Label(whoText);
                who.setStyle("-fx-font-weight: bold");
                checkResult.getChildren().add(who);
            }
            if (c.suppliers().isEmpty()) {
                checkResult.getChildren().add(new Label(i18n.get("check.noConsents")));
            }
            for (ConsentCheck.SupplierLine l : c.suppliers()) {
                Label mark = new Label(l.valid() ? "✔" : "✖");
                mark.getStyleClass().add(l.valid() ? "check-yes" : "check-no");
                mark.setStyle(l.valid() ? "-fx-text-fill: #1a7f37; -fx-font-weight: bold"
                        : "-fx-text-fill: #cf222e; -fx-font-weight: bold");
                Label supplier = new Label(l.supplierName());
                supplier.setMinWidth(220);
                Label verdict = new Label(viewModel.check().verdictText(l));
                verdict.getStyleClass().add("check-verdict");
                Label services = new Label(viewModel.check().servicesText(l));
                services.getStyleClass().add("form-label");
                Hyperlink open = new Hyperlink(i18n.get("check.open"));
                open.setOnAction(e -> viewModel.open(l.consentId()));
                HBox row = new HBox(10, mark, supplier, verdict, services, open);
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().add("check-line");
                checkResult.getChildren().add(row);
            }
        }
    }
}
