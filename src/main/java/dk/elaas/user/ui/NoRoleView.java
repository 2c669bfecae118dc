package dk.elaas.user.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.user.UserService;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * An account that has started eLås on this data folder but has no role yet: who it is, which administrators can
 * give it one, and "Prøv igen" once they have. The app has released the database meanwhile, so an administrator
 * can start eLås on the same folder and give the role.
 */
public final class NoRoleView {

    private final UserService.AwaitingRole waiting;
    private final I18n i18n;
    private final Runnable retryAction;

    @FXML private Label text;
    @FXML private Label administrators;
    @FXML private Button retry;

    public NoRoleView(UserService.AwaitingRole waiting, I18n i18n, Runnable retry) {
        this.waiting = waiting;
        this.i18n = i18n;
        this.retryAction = retry;
    }

    @FXML
    private void initialize() {
        text.setText(i18n.get("noRole.text", waiting.user().displayName(), waiting.user().account()));
        administrators.setText(waiting.administrators().isEmpty() ? i18n.get("noRole.noAdministrators")
                : i18n.get("noRole.administrators", String.join(", ", waiting.administrators())));
        retry.requestFocus();
    }

    @FXML
    private void onRetry() {
        retry.setDisable(true);
        retryAction.run();
    }
}
