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
 * that still exist come back with their edits. A pasted image is kept as a copy in the data folder while it is queued.
 */
final class QueueKeeper {

    private final IntakeQueueStore store;
    private final TaskRunner runner;
    /** Nothing is written before the kept queue was read back: a new file must not overwrite the old queue. */
    private boolean restored;
    /** Pasted images whose copy the store has (or is writing). */
    private final java.util.Set<String> pastesKept = new java.util.HashSet<>();

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
        java.util.Map<String, byte[]> pastes = new java.util.HashMap<>();
        for (IntakeItem i : queue) {
            if (i.state() == IntakeItem.State.SAVED || i.state() == IntakeItem.State.DUPLICATE) {
                continue;
            }
            if (i.file() != null) {
                files.add(new QueuedFile(i.id(), i.file().toAbsolutePath().toString(), i.name(), i.edits(),
                        i == selected, false));
            } else if (i.bytes() != null && store.pastedFile(i.id()).isPresent()) {
                files.add(new QueuedFile(i.id(), store.pastedFile(i.id()).get().toString(), i.name(), i.edits(),
                        i == selected, true));
                if (pastesKept.add(i.id())) {
                    pastes.put(i.id(), i.bytes());
                }
            }
        }
        store.saveLater(files, pastes);
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
                String id = f.id() == null ? java.util.UUID.randomUUID().toString() : f.id();
                String name = f.name() == null ? path.getFileName().toString() : f.name();
                IntakeItem item;
                try {
                    item = f.pasted() ? new IntakeItem(id, name, null, Files.readAllBytes(path))
                            : new IntakeItem(id, name, path, null);
                } catch (java.io.IOException e) {
                    continue; // an unreadable copy: the others still come back
                }
                item.edits().putAll(f.edits());
                items.add(item);
                if (f.selected()) {
                    selected = item;
                }
            }
            return new Restored(items, selected);
        }).onSuccess(r -> {
            restored = true;
            r.items().stream().filter(i -> i.file() == null).forEach(i -> pastesKept.add(i.id()));
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
