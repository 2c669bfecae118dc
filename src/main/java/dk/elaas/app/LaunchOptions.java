package dk.elaas.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the command line asked for. */
public record LaunchOptions(Path dataDir, boolean demo, Optional<String> language, boolean exitWhenReady,
                            List<String> rest, Optional<String> server) {

    /** The preference (in the data folder's preferences.properties) naming the central server, set by IT. */
    public static final String SERVER_KEY = "server.url";

    public static LaunchOptions parse(List<String> args) {
        Path dataDir = null;
        boolean demo = false;
        String language = null;
        boolean exitWhenReady = false;
        String server = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = Path.of(args.get(++i));
            } else if (a.startsWith("--data-dir=")) {
                dataDir = Path.of(a.substring("--data-dir=".length()));
            } else if (a.equals("--server") && i + 1 < args.size()) {
                server = args.get(++i);
            } else if (a.startsWith("--server=")) {
                server = a.substring("--server=".length());
            } else if (a.equals("--demo")) {
                demo = true;
            } else if (a.startsWith("--lang=")) {
                language = a.substring("--lang=".length());
            } else if (a.equals("--exit-when-ready")) {
                exitWhenReady = true;
            } else {
                rest.add(a);
            }
        }
        return new LaunchOptions(dataDir, demo, Optional.ofNullable(language), exitWhenReady, List.copyOf(rest),
                Optional.ofNullable(server));
    }

    /** Remaining arguments that name existing files: opened in the intake panel ("open with eLås"). */
    public List<Path> files() {
        return rest.stream().filter(a -> !a.startsWith("-")).map(Path::of)
                .filter(java.nio.file.Files::isRegularFile).toList();
    }

    public Path dataDirOrDefault() {
        return dataDir != null ? dataDir : dk.elaas.common.persistence.DataFolder.defaultForThisMachine();
    }
}
