package dk.elaas.common.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where this user's data lives: the OS's per-user application-data folder, unless {@code --data-dir} says otherwise. */
public final class DataFolder {

    /** Where the Linux packages install the program (dk.elaas.app.install.InstallLayout). */
    public static final Path LINUX_INSTALL_DIR = Path.of("/opt/elaas");

    private DataFolder() {
    }

    public static Path defaultFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "eLaas") : home.resolve("AppData/Local/eLaas");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/eLaas");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path fallback = home.resolve(".local/share/elaas");
        if (xdg == null || xdg.isBlank()) {
            return fallback;
        }
        Path chosen = Path.of(xdg, "elaas").toAbsolutePath().normalize();
        // Never the package's install folder (an uninstall removes it), even with XDG_DATA_HOME=/opt.
        return chosen.startsWith(LINUX_INSTALL_DIR) || LINUX_INSTALL_DIR.startsWith(chosen) ? fallback : chosen;
    }

    public static Path defaultForThisMachine() {
        return defaultFor(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
