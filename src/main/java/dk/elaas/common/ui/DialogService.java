package dk.elaas.common.ui;

import java.nio.file.Path;
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
}
