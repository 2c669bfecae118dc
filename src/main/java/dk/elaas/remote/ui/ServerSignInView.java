package dk.elaas.remote.ui;

import dk.elaas.common.i18n.I18n;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** The sign-in screen shown before the main window when eLås works against a central server. */
public final class ServerSignInView {

    private final ServerSignInViewModel viewModel;

    @FXML private Label server;
    @FXML private Label signInMessage;
    @FXML private Label signInError;
    @FXML private ProgressIndicator progress;
    @FXML private Button signInButton;
    @FXML private Button cancelButton;
    @FXML private Button workOfflineButton;

    public ServerSignInView(ServerSignInViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        server.setText(viewModel.serverText());
        signInMessage.textProperty().bind(viewModel.messageProperty());
        signInMessage.managedProperty().bind(viewModel.messageProperty().isNotEmpty());
        signInError.textProperty().bind(viewModel.errorProperty());
        signInError.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        signInError.managedProperty().bind(signInError.visibleProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        signInButton.disableProperty().bind(viewModel.busyProperty());
        cancelButton.visibleProperty().bind(viewModel.waitingForBrowserProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        workOfflineButton.textProperty().bind(viewModel.offlineProperty());
        workOfflineButton.visibleProperty().bind(viewModel.offlineProperty().isNotEmpty());
        workOfflineButton.managedProperty().bind(workOfflineButton.visibleProperty());
        workOfflineButton.disableProperty().bind(viewModel.busyProperty());
        signInButton.requestFocus();
    }

    @FXML
    private void onSignIn() {
        viewModel.signIn();
    }

    @FXML
    private void onWorkOffline() {
        viewModel.workOffline();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }
}
