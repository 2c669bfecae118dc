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

    /**
     * One queued file: its path, the reviewer's values by field key, and whether it was the one on screen. A
     * pasted image has no file of its own: the store keeps a copy ({@link #pastedFile}) while it is queued.
     */
    public record QueuedFile(String id, String file, String name, Map<String, String> edits, boolean selected,
                             boolean pasted) {
        public QueuedFile {
            edits = edits == null ? Map.of() : Map.copyOf(edits);
        }
    }

    private final Path file;
    private final AtomicReference<List<QueuedFile>> pending = new AtomicReference<>();
    private final Map<String, byte[]> pendingPastes = new java.util.concurrent.ConcurrentHashMap<>();
    private ExecutorService writer;
    private boolean closed;

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

    /** Where the copy of a pasted image of queue item {@code id} is kept; empty for an id that is not a UUID. */
    public java.util.Optional<Path> pastedFile(String id) {
        if (id == null || !id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(file.resolveSibling("intake-pasted").resolve(id + ".png"));
    }

    /** Writes {@code items} now (an empty queue removes the file); copies of pasted images no item names go. */
    public synchronized void save(List<QueuedFile> items) throws IOException {
        removeUnusedPastes(items);
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

    private void removeUnusedPastes(List<QueuedFile> items) throws IOException {
        Path dir = file.resolveSibling("intake-pasted");
        if (!Files.isDirectory(dir)) {
            return;
        }
        java.util.Set<String> kept = new java.util.HashSet<>();
        items.stream().filter(QueuedFile::pasted).forEach(i -> kept.add(i.id() + ".png"));
        try (var listing = Files.list(dir)) {
            for (Path p : listing.toList()) {
                if (!kept.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Writes {@code items} soon on the store's own thread; states given in quick succession (typing) are
     * written once, the newest last. Safe to call from the UI thread.
     */
    public void saveLater(List<QueuedFile> items) {
        saveLater(items, Map.of());
    }

    /** As {@link #saveLater(List)}, first keeping a copy of each newly pasted image ({@code pastes} by item id). */
    public void saveLater(List<QueuedFile> items, Map<String, byte[]> pastes) {
        pendingPastes.putAll(pastes);
        pending.set(List.copyOf(items));
        executor().execute(this::writePending);
    }

    private void writePending() {
        List<QueuedFile> items = pending.getAndSet(null);
        if (items == null) {
            return;
        }
        try {
            for (String id : List.copyOf(pendingPastes.keySet())) {
                java.util.Optional<Path> target = pastedFile(id);
                byte[] png = pendingPastes.remove(id);
                if (target.isPresent() && items.stream().anyMatch(i -> id.equals(i.id()))) {
                    Files.createDirectories(target.get().getParent());
                    Path temp = target.get().resolveSibling(id + ".tmp");
                    Files.write(temp, png);
                    Files.move(temp, target.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            save(items);
        } catch (IOException e) {
            LOG.warn("Could not save the intake queue to {}: {}", file, e.toString());
        }
    }

    private synchronized java.util.concurrent.Executor executor() {
        if (closed) {
            // a change while the app stops: written at once, on the caller's thread
            return Runnable::run;
        }
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
            closed = true;
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
