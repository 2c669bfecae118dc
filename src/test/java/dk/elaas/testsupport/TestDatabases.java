package dk.elaas.testsupport;

import dk.elaas.db.PersistenceUnit;
import dk.elaas.identity.Actor;
import dk.elaas.audit.AuditTrail;
import dk.elaas.common.persistence.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.event.spi.EventType;

/** Real databases for tests: an H2 file in a temp folder, or a fresh schema on the machine's PostgreSQL. */
public final class TestDatabases {

    public static final String PG_URL = System.getProperty("elaas.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String PG_USER = System.getProperty("elaas.test.pg.user", "postgres");

    private TestDatabases() {
    }

    public static Database h2(Path dir, Supplier<Actor> actor, Clock clock) {
        return start(Database.Config.h2(dir), actor, clock);
    }

    /** A new, empty schema on PostgreSQL; drop it with {@link #dropPostgresSchema}. */
    public static Database.Config postgresSchema() {
        return new Database.Config(PG_URL, PG_USER, "", "it_" + UUID.randomUUID().toString().replace("-", ""), null);
    }

    public static void dropPostgresSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, ""); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    public static Database start(Database.Config config, Supplier<Actor> actor, Clock clock) {
        AuditTrail trail = new AuditTrail(actor, clock);
        return Database.start(config, PersistenceUnit.ENTITIES, registry -> {
            registry.appendListeners(EventType.POST_INSERT, trail);
            registry.appendListeners(EventType.POST_UPDATE, trail);
            registry.appendListeners(EventType.POST_DELETE, trail);
        }, stage -> { });
    }
}
