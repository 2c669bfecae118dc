package dk.elaas.task.ui;

import dk.elaas.common.i18n.I18n;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/** Binds the task list: double-click, Enter or "Åbn" opens the task's consent or onboarding case. */
public final class TaskListView {

    private final TaskListViewModel viewModel;
    private final I18n i18n;

    @FXML private ListView<TaskListViewModel.TaskItem> list;
    @FXML private Button openButton;

    public TaskListView(TaskListViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.tasks());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TaskListViewModel.TaskItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    Label title = new Label(item.title());
                    title.setStyle("-fx-font-weight: bold");
                    Label detail = new Label(item.detail());
                    detail.getStyleClass().add("form-label");
                    setGraphic(new VBox(2, title, detail));
                }
                setText(null);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                viewModel.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(list.getSelectionModel().getSelectedItem());
            }
        });
        openButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> viewModel.open(list.getSelectionModel().getSelectedItem()));
        viewModel.load();
    }
}
