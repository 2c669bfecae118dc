package dk.elaas.common.persistence;

import dk.elaas.common.persistence.DatabaseStartupException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's password: generated once per data folder and kept in {@code elaas.dbkey}, readable
 * only by the owner (POSIX 600 where the file system has permissions). A data folder from a version whose H2
 * user {@code SA} had an empty password is given the generated one on first open: the new password is written
 * to {@code elaas.dbkey.new}, set with {@code ALTER USER}, and only then moved into place, so a crash in between
 * still finds the password the database has.
 */
public final class H2Credentials {

    private static final Logger LOG = LoggerFactory.getLogger(H2Credentials.class);
    static final String FILE = "elaas.dbkey";
    private static final String PENDING = FILE + ".new";
    /** H2: wrong user name or password. */
    private static final int H2_WRONG_PASSWORD = 28000;
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private H2Credentials() {
    }

    /** The password for the database in {@code dataDir}, creating or migrating it as described above. */
    public static synchronized String password(Path dataDir, String jdbcUrl, String user) {
        Path file = dataDir.resolve(FILE);
        Path pending = dataDir.resolve(PENDING);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            boolean exists = Files.exists(dataDir.resolve("elaas.mv.db"));
            String password = Files.exists(pending) ? read(pending) : generate();
            if (!exists) {
                // A new database: H2 creates SA with this password on first connection.
                write(pending, password);
                move(pending, file);
                return password;
            }
            write(pending, password);
            migrate(jdbcUrl, user, password);
            move(pending, file);
            return password;
        } catch (IOException e) {
            throw new DatabaseStartupException(Reason.NOT_WRITABLE, dataDir.toString(), e);
        }
    }

    /** Sets the password on a database that still has the empty one; accepts one that already has it. */
    private static void migrate(String jdbcUrl, String user, String password) {
        String url = jdbcUrl + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return; // an earlier start set it and stopped before moving the file
        } catch (SQLException e) {
            if (e.getErrorCode() != H2_WRONG_PASSWORD) {
                throw failure(url, e);
            }
        }
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement st = c.createStatement()) {
            st.execute("ALTER USER " + user + " SET PASSWORD '" + password + "'");
            LOG.info("The embedded database had an empty password; it now has a generated one");
        } catch (SQLException e) {
            throw failure(url, e);
        }
    }

    private static DatabaseStartupException failure(String url, SQLException e) {
        return e.getErrorCode() == H2_DATABASE_ALREADY_OPEN ? new DatabaseStartupException(Reason.LOCKED, url, e)
                : new DatabaseStartupException(Reason.UNREADABLE, String.valueOf(e.getMessage()), e);
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes); // hex: safe inside an SQL string literal and a JDBC property
    }

    private static String read(Path file) throws IOException {
        String value = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!value.matches("[0-9a-f]{16,128}")) {
            throw new DatabaseStartupException(Reason.UNREADABLE, file + " does not hold a database password", null);
        }
        return value;
    }

    private static void write(Path file, String password) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            // Windows: the per-user data folder (LOCALAPPDATA) is already private to the account.
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
        Files.writeString(file, password, StandardCharsets.UTF_8);
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }
}
