package dk.elaas.app.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.app.install.JpackageArgs.Os;
import dk.elaas.app.install.JpackageArgs.Request;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The installers that cannot be built here (MSI, dmg) are checked by the arguments their scripts hand jpackage. */
class JpackageArgsTest {

    private static final Path OUT = Path.of("target/jpackage");

    private static String value(List<String> args, String option) {
        int i = args.indexOf(option);
        assertThat(i).as(option).isGreaterThanOrEqualTo(0);
        return args.get(i + 1);
    }

    @Test
    void windowsPerUserInstallsUnderProgramsWithAStableUpgradeCodeAndThePomVersion() {
        List<String> a = JpackageArgs.args(new Request(Os.WINDOWS, "msi", "1.4.2-SNAPSHOT", 25, false), OUT);
        assertThat(a).contains("--win-per-user-install", "--win-menu", "--win-shortcut");
        assertThat(value(a, "--install-dir")).isEqualTo("Programs\\eLaas");
        assertThat(value(a, "--win-upgrade-uuid")).isEqualTo("6f1c3c36-3f0e-4b5e-9f0d-2a9b1e5c7d41");
        assertThat(value(a, "--app-version")).isEqualTo("1.4.2");
        assertThat(value(a, "--icon")).isEqualTo("installer/elaas.ico");
        assertThat(a.stream().filter("--file-associations"::equals)).hasSize(6);
    }

    @Test
    void windowsPerMachineGoesToProgramFilesWithoutThePerUserFlag() {
        List<String> a = JpackageArgs.args(new Request(Os.WINDOWS, "msi", "0.1.0", 25, true), OUT);
        assertThat(a).doesNotContain("--win-per-user-install");
        assertThat(value(a, "--install-dir")).isEqualTo("eLaas");
    }

    @Test
    void debDeclaresTesseractDanishAndGtkAndUsesItsOwnDesktopEntry() {
        List<String> a = JpackageArgs.args(new Request(Os.LINUX, "deb", "0.1.0-SNAPSHOT", 25, false), OUT);
        assertThat(value(a, "--linux-package-deps")).isEqualTo("tesseract-ocr, tesseract-ocr-dan, libgtk-3-0");
        assertThat(value(a, "--linux-package-name")).isEqualTo("elaas");
        assertThat(value(a, "--resource-dir")).isEqualTo("installer/linux");
        assertThat(a).contains("--linux-shortcut");
        assertThat(value(a, "--add-modules")).doesNotContain("java.compiler").contains("java.scripting");
    }

    @Test
    void macDmgHasItsIdentifierAndTheSameFileTypes() {
        List<String> a = JpackageArgs.args(new Request(Os.MAC, "dmg", "0.1.0", 25, false), OUT);
        assertThat(value(a, "--mac-package-identifier")).isEqualTo("dk.aarhus.elaas");
        assertThat(a.stream().filter("--file-associations"::equals)).hasSize(6);
    }

    @Test
    void onJava25TheWindowLauncherKeepsItsArchiveInTheDataFolderAndTheCommandLineNone() {
        Request linux = new Request(Os.LINUX, "deb", "0.1.0", 25, false);
        assertThat(JpackageArgs.javaOptions(linux, true))
                .contains("-XX:SharedArchiveFile=$HOME/.local/share/elaas/elaas.jsa", "-XX:+AutoCreateSharedArchive")
                .noneMatch(o -> o.startsWith("-Xlog") && o.contains("stdout"));
        assertThat(JpackageArgs.javaOptions(new Request(Os.WINDOWS, "msi", "0.1.0", 25, false), true))
                .contains("-XX:SharedArchiveFile=$LOCALAPPDATA\\eLaas\\elaas.jsa");
        // A version-only run of the command line must never become the window app's archive.
        assertThat(JpackageArgs.javaOptions(linux, false)).noneMatch(o -> o.contains("SharedArchive"));
        // Java 17 has no -XX:+AutoCreateSharedArchive: nothing that would stop it from starting.
        assertThat(JpackageArgs.javaOptions(new Request(Os.LINUX, "deb", "0.1.0", 17, false), true))
                .noneMatch(o -> o.contains("SharedArchive") || o.startsWith("--enable-native-access"));
    }

    @Test
    void fileAssociationsOfferJpegPngTiffAndPdf() {
        var files = JpackageArgs.propertyFiles(new Request(Os.LINUX, "deb", "0.1.0", 25, false));
        assertThat(files.get("open-jpg.properties")).contains("mime-type=image/jpeg");
        assertThat(files.get("open-tiff.properties")).contains("mime-type=image/tiff");
        assertThat(files.get("open-pdf.properties")).contains("mime-type=application/pdf");
        assertThat(files.get("open-png.properties")).contains("extension=png");
        assertThat(JpackageArgs.propertyFiles(new Request(Os.WINDOWS, "msi", "0.1.0", 25, false))
                .get("cli-launcher.properties")).contains("win-console=true");
    }

    @Test
    void aVersionWithColourCodesOrLettersIsRefused() {
        assertThat(JpackageArgs.installerVersion("0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
        assertThatThrownBy(() -> JpackageArgs.installerVersion("\u001b[0m0.1.0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void argFileQuotesSpacesAndDoublesBackslashes() {
        assertThat(JpackageArgs.argFile(List.of("--vendor", "Aarhus Kommune", "Programs\\eLaas")))
                .isEqualTo("\"--vendor\"\n\"Aarhus Kommune\"\n\"Programs\\\\eLaas\"\n");
    }
}
