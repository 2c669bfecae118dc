package dk.elaas.app.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path home;

    @Test
    void theFolderOfAnArchiveTheJvmWillWriteIsMadeAtStart() {
        Path archive = home.resolve(".local/share/elaas/elaas.jsa");
        Optional<Path> made = ClassDataArchive.ensureFolder(List.of("-Xmx1g",
                "-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive"));
        assertEquals(Optional.of(archive), made);
        assertTrue(Files.isDirectory(archive.getParent()), "the JVM cannot write the archive into a missing folder");
    }

    @Test
    void withABaseAndATopArchiveTheTopOneIsWritten() {
        Path top = home.resolve("cache/top.jsa");
        String option = "-XX:SharedArchiveFile=" + home.resolve("base.jsa") + File.pathSeparator + top;
        assertEquals(Optional.of(top), ClassDataArchive.archive(List.of(option, "-XX:+AutoCreateSharedArchive")));
    }

    @Test
    void aFixedArchiveOrNoneMakesNoFolder() {
        Path archive = home.resolve("fixed/app.jsa");
        assertEquals(Optional.empty(), ClassDataArchive.ensureFolder(List.of("-XX:SharedArchiveFile=" + archive)));
        assertEquals(Optional.empty(), ClassDataArchive.ensureFolder(List.of("-Xmx1g")));
        assertTrue(Files.notExists(archive.getParent()));
    }
}
