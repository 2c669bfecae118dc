package dk.elaas.settings.ui;

import dk.elaas.common.i18n.I18n;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Binds the settings screen. The user pane belongs to the user feature; the composition root hands it in,
 * so settings never reaches into another feature's views.
 */
public final class SettingsView {

    private final SettingsViewModel viewModel;
    private final Node userPaneContent;
    private final Node workflowPaneContent;

    @FXML private VBox userPane;
    @FXML private VBox workflowPane;
    @FXML private javafx.scene.control.TitledPane workflowTitled;
    @FXML private TextField dataFolder;
    @FXML private ListView<String> services;

    public SettingsView(SettingsViewModel viewModel, I18n i18n, Node userPaneContent) {
        this(viewModel, i18n, userPaneContent, null);
    }

    /** With the consent workflow's pane (mail recipients, task limits), which the task feature owns. */
    public SettingsView(SettingsViewModel viewModel, I18n i18n, Node userPaneContent, Node workflowPaneContent) {
        this.viewModel = viewModel;
        this.userPaneContent = userPaneContent;
        this.workflowPaneContent = workflowPaneContent;
    }

    @FXML
    private void initialize() {
        userPane.getChildren().setAll(userPaneContent);
        if (workflowPaneContent != null) {
            workflowPane.getChildren().setAll(workflowPaneContent);
        } else {
            workflowTitled.setVisible(false);
            workflowTitled.setManaged(false);
        }
        dataFolder.textProperty().bind(viewModel.dataFolderProperty());
        services.setItems(viewModel.services());
    }
}
