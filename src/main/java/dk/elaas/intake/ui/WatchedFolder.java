package dk.elaas.intake.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.intake.IntakeService;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The scanner's or phone's folder the panel watches: every new file in it joins the queue. */
final class WatchedFolder {

    private final IntakeService intake;
    private final TaskRunner runner;
    private final Consumer<List<Path>> found;
    private final StringProperty folder = new SimpleStringProperty("");

    /** {@code addFiles} runs on the UI thread. */
    WatchedFolder(IntakeService intake, TaskRunner runner, Consumer<List<Path>> addFiles) {
        this.intake = intake;
        this.runner = runner;
        this.found = files -> Platform.runLater(() -> addFiles.accept(files));
    }

    void watch(Path dir, DialogService dialogs, I18n i18n) {
        runner.run(() -> {
            intake.watch(dir, found);
            return dir;
        }).onSuccess(f -> folder.set(f.toAbsolutePath().toString()))
                .onFailure(e -> dialogs.showError(i18n.get("intake.watch.title"), i18n.get("intake.watch.error", dir,
                        String.valueOf(e.getMessage()))));
    }

    void stop(DialogService dialogs, I18n i18n) {
        runner.run(() -> {
            intake.stopWatching();
            return Boolean.TRUE;
        }).onSuccess(done -> folder.set(""))
                .onFailure(e -> dialogs.showError(i18n.get("intake.watch.title"), String.valueOf(e.getMessage())));
    }

    /** At start: the folder this PC watched before, if it is still there. */
    void resume() {
        runner.run(() -> intake.resumeWatching(found) ? intake.watchedFolder() : java.util.Optional.<Path>empty())
                .onSuccess(f -> f.ifPresent(p -> folder.set(p.toString())))
                .onFailure(e -> folder.set(""));
    }

    StringProperty folder() {
        return folder;
    }
}
