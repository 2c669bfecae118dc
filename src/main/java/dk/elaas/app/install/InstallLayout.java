package dk.elaas.app.install;

import dk.elaas.common.persistence.DataFolder;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the installers put the program, per OS. The user's data lives elsewhere ({@link DataFolder}): an
 * uninstaller or an upgrade removes the install folder, so the two must never be the same or nested.
 */
public final class InstallLayout {

    /** Windows: the folder under %LOCALAPPDATA% (per user) or under Program Files (per machine). */
    static final String WINDOWS_PER_USER_SUBDIR = "Programs\\eLaas";
    static final String WINDOWS_PER_MACHINE_SUBDIR = "eLaas";
    static final String LINUX_INSTALL_PARENT = "/opt";
    static final String LINUX_PACKAGE = "elaas";

    private InstallLayout() {
    }

    /** The folder the installer for this OS puts the program in. */
    public static Path installDir(String osName, Map<String, String> env, Path home, boolean perMachine) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            if (perMachine) {
                String pf = env.getOrDefault("ProgramFiles", "C:\\Program Files");
                return Path.of(pf, WINDOWS_PER_MACHINE_SUBDIR);
            }
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData/Local");
            return base.resolve(WINDOWS_PER_USER_SUBDIR.replace('\\', '/'));
        }
        if (os.contains("mac")) {
            return Path.of("/Applications/eLaas.app");
        }
        return DataFolder.LINUX_INSTALL_DIR;
    }

    /** True when one folder is the other or lies inside it (compared case-insensitively, as Windows and macOS do). */
    public static boolean overlaps(Path a, Path b) {
        Path x = normal(a);
        Path y = normal(b);
        return x.startsWith(y) || y.startsWith(x);
    }

    /**
     * The folder of the running installed app (jpackage's launcher sets {@code jpackage.app-path}), if any.
     * {@code <root>/bin/eLaas} on Linux, {@code <root>\eLaas.exe} on Windows, {@code eLaas.app/Contents/MacOS/eLaas}.
     */
    public static java.util.Optional<Path> runningInstallRoot() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher == null || launcher.isBlank()) {
            return java.util.Optional.empty();
        }
        Path dir = Path.of(launcher).toAbsolutePath().getParent();
        if (dir != null && dir.getFileName() != null
                && (dir.getFileName().toString().equals("bin") || dir.getFileName().toString().equals("MacOS"))) {
            dir = dir.getParent();
        }
        return java.util.Optional.ofNullable(dir);
    }

    private static Path normal(Path p) {
        return Path.of(p.toAbsolutePath().normalize().toString().replace('\\', '/').toLowerCase(Locale.ROOT));
    }
}
