package dk.elaas.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.identity.Actor;
import dk.elaas.testsupport.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15.1: the embedded database is encrypted at rest. A copied database file gives nothing away without its
 * key, which only the account can read; a plain database from an earlier version is encrypted on first start
 * with its data intact, also when that start was killed halfway.
 */
class H2EncryptionIT {

    private static final Actor TESTER = new Actor("Test", "ADMINISTRATOR");
    private static final String MARKER = "Inger Marie Kjær fra før krypteringen";

    @TempDir
    Path dir;

    private String plainUrl() {
        return "jdbc:h2:file:" + dir.resolve("elaas").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** A data folder as the version before encryption left it: schema, a row, the empty password. */
    private void oldPlainDataFolder() throws Exception {
        TestDatabases.start(new Database.Config(plainUrl(), "sa", "", null, dir.resolve("elaas.lock")),
                () -> TESTER, Clock.systemUTC()).close();
        try (Connection c = DriverManager.getConnection(plainUrl(), "sa", ""); Statement st = c.createStatement()) {
            st.execute("INSERT INTO app_setting(setting_key, setting_value, version, created_at, updated_at)"
                    + " VALUES ('old.marker', '" + MARKER + "', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        assertThat(H2Encryption.isEncrypted(dir.resolve("elaas.mv.db"))).isFalse();
        assertThat(contains(dir.resolve("elaas.mv.db"), "Inger Marie")).as("plain before").isTrue();
    }

    private String marker(Database.Config config) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", config.password());
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT setting_value FROM app_setting WHERE setting_key = 'old.marker'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static boolean contains(Path file, String text) throws Exception {
        String all = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return all.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aNewDatabaseIsEncryptedAndUnreadableWithoutItsKey() throws Exception {
        Database.Config config = Database.Config.h2(dir);
        TestDatabases.start(config, () -> TESTER, Clock.systemUTC()).close();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", config.password());
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO app_setting(setting_key, setting_value, version, created_at, updated_at)"
                    + " VALUES ('old.marker', '" + MARKER + "', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }

        Path db = dir.resolve("elaas.mv.db");
        assertThat(H2Encryption.isEncrypted(db)).isTrue();
        assertThat(contains(db, "Inger Marie")).as("no plain text in the file").isFalse();
        // A copy opened without the key (the way someone who took the file would try).
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(db, copy.resolve("elaas.mv.db"));
        String copyUrl = "jdbc:h2:file:" + copy.resolve("elaas").toAbsolutePath() + ";IFEXISTS=TRUE";
        String userPassword = config.password().substring(config.password().indexOf(' ') + 1);
        assertThatThrownBy(() -> DriverManager.getConnection(copyUrl, "sa", userPassword).close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(copyUrl + ";CIPHER=AES", "sa",
                "0123456789abcdef0123456789abcdef " + userPassword).close()).isInstanceOf(SQLException.class);
        Path key = dir.resolve(H2Encryption.KEY);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(key))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        assertThat(marker(Database.Config.h2(dir))).isEqualTo(MARKER);
    }

    @Test
    void aPlainDatabaseFromBeforeIsEncryptedOnFirstStartWithItsDataIntact() throws Exception {
        oldPlainDataFolder();

        Database.Config config = Database.Config.h2(dir);
        TestDatabases.start(config, () -> TESTER, Clock.systemUTC()).close();

        assertThat(H2Encryption.isEncrypted(dir.resolve("elaas.mv.db"))).isTrue();
        assertThat(contains(dir.resolve("elaas.mv.db"), "Inger Marie")).isFalse();
        assertThat(dir.resolve(H2Encryption.BACKUP)).as("the plain copy is gone").doesNotExist();
        assertThat(dir.resolve(H2Encryption.KEY + ".new")).doesNotExist();
        assertThat(marker(config)).isEqualTo(MARKER);
        assertThat(marker(Database.Config.h2(dir))).as("the next start just reads the key").isEqualTo(MARKER);
    }

    @Test
    void aStartKilledWhileEncryptingIsFinishedFromThePlainCopyOnTheNextStart() throws Exception {
        oldPlainDataFolder();
        // What a kill -9 halfway through leaves: the pending key, the plain copy, a half-written database file.
        Files.writeString(dir.resolve(H2Encryption.KEY + ".new"), "00112233445566778899aabbccddeeff0011223344556677");
        Files.copy(dir.resolve("elaas.mv.db"), dir.resolve(H2Encryption.BACKUP));
        byte[] all = Files.readAllBytes(dir.resolve("elaas.mv.db"));
        Files.write(dir.resolve("elaas.mv.db"), Arrays.copyOf(all, all.length / 3));

        Database.Config config = Database.Config.h2(dir);

        assertThat(config.password()).startsWith("00112233445566778899aabbccddeeff0011223344556677 ");
        assertThat(H2Encryption.isEncrypted(dir.resolve("elaas.mv.db"))).isTrue();
        assertThat(dir.resolve(H2Encryption.BACKUP)).doesNotExist();
        assertThat(marker(config)).isEqualTo(MARKER);
        TestDatabases.start(config, () -> TESTER, Clock.systemUTC()).close();
    }

    @Test
    void anEncryptedDatabaseWhoseKeyIsGoneIsRefusedAndLeftAsItIs() throws Exception {
        TestDatabases.h2(dir, () -> TESTER, Clock.systemUTC()).close();
        Files.delete(dir.resolve(H2Encryption.KEY));
        byte[] before = Files.readAllBytes(dir.resolve("elaas.mv.db"));

        assertThatThrownBy(() -> Database.Config.h2(dir)).isInstanceOfSatisfying(DatabaseStartupException.class,
                e -> assertThat(e.reason()).isEqualTo(DatabaseStartupException.Reason.UNREADABLE));
        assertThat(Files.readAllBytes(dir.resolve("elaas.mv.db"))).isEqualTo(before);
    }
}
