package dk.elaas.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches an import folder (a scanner's output folder, a synced phone folder) for new consent files.
 * Polls rather than using {@link java.nio.file.WatchService}: that misses events on network shares and
 * synced folders, which are exactly the folders this is for. A file is reported once, and only when its
 * size and time stamp held still between two polls, so a scan still being written is not read half.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "tif", "tiff", "pdf", "heic");

    private record Seen(long size, long modified) {
    }

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "elaas-watch");
        t.setDaemon(true);
        return t;
    });
    private final long periodMillis;
    private ScheduledFuture<?> running;
    private Path folder;
    private final Map<Path, Seen> pending = new HashMap<>();
    private final Set<Path> reported = new HashSet<>();

    public FolderWatcher(long periodMillis) {
        this.periodMillis = periodMillis;
    }

    /**
     * Starts watching {@code dir}; files already there when watching starts are not reported (they were
     * there before the user chose the folder). {@code found} runs on the watcher's thread.
     */
    public synchronized void watch(Path dir, Consumer<List<Path>> found) {
        stop();
        folder = dir;
        pending.clear();
        reported.clear();
        reported.addAll(list(dir));
        running = executor.scheduleWithFixedDelay(() -> poll(found), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
        }
        folder = null;
    }

    public synchronized boolean isWatching() {
        return running != null;
    }

    private void poll(Consumer<List<Path>> found) {
        List<Path> ready = new ArrayList<>();
        synchronized (this) {
            if (folder == null) {
                return;
            }
            for (Path p : list(folder)) {
                if (reported.contains(p)) {
                    continue;
                }
                Seen now = seen(p);
                if (now == null) {
                    continue;
                }
                if (now.equals(pending.get(p)) && now.size() > 0) {
                    pending.remove(p);
                    reported.add(p);
                    ready.add(p);
                } else {
                    pending.put(p, now);
                }
            }
        }
        if (!ready.isEmpty()) {
            try {
                found.accept(ready);
            } catch (RuntimeException e) {
                LOG.warn("Could not hand over files from the import folder", e);
            }
        }
    }

    private static Seen seen(Path p) {
        try {
            return new Seen(Files.size(p), Files.getLastModifiedTime(p).toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(FolderWatcher::looksLikeScan).sorted().toList();
        } catch (IOException e) {
            LOG.warn("Could not list the import folder {}", dir, e);
            return List.of();
        }
    }

    private static boolean looksLikeScan(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    @Override
    public void close() {
        stop();
        executor.shutdownNow();
    }
}
