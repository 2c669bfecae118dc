package dk.elaas.intake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake queue that is not stored yet (issue 16.8): which files wait for review and the reviewer's own
 * changes per field, so nothing typed is lost when eLås closes or crashes. Only file paths and the user's edits
 * are kept, never what OCR read (that is read again from the file). Written whole to a temporary file and
 * moved into place, on one writer thread, newest state last; a damaged file is logged and reads as empty.
 */
public final class IntakeQueueStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeQueueStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One queued file: its path, the reviewer's values by field key, and whether it was the one on screen. */
    public record QueuedFile(String id, String file, String name, Map<String, String> edits, boolean selected) {
        public QueuedFile {
            edits = edits == null ? Map.of() : Map.copyOf(edits);
        }
    }

    private final Path file;
    private final AtomicReference<List<QueuedFile>> pending = new AtomicReference<>();
    private ExecutorService writer;

    public IntakeQueueStore(Path file) {
        this.file = file;
    }

    /** The saved queue; a missing file is an empty queue, and so is a damaged one (logged, never thrown). */
    public List<QueuedFile> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<QueuedFile> items = JSON.readValue(file.toFile(), new TypeReference<List<QueuedFile>>() { });
            return items == null ? List.of() : items.stream().filter(i -> i != null && i.file() != null).toList();
        } catch (IOException | RuntimeException e) {
            // The message names the place, never the content (it may hold a corrected CPR).
            LOG.warn("The saved intake queue {} cannot be read and is ignored: {}", file, e.getClass().getSimpleName());
            return List.of();
        }
    }

    /** Writes {@code items} now (an empty queue removes the file). */
    public synchronized void save(List<QueuedFile> items) throws IOException {
        if (items.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(items));
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the data folder is in the user's own profile
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Writes {@code items} soon on the store's own thread; states given in quick succession (typing) are
     * written once, the newest last. Safe to call from the UI thread.
     */
    public void saveLater(List<QueuedFile> items) {
        pending.set(List.copyOf(items));
        executor().execute(this::writePending);
    }

    private void writePending() {
        List<QueuedFile> items = pending.getAndSet(null);
        if (items == null) {
            return;
        }
        try {
            save(items);
        } catch (IOException e) {
            LOG.warn("Could not save the intake queue to {}: {}", file, e.toString());
        }
    }

    private synchronized ExecutorService executor() {
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "elaas-intake-queue");
                t.setDaemon(true);
                return t;
            });
        }
        return writer;
    }

    /** Writes what is pending and stops the writer thread. */
    @Override
    public void close() {
        ExecutorService w;
        synchronized (this) {
            w = writer;
            writer = null;
        }
        if (w != null) {
            w.shutdown();
            try {
                w.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writePending();
    }
}
