package dk.elaas.common.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where this user's data lives: the OS's per-user application-data folder, unless {@code --data-dir} says otherwise. */
public final class DataFolder {

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
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "elaas") : home.resolve(".local/share/elaas");
    }

    public static Path defaultForThisMachine() {
        return defaultFor(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
