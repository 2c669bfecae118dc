package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The import folder: new scans are handed over once, whole, and old or foreign files are left alone. */
class FolderWatcherTest {

    @TempDir
    Path folder;

    @Test
    void reportsEachNewScanOnceWhenItHasStoppedGrowing() throws Exception {
        Files.writeString(folder.resolve("old.pdf"), "was here before");
        List<Path> found = new CopyOnWriteArrayList<>();
        try (FolderWatcher watcher = new FolderWatcher(50)) {
            watcher.watch(folder, found::addAll);
            Files.write(folder.resolve("scan1.pdf"), new byte[] {1, 2, 3});
            Files.writeString(folder.resolve("notes.txt"), "not a scan");
            Files.writeString(folder.resolve(".hidden.jpg"), "a sync tool's temp file");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !found.isEmpty());
            Thread.onSpinWait();
            Files.write(folder.resolve("photo.JPG"), new byte[] {9});
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> found.size() >= 2);
            // A few more polls: nothing is reported twice.
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
        assertThat(found).extracting(p -> p.getFileName().toString()).containsExactly("scan1.pdf", "photo.JPG");
    }

    @Test
    void stopsReportingWhenStopped() throws Exception {
        List<Path> found = new CopyOnWriteArrayList<>();
        try (FolderWatcher watcher = new FolderWatcher(50)) {
            watcher.watch(folder, found::addAll);
            watcher.stop();
            assertThat(watcher.isWatching()).isFalse();
            Files.write(folder.resolve("late.pdf"), new byte[] {1});
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
        assertThat(found).isEmpty();
    }
}
