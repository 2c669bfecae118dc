package dk.elaas.audit.ui;

import dk.elaas.audit.AuditRecord;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Binds the audit log screen. */
public final class AuditLogView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final AuditLogViewModel viewModel;
    private final I18n i18n;

    @FXML private TextField userFilter;
    @FXML private TextField recordFilter;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private TableView<AuditRecord> table;
    @FXML private TableColumn<AuditRecord, String> timeColumn;
    @FXML private TableColumn<AuditRecord, String> userColumn;
    @FXML private TableColumn<AuditRecord, String> actionColumn;
    @FXML private TableColumn<AuditRecord, String> entityColumn;
    @FXML private TableColumn<AuditRecord, String> recordColumn;
    @FXML private TableColumn<AuditRecord, String> fieldsColumn;
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
        ZoneId zone = ZoneId.systemDefault();
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(TIME.format(c.getValue().occurredAt().atZone(zone))));
        userColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper("SYSTEM".equals(c.getValue().userRole())
                ? c.getValue().userName() : c.getValue().userName() + " (" + roleText(c.getValue().userRole()) + ")"));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.actionText(c.getValue())));
        entityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.entityText(c.getValue())));
        recordColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().recordLabel()));
        fieldsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().changedFields()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) ->
                details.setText(r == null ? "" : r.details()));
        summary.textProperty().bind(viewModel.summaryProperty());
        viewModel.search();
    }

    private String roleText(String role) {
        String key = "role." + role.toLowerCase(java.util.Locale.ROOT);
        return i18n.has(key) ? i18n.get(key) : role;
    }
}
