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

    @FXML private VBox userPane;
    @FXML private TextField dataFolder;
    @FXML private ListView<String> services;

    public SettingsView(SettingsViewModel viewModel, I18n i18n, Node userPaneContent) {
        this.viewModel = viewModel;
        this.userPaneContent = userPaneContent;
    }

    @FXML
    private void initialize() {
        userPane.getChildren().setAll(userPaneContent);
        dataFolder.textProperty().bind(viewModel.dataFolderProperty());
        services.setItems(viewModel.services());
    }
}
