package dk.elaas.consent.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The system's save dialog for a file of the consent screens; the write itself happens off the JavaFX thread. */
final class SaveDialog {

    private SaveDialog() {
    }

    static Optional<Path> ask(Node owner, String title, String initialName, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        if (pattern != null) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        }
        File f = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    }
}
