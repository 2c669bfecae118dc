package dk.elaas.app;

import dk.elaas.common.i18n.I18n;
import dk.elaas.sync.SyncOperation;
import dk.elaas.sync.SyncQueue;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Kunne ikke synkroniseres" (issue 15.3): each change the server refused for good, when it was made, why it was
 * refused and what can be done; "Prøv igen" queues it once more (it stays on this PC meanwhile).
 */
final class UnsyncedDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private UnsyncedDialog() {
    }

    static void show(Window owner, I18n i18n, Replica replica, Clock clock) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("sync.failed.title"));
        dialog.setHeaderText(i18n.get("sync.failed.title"));
        VBox list = new VBox(14);
        list.setId("unsyncedList");
        fill(list, i18n, replica, clock);
        Label hint = new Label(i18n.get("sync.failed.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(320);
        VBox content = new VBox(12, hint, scroll);
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("dialog.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait();
    }

    private static void fill(VBox list, I18n i18n, Replica replica, Clock clock) {
        list.getChildren().clear();
        List<SyncOperation> failed = replica.failed();
        if (failed.isEmpty()) {
            list.getChildren().add(new Label(i18n.get("sync.failed.none")));
            return;
        }
        for (SyncOperation op : failed) {
            Label what = new Label(i18n.get("sync.failed.what", SyncQueue.subjectOf(op), i18n.get("sync.kind." + op.getKind()),
                    WHEN.format(op.getClientTime().atZone(clock.getZone()))));
            what.getStyleClass().add("form-label");
            what.setWrapText(true);
            Label why = new Label(i18n.get("sync.failed.why", op.getLastError() == null ? "-" : op.getLastError()));
            why.setWrapText(true);
            why.setMinHeight(Region.USE_PREF_SIZE);
            Button again = new Button(i18n.get("sync.failed.retry"));
            again.setId("retry-" + op.getSeq());
            again.setOnAction(e -> {
                replica.context().syncQueue().tryAgain(op.getId());
                replica.syncNow();
                fill(list, i18n, replica, clock);
            });
            list.getChildren().add(new VBox(4, what, why, again));
        }
    }
}
