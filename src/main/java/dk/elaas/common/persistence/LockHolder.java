package dk.elaas.common.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who holds a data folder's lock: a desktop window, a command-line import or another eLås program, with its
 * process id and start time. The holder writes it next to the lock file once it has the lock and removes it
 * on close, so a refused second start can say what to close or wait for (issue 16.8).
 */
public record LockHolder(Kind kind, long pid, Instant started) {

    private static final Logger LOG = LoggerFactory.getLogger(LockHolder.class);

    /** What kind of program holds the folder; each has its own refusal text. */
    public enum Kind { WINDOW, IMPORT, OTHER }

    /** This process as a holder of {@code kind}. */
    public static LockHolder current(Kind kind) {
        ProcessHandle self = ProcessHandle.current();
        return new LockHolder(kind, self.pid(), self.info().startInstant().orElseGet(Instant::now));
    }

    /** The info file beside {@code lockFile}. */
    public static Path infoFile(Path lockFile) {
        return lockFile.resolveSibling(lockFile.getFileName() + ".info");
    }

    /** Writes this holder beside the lock, atomically (a reader sees the old file or the new, never half). */
    void write(Path lockFile) throws IOException {
        Path target = infoFile(lockFile);
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            String text = "kind=" + kind.name() + "\npid=" + pid + "\nstarted=" + started + "\n";
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes the info file if it still names this holder. */
    void remove(Path lockFile) {
        Path file = infoFile(lockFile);
        try {
            if (read(lockFile).filter(h -> h.pid() == pid).isPresent()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}", file, e);
        }
    }

    /**
     * The holder named beside {@code lockFile}, if the file is readable and its process still runs (a file left
     * by a killed process names nobody).
     */
    public static Optional<LockHolder> read(Path lockFile) {
        Path file = infoFile(lockFile);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
            Properties p = new Properties();
            p.load(in);
            LockHolder h = new LockHolder(Kind.valueOf(p.getProperty("kind", "OTHER").trim().toUpperCase(Locale.ROOT)),
                    Long.parseLong(p.getProperty("pid", "").trim()), Instant.parse(p.getProperty("started", "").trim()));
            return ProcessHandle.of(h.pid()).filter(ProcessHandle::isAlive).map(alive -> h);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Unreadable lock info {}: {}", file, e.toString());
            return Optional.empty();
        }
    }
}
