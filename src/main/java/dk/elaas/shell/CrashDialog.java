package dk.elaas.shell;

import dk.elaas.common.i18n.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * What a clerk sees when something fails that no screen handled: a Danish message, where the log file is,
 * the details to hand to IT support and "Kopiér detaljer" to put them on the clipboard. One at a time.
 */
public final class CrashDialog {

    private static boolean showing;

    private CrashDialog() {
    }

    /** Shows the dialog (on the FX thread) unless one is already open. {@code details} must be free of CPR. */
    public static void show(Window owner, I18n i18n, String details, String logFile) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            Alert alert = create(owner, i18n, details, logFile);
            alert.showAndWait();
        } finally {
            showing = false;
        }
    }

    /** The dialog itself, for tests. */
    public static Alert create(Window owner, I18n i18n, String details, String logFile) {
        ButtonType copy = new ButtonType(i18n.get("crash.copy"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.ERROR, i18n.get("crash.text", logFile), copy, ButtonType.CLOSE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(i18n.get("crash.title"));
        alert.setHeaderText(i18n.get("crash.header"));
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(area);
        alert.getDialogPane().setPrefWidth(620);
        // Copying must not close the dialog: the clerk may want to read on.
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            alert.setHeaderText(i18n.get("crash.copied"));
            e.consume();
        });
        return alert;
    }
}
