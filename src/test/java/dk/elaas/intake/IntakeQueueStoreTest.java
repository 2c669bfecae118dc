package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.intake.IntakeQueueStore.QueuedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept intake queue on a real file: round trip, written whole, removed when empty, damaged reads as empty. */
class IntakeQueueStoreTest {

    @TempDir
    Path dir;

    @Test
    void keepsFilesAndEditsAndRemovesTheFileWhenTheQueueIsEmpty() throws Exception {
        Path file = dir.resolve("intake-queue.json");
        IntakeQueueStore store = new IntakeQueueStore(file);
        QueuedFile one = new QueuedFile("a", "/scans/1.pdf", "1.pdf", Map.of("address", "Ørnevej 4, 1. th."), true, false);
        store.save(List.of(one));

        assertThat(new IntakeQueueStore(file).load()).containsExactly(one);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactly("intake-queue.json");
        }
        store.save(List.of());
        assertThat(file).doesNotExist();
    }

    @Test
    void writesLaterInOrderAndFlushesOnClose() {
        Path file = dir.resolve("q.json");
        IntakeQueueStore store = new IntakeQueueStore(file);
        for (int i = 0; i < 50; i++) {
            store.saveLater(List.of(new QueuedFile("a", "/scans/1.pdf", "1.pdf", Map.of("address", "v" + i), false, false)));
        }
        store.close();
        assertThat(new IntakeQueueStore(file).load()).singleElement()
                .satisfies(q -> assertThat(q.edits()).containsEntry("address", "v49"));
    }

    @Test
    void eachChangeReachesTheFileWithoutWaitingForClose() throws Exception {
        Path file = dir.resolve("q.json");
        IntakeQueueStore store = new IntakeQueueStore(file);
        store.saveLater(List.of(new QueuedFile("a", "/scans/1.pdf", "1.pdf", Map.of("cpr", "010203-0405"), true, false)));
        // no close(): what a kill -9 right after the edit would leave
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> new IntakeQueueStore(file).load().size() == 1);
        assertThat(new IntakeQueueStore(file).load().get(0).edits()).containsEntry("cpr", "010203-0405");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).as("readable by the owner only")
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        }
        store.close();
    }

    @Test
    void aPastedImageIsKeptAsACopyWhileQueuedAndRemovedWithIt() throws Exception {
        Path file = dir.resolve("intake-queue.json");
        IntakeQueueStore store = new IntakeQueueStore(file);
        String id = java.util.UUID.randomUUID().toString();
        Path copy = store.pastedFile(id).orElseThrow();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        store.saveLater(List.of(new QueuedFile(id, copy.toString(), "Indsat billede", Map.of(), true, true)),
                Map.of(id, png));
        store.close();
        assertThat(copy).hasBinaryContent(png);
        assertThat(new IntakeQueueStore(file).load()).singleElement().satisfies(q -> assertThat(q.pasted()).isTrue());

        new IntakeQueueStore(file).save(List.of());
        assertThat(copy).doesNotExist();
        assertThat(store.pastedFile("../../etc/passwd")).isEmpty();
    }

    @Test
    void aDamagedFileIsAnEmptyQueue() throws Exception {
        Path file = dir.resolve("intake-queue.json");
        Files.writeString(file, "[{\"id\": 3, \"file\": ");
        assertThat(new IntakeQueueStore(file).load()).isEmpty();
        Files.writeString(file, "{\"not\": \"a list\"}");
        assertThat(new IntakeQueueStore(file).load()).isEmpty();
    }
}
