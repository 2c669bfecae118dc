package dk.elaas.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.identity.Actor;
import dk.elaas.testsupport.TestDatabases;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database is no longer open to anyone who knows H2's default {@code sa} with an empty password:
 * a new data folder gets a generated password in an owner-only file, and a folder from the old setup (a real
 * H2 file created by the old configuration, with data in it) is moved to a generated password on first open,
 * data kept.
 */
class H2CredentialsIT {

    private static final Actor TESTER = new Actor("Test", "ADMINISTRATOR");

    @TempDir
    Path dir;

    /** The URL of a database from before encryption (and of the old setup these tests start from). */
    private String url() {
        return "jdbc:h2:file:" + dir.resolve("elaas").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The URL of today's (encrypted) database, and the file key H2 wants before the user's password. */
    private String encryptedUrl() {
        return Database.Config.h2(dir).jdbcUrl();
    }

    private String fileKey() throws Exception {
        return Files.readString(dir.resolve(H2Encryption.KEY)).trim() + " ";
    }

    private void assertEmptyPasswordRefused() throws Exception {
        String prefix = fileKey();
        assertThatThrownBy(() -> DriverManager.getConnection(encryptedUrl(), "sa", prefix).close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
    }

    private void assertOwnerOnly(Path key) throws Exception {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(key))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void aNewDataFolderGetsAGeneratedPasswordInAnOwnerOnlyFile() throws Exception {
        TestDatabases.h2(dir, () -> TESTER, Clock.systemUTC()).close();

        Path key = dir.resolve("elaas.dbkey");
        assertThat(key).exists();
        assertOwnerOnly(key);
        String password = Files.readString(key).trim();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertEmptyPasswordRefused();
        try (Connection c = DriverManager.getConnection(encryptedUrl(), "sa", fileKey() + password)) {
            assertThat(c.isValid(1)).isTrue();
        }
    }

    @Test
    void anOldDatabaseWithTheEmptyPasswordIsMigratedOnFirstOpenAndKeepsItsData() throws Exception {
        // The old setup: the old configuration (sa / "") migrated the schema, and there is data in it.
        Database.Config old = new Database.Config(url(), "sa", "", null, dir.resolve("elaas.lock"));
        TestDatabases.start(old, () -> TESTER, Clock.systemUTC()).close();
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement st = c.createStatement()) {
            st.execute("INSERT INTO app_setting(setting_key, setting_value, version, created_at, updated_at) VALUES ('old.marker', 'fra før', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        assertThat(dir.resolve("elaas.dbkey")).doesNotExist();

        Database.Config config = Database.Config.h2(dir);
        TestDatabases.start(config, () -> TESTER, Clock.systemUTC()).close();

        Path key = dir.resolve("elaas.dbkey");
        assertThat(key).exists();
        assertThat(dir.resolve("elaas.dbkey.new")).doesNotExist();
        assertOwnerOnly(key);
        assertThat(config.password()).isEqualTo(fileKey() + Files.readString(key).trim());
        assertEmptyPasswordRefused();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", config.password());
             Statement st = c.createStatement(); var rs = st.executeQuery("SELECT setting_value FROM app_setting WHERE setting_key = 'old.marker'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("fra før");
        }
        // and the next start just reads the key
        assertThat(Database.Config.h2(dir).password()).isEqualTo(config.password());
        TestDatabases.h2(dir, () -> TESTER, Clock.systemUTC()).close();
    }

    @Test
    void aStartThatStoppedAfterSettingThePasswordButBeforeStoringTheFileStillGetsIn() throws Exception {
        String pending = "0123456789abcdef0123456789abcdef";
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement st = c.createStatement()) {
            st.execute("ALTER USER SA SET PASSWORD '" + pending + "'");
        }
        Files.writeString(dir.resolve("elaas.dbkey.new"), pending);

        assertThat(Database.Config.h2(dir).password()).isEqualTo(fileKey() + pending);
        assertThat(Files.readString(dir.resolve("elaas.dbkey")).trim()).isEqualTo(pending);
        assertThat(dir.resolve("elaas.dbkey.new")).doesNotExist();
    }

    @Test
    void aTamperedKeyFileIsRefusedWithAClearReason() throws Exception {
        Files.writeString(dir.resolve("elaas.dbkey"), "'; DROP ALL OBJECTS; --");
        assertThatThrownBy(() -> Database.Config.h2(dir))
                .isInstanceOfSatisfying(DatabaseStartupException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseStartupException.Reason.UNREADABLE));
    }
}
