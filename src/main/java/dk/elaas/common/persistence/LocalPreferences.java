package dk.elaas.common.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The few settings needed before the database is open (the UI language), kept in a small file in the
 * data folder. Written to a temporary file and moved into place so a crash never leaves half a file.
 */
public final class LocalPreferences {

    private final Path file;
    private final Properties values = new Properties();

    public LocalPreferences(Path dataDir) {
        this.file = dataDir.resolve("preferences.properties");
        if (Files.isReadable(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // a damaged preferences file falls back to defaults
            }
        }
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized void put(String key, String value) throws IOException {
        reload();
        values.setProperty(key, value);
        write();
    }

    public synchronized void remove(String key) throws IOException {
        reload();
        values.remove(key);
        write();
    }

    /** Another part of the app may have written a key since: start from what is on disk. */
    private void reload() {
        if (Files.isReadable(file)) {
            Properties onDisk = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                onDisk.load(r);
                values.clear();
                values.putAll(onDisk);
            } catch (IOException | IllegalArgumentException e) {
                // keep what is in memory; the write below repairs the file
            }
        }
    }

    private void write() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            values.store(w, "eLås local preferences");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
