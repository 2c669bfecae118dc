package dk.elaas.consent.ui;

import dk.elaas.consent.ConsentLifecycleService;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * What the last step did ("Samtykket er modtaget af ØJB …") and, while it may still be undone, a "Fortryd" button
 * (Ctrl+Z) that goes when the undo window closes.
 */
final class ActionMessage extends FlowPane {

    ActionMessage(ConsentDetailViewModel vm) {
        super(10, 4);
        Label message = new Label();
        message.setId("actionMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setStyle("-fx-text-fill: #1a7f37");
        message.textProperty().bind(vm.messageProperty());
        message.prefWidthProperty().bind(widthProperty().subtract(10));
        Button undo = new Button();
        undo.setId("undoButton");
        undo.getStyleClass().add("small");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setTooltip(new Tooltip("Ctrl+Z"));
        PauseTransition window = new PauseTransition(Duration.millis(ConsentLifecycleService.UNDO_RECEIVED.toMillis()));
        window.setOnFinished(e -> vm.clearUndo());
        vm.undoProperty().addListener((o, was, now) -> {
            undo.setVisible(now != null);
            undo.setManaged(now != null);
            undo.setText(now == null ? "" : now.label());
            window.stop();
            if (now != null) {
                window.playFromStart();
            }
        });
        undo.setVisible(false);
        undo.setManaged(false);
        undo.setOnAction(e -> {
            ConsentDetailViewModel.Undo u = vm.undoProperty().get();
            if (u != null) {
                u.action().run();
            }
        });
        KeyCombination ctrlZ = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(ctrlZ, () -> {
                    if (undo.isVisible() && isVisible()) {
                        undo.fire();
                    }
                });
            }
        });
        getChildren().addAll(message, undo);
    }
}
