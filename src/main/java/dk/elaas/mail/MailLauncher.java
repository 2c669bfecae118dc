package dk.elaas.mail;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an .eml file in the program the operating system associates with it (Outlook, Thunderbird, Mail), and
 * a stored document (a consent's PDF) through a copy. The copies are kept in a private folder inside the data
 * folder, never in the shared temp folder, and that folder is emptied when eLås starts and closes (the viewer
 * may still have a copy open while eLås runs). Call it on a background thread: AWT's Desktop must never run on
 * the JavaFX thread.
 */
public final class MailLauncher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailLauncher.class);

    private final Path copies;

    /** Without a folder for copies (tests of mails only): {@link #copy} refuses. */
    public MailLauncher() {
        this(null);
    }

    /** {@code copies}: the private folder for documents handed to a viewer; leftovers are removed now. */
    public MailLauncher(Path copies) {
        this.copies = copies;
        cleanCopies();
    }

    /** True when this machine can hand a file to its default program. */
    public boolean supported() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    public void open(Path eml) {
        if (!supported()) {
            throw new MailException("This computer cannot open files in another program; the mail is saved at " + eml);
        }
        try {
            Desktop.getDesktop().open(eml.toFile());
        } catch (IOException | UnsupportedOperationException e) {
            throw new MailException("Could not open " + eml + " in the mail program: " + e.getMessage(), e);
        }
    }

    /** Writes a copy of a stored document for a viewer, readable only by this account where permissions exist. */
    public Path copy(String fileName, byte[] content) throws IOException {
        if (copies == null) {
            throw new IOException("No folder for document copies");
        }
        String name = Path.of(fileName).getFileName().toString();
        Path dir = copies.resolve(UUID.randomUUID().toString());
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(copies);
        if (posix) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path file = Files.createFile(dir.resolve(name),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return Files.write(file, content);
        }
        Files.createDirectory(dir);
        return Files.write(dir.resolve(name), content);
    }

    /** Removes every copy handed to a viewer. */
    public void cleanCopies() {
        if (copies == null || !Files.isDirectory(copies)) {
            return;
        }
        try (Stream<Path> all = Files.walk(copies)) {
            all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(copies)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Could not delete the document copy {} (still open in a viewer?)", p);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not clean the document copies in {}", copies, e);
        }
    }

    @Override
    public void close() {
        cleanCopies();
    }
}
