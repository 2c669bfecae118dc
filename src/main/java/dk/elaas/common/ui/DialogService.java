package dk.elaas.common.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs as view models need them; the app shows JavaFX dialogs, tests answer in code. */
public interface DialogService {

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    Optional<Path> chooseFile(String title);
}
