package dk.elaas.common.persistence;

import dk.elaas.common.persistence.DatabaseStartupException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
        return password(dataDir, jdbcUrl, user, "");
    }

    /**
     * As {@link #password(Path, String, String)} for an encrypted database: {@code filePrefix} is the file key
     * and a space, which H2 wants before the user's password.
     */
    public static synchronized String password(Path dataDir, String jdbcUrl, String user, String filePrefix) {
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
            migrate(jdbcUrl, user, password, filePrefix);
            move(pending, file);
            return password;
        } catch (IOException e) {
            throw new DatabaseStartupException(Reason.NOT_WRITABLE, dataDir.toString(), e);
        }
    }

    /** Sets the password on a database that still has the empty one; accepts one that already has it. */
    private static void migrate(String jdbcUrl, String user, String password, String filePrefix) {
        String url = jdbcUrl + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, user, filePrefix + password)) {
            return; // an earlier start set it and stopped before moving the file
        } catch (SQLException e) {
            if (e.getErrorCode() != H2_WRONG_PASSWORD) {
                throw failure(url, e);
            }
        }
        try (Connection c = DriverManager.getConnection(url, user, filePrefix); Statement st = c.createStatement()) {
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
        return Secrets.generate();
    }

    private static String read(Path file) throws IOException {
        return Secrets.read(file);
    }

    private static void write(Path file, String password) throws IOException {
        Secrets.write(file, password);
    }

    private static void move(Path from, Path to) throws IOException {
        Secrets.move(from, to);
    }
}
