package dk.elaas.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consent's PDF opened in the system viewer goes through a copy: that copy lives in a private folder in the
 * data folder (not the shared temp folder), and is gone after eLås closes, or at the next start after a crash.
 */
class MailLauncherTest {

    private static final byte[] PDF = "%PDF-1.7 samtykke 120438-1234".getBytes();

    @TempDir
    Path dataDir;

    private static long tempCopies() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("elaas-doc")).count();
        }
    }

    @Test
    void copyForTheViewerIsPrivateInTheDataFolderAndRemovedOnClose() throws Exception {
        long tempBefore = tempCopies();
        Path folder = dataDir.resolve("viewer-copies");
        Path copy;
        try (MailLauncher launcher = new MailLauncher(folder)) {
            copy = launcher.copy("../../Samtykke Grethe.pdf", PDF);
            assertThat(copy).startsWith(folder).hasFileName("Samtykke Grethe.pdf");
            assertThat(Files.readAllBytes(copy)).isEqualTo(PDF);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(Files.getPosixFilePermissions(copy)).containsExactlyInAnyOrder(
                        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
                assertThat(Files.getPosixFilePermissions(copy.getParent())).containsExactlyInAnyOrder(
                        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE);
            }
        }
        assertThat(copy).doesNotExist();
        assertThat(copy.getParent()).doesNotExist();
        assertThat(tempCopies()).as("nothing in the shared temp folder").isEqualTo(tempBefore);
    }

    @Test
    void copiesLeftByACrashAreRemovedAtTheNextStart() throws Exception {
        Path folder = dataDir.resolve("viewer-copies");
        MailLauncher crashed = new MailLauncher(folder);
        Path left = crashed.copy("side1.pdf", PDF); // never closed: the process died
        assertThat(left).exists();

        new MailLauncher(folder);

        assertThat(left).doesNotExist();
        try (Stream<Path> s = Files.list(folder)) {
            assertThat(s.toList()).isEmpty();
        }
    }
}
