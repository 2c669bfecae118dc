package dk.elaas.app.install;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed window app keeps a class-data-sharing archive that the JVM writes at exit
 * ({@code -XX:SharedArchiveFile=… -XX:+AutoCreateSharedArchive}, ADR 0006). The JVM does not create the
 * archive's folder: when it is missing (first start with {@code XDG_DATA_HOME} or {@code --data-dir} elsewhere,
 * or a {@code $HOME} that is not the account's home) the JVM fails to write the archive and, on the next start,
 * refuses it. So the app makes the folder itself as soon as it starts.
 */
public final class ClassDataArchive {

    private static final Logger LOG = LoggerFactory.getLogger(ClassDataArchive.class);
    private static final String OPTION = "-XX:SharedArchiveFile=";

    private ClassDataArchive() {
    }

    /** The archive named in the JVM's options, if it keeps one it may create itself. */
    static Optional<Path> archive(List<String> jvmOptions) {
        if (!jvmOptions.contains("-XX:+AutoCreateSharedArchive")) {
            return Optional.empty();
        }
        return jvmOptions.stream().filter(o -> o.startsWith(OPTION))
                .map(o -> o.substring(OPTION.length()))
                // A base and a dynamic archive may be named together ("base.jsa:top.jsa"): the top one is written.
                .map(v -> v.substring(v.lastIndexOf(java.io.File.pathSeparatorChar) + 1))
                .filter(v -> !v.isBlank())
                .reduce((first, last) -> last)
                .map(Path::of);
    }

    /** Makes the folder of the archive named in {@code jvmOptions}; returns it, if there is one. */
    static Optional<Path> ensureFolder(List<String> jvmOptions) {
        Optional<Path> archive = archive(jvmOptions);
        archive.map(Path::toAbsolutePath).map(Path::getParent).ifPresent(folder -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                // Only start-up speed is lost: the JVM then starts without an archive.
                LOG.warn("Could not create the folder of the class-data archive {}", folder, e);
            }
        });
        return archive;
    }

    /** For the window app: on a background thread, so reading the JVM's options never delays the window. */
    public static void ensureFolderInBackground() {
        Thread t = new Thread(() -> ensureFolder(ManagementFactory.getRuntimeMXBean().getInputArguments()),
                "elaas-cds-folder");
        t.setDaemon(true);
        t.start();
    }
}
