package dk.elaas.app.install;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.common.persistence.DataFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An uninstall or upgrade removes the install folder: the data folder must never be it or inside it. */
class InstallLayoutTest {

    @Test
    void theInstallFolderAndTheDataFolderNeverOverlapOnAnyOs() {
        List<Map<String, String>> envs = List.of(
                Map.of(),
                Map.of("LOCALAPPDATA", "C:/Users/clerk/AppData/Local", "ProgramFiles", "C:/Program Files"),
                Map.of("LOCALAPPDATA", "D:/profiles/CLERK/AppData/Local"),
                Map.of("XDG_DATA_HOME", "/home/clerk/.local/share"),
                Map.of("XDG_DATA_HOME", "/opt"));
        Path home = Path.of("/home/clerk");
        for (String os : List.of("Windows 11", "Linux", "Mac OS X")) {
            for (Map<String, String> env : envs) {
                for (boolean perMachine : new boolean[] {false, true}) {
                    Path install = InstallLayout.installDir(os, env, home, perMachine);
                    Path data = DataFolder.defaultFor(os, env, home);
                    assertThat(InstallLayout.overlaps(install, data)).as("%s %s %s: %s vs %s", os, env, perMachine,
                            install, data).isFalse();
                }
            }
        }
    }

    @Test
    void windowsPerUserIsProgramsBesideTheData() {
        Map<String, String> env = Map.of("LOCALAPPDATA", "C:/Users/clerk/AppData/Local");
        assertThat(InstallLayout.installDir("Windows 10", env, Path.of("/x"), false).toString().replace('\\', '/'))
                .endsWith("AppData/Local/Programs/eLaas");
        assertThat(DataFolder.defaultFor("Windows 10", env, Path.of("/x")).toString().replace('\\', '/'))
                .endsWith("AppData/Local/eLaas");
    }

    @Test
    void overlapIsCaseInsensitiveAndSeesNesting() {
        assertThat(InstallLayout.overlaps(Path.of("/a/ELAAS"), Path.of("/a/elaas/data"))).isTrue();
        assertThat(InstallLayout.overlaps(Path.of("/a/Programs/eLaas"), Path.of("/a/eLaas"))).isFalse();
    }
}
