package dk.elaas.intake.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.intake.IntakeQueueStore;
import dk.elaas.intake.IntakeQueueStore.QueuedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps the intake queue that is not stored yet in the data folder (issue 16.8): every change of the queue or of
 * a reviewer's edit writes it (off the UI thread), a saved or discarded file leaves it, and at start the files
 * that still exist come back with their edits. Pasted images have no file and are not kept.
 */
final class QueueKeeper {

    private final IntakeQueueStore store;
    private final TaskRunner runner;
    /** Nothing is written before the kept queue was read back: a new file must not overwrite the old queue. */
    private boolean restored;

    QueueKeeper(IntakeQueueStore store, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
    }

    /** Writes the unsaved part of {@code queue} (called on the UI thread; the file is written elsewhere). */
    void keep(List<IntakeItem> queue, IntakeItem selected) {
        if (store == null || !restored) {
            return;
        }
        List<QueuedFile> files = new ArrayList<>();
        for (IntakeItem i : queue) {
            if (i.file() != null && i.state() != IntakeItem.State.SAVED && i.state() != IntakeItem.State.DUPLICATE) {
                files.add(new QueuedFile(i.id(), i.file().toAbsolutePath().toString(), i.name(), i.edits(), i == selected));
            }
        }
        store.saveLater(files);
    }

    /** Reads the kept queue in the background and hands the items whose file still exists to {@code restored}. */
    void restore(Consumer<Restored> then) {
        if (store == null) {
            return;
        }
        runner.run(() -> {
            List<IntakeItem> items = new ArrayList<>();
            IntakeItem selected = null;
            for (QueuedFile f : store.load()) {
                Path path = Path.of(f.file());
                if (!Files.isRegularFile(path)) {
                    continue;
                }
                IntakeItem item = new IntakeItem(f.id() == null ? java.util.UUID.randomUUID().toString() : f.id(),
                        f.name() == null ? path.getFileName().toString() : f.name(), path, null);
                item.edits().putAll(f.edits());
                items.add(item);
                if (f.selected()) {
                    selected = item;
                }
            }
            return new Restored(items, selected);
        }).onSuccess(r -> {
            restored = true;
            then.accept(r);
        }).onFailure(e -> {
            // load() logs a damaged file and returns nothing; this is only an unexpected error
            restored = true;
            org.slf4j.LoggerFactory.getLogger(QueueKeeper.class).warn("Could not restore the intake queue", e);
        });
    }

    record Restored(List<IntakeItem> items, IntakeItem selected) {
    }
}
