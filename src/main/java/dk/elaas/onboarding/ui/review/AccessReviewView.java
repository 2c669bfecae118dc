package dk.elaas.onboarding.ui.review;

import dk.elaas.common.i18n.I18n;
import dk.elaas.onboarding.ui.review.AccessReviewViewModel.Row;
import dk.elaas.onboarding.ui.review.AccessReviewViewModel.RowKind;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;

/** Binds the access review: suppliers → active employees → the citizens each may open. No logic of its own. */
public final class AccessReviewView {

    private final AccessReviewViewModel viewModel;
    private final I18n i18n;

    @FXML private CheckBox showAll;
    @FXML private Label summary;
    @FXML private TreeTableView<Row> tree;
    @FXML private TreeTableColumn<Row, String> nameColumn;
    @FXML private TreeTableColumn<Row, String> detailColumn;
    @FXML private TreeTableColumn<Row, String> statusColumn;
    @FXML private Label placeholder;
    @FXML private Button markButton;
    @FXML private Button endButton;
    @FXML private Button refreshButton;
    @FXML private Label message;

    public AccessReviewView(AccessReviewViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        showAll.selectedProperty().bindBidirectional(viewModel.showAllProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        message.textProperty().bind(viewModel.messageProperty());
        placeholder.textProperty().bind(Bindings.when(viewModel.showAllProperty())
                .then(i18n.get("onboarding.review.empty.all")).otherwise(i18n.get("onboarding.review.empty.due")));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().name()));
        detailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().detail()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().status()));
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                boolean supplier = !empty && row != null && row.kind() == RowKind.SUPPLIER;
                setStyle(supplier ? "-fx-font-weight: bold" : "");
            }
        });
        tree.setRoot(new TreeItem<>());
        viewModel.suppliers().addListener((ListChangeListener<Row>) change -> rebuild());
        rebuild();
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                viewModel.select(item == null ? null : item.getValue()));
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                viewModel.endAccess();
            }
        });
        markButton.disableProperty().bind(viewModel.canMarkReviewedProperty().not());
        markButton.setOnAction(e -> viewModel.markReviewed());
        endButton.disableProperty().bind(viewModel.canEndAccessProperty().not());
        endButton.setOnAction(e -> viewModel.endAccess());
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        refreshButton.setOnAction(e -> viewModel.load());
        viewModel.load();
    }

    private void rebuild() {
        TreeItem<Row> root = tree.getRoot();
        root.getChildren().setAll(viewModel.suppliers().stream().map(AccessReviewView::item).toList());
    }

    private static TreeItem<Row> item(Row row) {
        TreeItem<Row> item = new TreeItem<>(row);
        item.setExpanded(row.kind() != RowKind.UNASSIGNED);
        row.children().forEach(child -> item.getChildren().add(item(child)));
        return item;
    }
}
