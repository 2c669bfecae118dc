package dk.elaas.consent.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.consent.ConsentSummary;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Binds the consent list. */
public final class ConsentListView {

    private final ConsentListViewModel viewModel;
    private final I18n i18n;

    @FXML private TextField filter;
    @FXML private TableView<ConsentSummary> table;
    @FXML private TableColumn<ConsentSummary, String> citizenColumn;
    @FXML private TableColumn<ConsentSummary, String> cprColumn;
    @FXML private TableColumn<ConsentSummary, String> supplierColumn;
    @FXML private TableColumn<ConsentSummary, String> servicesColumn;
    @FXML private TableColumn<ConsentSummary, String> statusColumn;
    @FXML private TableColumn<ConsentSummary, String> validUntilColumn;
    @FXML private Label countLabel;

    public ConsentListView(ConsentListViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        table.setItems(viewModel.consents());
        citizenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().citizenName()));
        cprColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().maskedCpr()));
        supplierColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().supplierName()));
        servicesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().services().stream()
                .map(code -> i18n.has("service." + code) ? i18n.get("service." + code) : code).toList())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.statusText(c.getValue())));
        validUntilColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().validUntil() == null
                ? i18n.get("consent.untilWithdrawn") : DateFields.format(c.getValue().validUntil())));
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("consent.count", viewModel.consents().size()), viewModel.consents()));
        viewModel.search();
    }
}
