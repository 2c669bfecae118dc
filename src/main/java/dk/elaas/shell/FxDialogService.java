package dk.elaas.shell;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** JavaFX dialogs, owned by the main window, with Danish or English buttons. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final I18n i18n;

    public FxDialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(i18n.get("dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(i18n.get("dialog.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial == null ? "" : initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        // The question above a full-width field: reasons are sentences, and the default layout squeezes the field.
        Label question = new Label(message);
        question.setWrapText(true);
        question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getEditor().setId("ask-text");
        dialog.getEditor().setPrefColumnCount(40);
        VBox content = new VBox(10, question, dialog.getEditor());
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        // Our own buttons, so they speak the app's language rather than the JVM's.
        ButtonType ok = new ButtonType(i18n.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("ask-text-ok");
        dialog.setResultConverter(button -> button == ok ? dialog.getEditor().getText() : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFile(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Integer> choose(String title, String message, java.util.List<String> options) {
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            buttons.add(new ButtonType(options.get(i), i == options.size() - 1
                    ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER));
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, message, buttons.toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (int i = 0; i < buttons.size(); i++) {
            javafx.scene.Node b = alert.getDialogPane().lookupButton(buttons.get(i));
            b.setId("choose-" + i);
            // Each button as wide as its own text: the bar's uniform width cut "Kopiér til udklipsholder".
            ButtonBar.setButtonUniformSize(b, false);
            ((javafx.scene.control.Button) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0 && i < buttons.size() - 1);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /**
     * A ControlsFX notification at the window's upper right (never over the status bar and its sync line), gone
     * after 8 seconds or when its action is used.
     */
    @Override
    public void announce(String title, String text, String actionText, Runnable action) {
        org.controlsfx.control.action.Action act = new org.controlsfx.control.action.Action(actionText, e -> action.run());
        act.setLongText(actionText);
        org.controlsfx.control.Notifications.create()
                .owner(owner)
                .title(title)
                .text(text)
                .position(javafx.geometry.Pos.TOP_RIGHT)
                .hideAfter(javafx.util.Duration.seconds(8))
                .action(act)
                .styleClass("elaas-notification")
                .showInformation();
    }

    @Override
    public void copyToClipboard(String text) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    private void show(Alert.AlertType type, String title, String message) {
        ButtonType ok = new ButtonType(i18n.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(type, message, ok);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(420);
        alert.showAndWait();
    }
}
