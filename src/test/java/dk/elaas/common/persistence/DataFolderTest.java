package dk.elaas.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each OS keeps the user's data when no --data-dir is given. */
class DataFolderTest {

    private static final Path HOME = Path.of("/home/mette");

    @Test
    void windowsUsesLocalAppDataElaas() {
        String local = "C:\\Users\\mette\\AppData\\Local";

        Path folder = DataFolder.defaultFor("Windows 11", Map.of("LOCALAPPDATA", local), HOME);

        assertThat(folder).isEqualTo(Path.of(local, "eLaas"));
        assertThat(folder.getFileName()).hasToString("eLaas");
    }

    @Test
    void windowsWithoutLocalAppDataFallsBackToTheUsualFolderUnderHome() {
        assertThat(DataFolder.defaultFor("Windows 10", Map.of(), HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Local").resolve("eLaas"));
        assertThat(DataFolder.defaultFor("Windows 10", Map.of("LOCALAPPDATA", " "), HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Local").resolve("eLaas"));
    }

    @Test
    void macOsUsesApplicationSupportUnderHome() {
        Path home = Path.of("/Users/mette");

        assertThat(DataFolder.defaultFor("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), home))
                .isEqualTo(home.resolve("Library").resolve("Application Support").resolve("eLaas"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataFolder.defaultFor("Linux", Map.of("XDG_DATA_HOME", "/data/mette"), HOME))
                .isEqualTo(Path.of("/data/mette", "elaas"));
    }

    @Test
    void linuxWithoutXdgDataHomeFallsBackToLocalShare() {
        Path expected = HOME.resolve(".local").resolve("share").resolve("elaas");

        assertThat(DataFolder.defaultFor("Linux", Map.of(), HOME)).isEqualTo(expected);
        assertThat(DataFolder.defaultFor("Linux", Map.of("XDG_DATA_HOME", ""), HOME)).isEqualTo(expected);
    }

    @Test
    void osNameIsMatchedIgnoringCase() {
        assertThat(DataFolder.defaultFor("WINDOWS SERVER 2022", Map.of("LOCALAPPDATA", "/x"), HOME))
                .isEqualTo(Path.of("/x", "eLaas"));
        assertThat(DataFolder.defaultFor("mac os x", Map.of(), HOME).getFileName()).hasToString("eLaas");
    }

    @Test
    void thisMachinesDefaultIsAnAbsoluteFolderNamedForTheApp() {
        Path folder = DataFolder.defaultForThisMachine();

        assertThat(folder.isAbsolute()).isTrue();
        assertThat(folder.getFileName().toString()).isIn("elaas", "eLaas");
    }
}
