package dk.elaas.common.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs as view models need them; the app shows JavaFX dialogs, tests answer in code. */
public interface DialogService {

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    Optional<Path> chooseFile(String title);

    /**
     * Asks for a short text (a reason, a name). Empty when the user cancels; a blank answer is returned as is,
     * so the service can say what is missing.
     */
    default Optional<String> askText(String title, String message, String initial) {
        return Optional.empty();
    }

    /**
     * Offers a choice of actions (the last one closes the dialog). Returns the index of the chosen option, or
     * empty when the dialog was closed.
     */
    default Optional<Integer> choose(String title, String message, List<String> options) {
        return Optional.empty();
    }

    /** The system's save dialog; empty when the user cancels. */
    default Optional<Path> chooseSaveFile(String title, String initialName) {
        return Optional.empty();
    }

    /**
     * Says that something was done, without stopping the user: a notification that goes by itself, with one
     * action (e.g. "Vis samtykket"). Where nobody can see it (tests answering in code) it is not shown.
     */
    default void announce(String title, String text, String actionText, Runnable action) {
    }

    /** Puts text on the system clipboard (a UI seam like the dialogs: the app uses JavaFX's clipboard). */
    default void copyToClipboard(String text) {
        throw new UnsupportedOperationException("No clipboard here");
    }
}
