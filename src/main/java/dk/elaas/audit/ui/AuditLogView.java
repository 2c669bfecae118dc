package dk.elaas.audit.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/** Binds the audit log screen. */
public final class AuditLogView {

    private final AuditLogViewModel viewModel;
    private final I18n i18n;

    @FXML private TextField userFilter;
    @FXML private TextField recordFilter;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private TableView<AuditRow> table;
    @FXML private TableColumn<AuditRow, String> timeColumn;
    @FXML private TableColumn<AuditRow, String> userColumn;
    @FXML private TableColumn<AuditRow, String> actionColumn;
    @FXML private TableColumn<AuditRow, String> entityColumn;
    @FXML private TableColumn<AuditRow, String> recordColumn;
    @FXML private TableColumn<AuditRow, String> fieldsColumn;
    @FXML private TextArea details;
    @FXML private Label summary;

    public AuditLogView(AuditLogViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        DateFields.danishFormat(fromDate, i18n);
        DateFields.danishFormat(toDate, i18n);
        userFilter.textProperty().bindBidirectional(viewModel.userProperty());
        recordFilter.textProperty().bindBidirectional(viewModel.recordProperty());
        fromDate.valueProperty().bindBidirectional(viewModel.fromProperty());
        toDate.valueProperty().bindBidirectional(viewModel.toProperty());
        table.setItems(viewModel.events());
        show(timeColumn, AuditRow::time);
        show(userColumn, AuditRow::user);
        show(actionColumn, AuditRow::action);
        show(entityColumn, AuditRow::entity);
        show(recordColumn, AuditRow::record);
        show(fieldsColumn, AuditRow::fields);
        withTooltip(recordColumn);
        withTooltip(fieldsColumn);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) ->
                details.setText(r == null ? "" : r.details()));
        summary.textProperty().bind(viewModel.summaryProperty());
        viewModel.search();
    }

    private static void show(TableColumn<AuditRow, String> column, Function<AuditRow, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    /** A change's "felt: gammel → ny" is often wider than its column: the whole text on hover. */
    private static void withTooltip(TableColumn<AuditRow, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (empty || item == null || item.isBlank()) {
                    setTooltip(null);
                } else {
                    Tooltip tip = new Tooltip(item);
                    tip.setWrapText(true);
                    tip.setMaxWidth(600);
                    setTooltip(tip);
                }
            }
        });
    }
}
