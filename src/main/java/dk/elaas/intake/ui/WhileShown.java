package dk.elaas.intake.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * A view's listeners on a view model that outlives it (the intake queue survives a language switch, which builds
 * a new view): they are registered only while the view is in a scene, so a replaced view stops reacting.
 */
final class WhileShown {

    private final List<Runnable> attach = new ArrayList<>();
    private final List<Runnable> detach = new ArrayList<>();
    private boolean attached;

    <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        attach.add(() -> value.addListener(listener));
        detach.add(() -> value.removeListener(listener));
    }

    void listen(Observable observable, InvalidationListener listener) {
        attach.add(() -> observable.addListener(listener));
        detach.add(() -> observable.removeListener(listener));
    }

    /** Attaches now; detaches when {@code root} leaves its scene, attaches again (and runs {@code back}) on return. */
    void follow(Node root, Runnable back) {
        set(true);
        root.sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                set(false);
            } else if (!attached) {
                set(true);
                back.run();
            }
        });
    }

    private void set(boolean on) {
        if (on != attached) {
            attached = on;
            (on ? attach : detach).forEach(Runnable::run);
        }
    }
}
