package dk.elaas.common.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.elaas.common.persistence.DatabaseStartupException.Reason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local (H2 file) or central (PostgreSQL) database: Flyway migrates it, Hibernate only validates the
 * mapping against it. Start-up refuses, without touching anything, a data folder another instance holds,
 * a file it cannot read and a schema newer than this version knows.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** H2's "database may be already in use" error code. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    /** How to reach a database; {@code lockFile} is null for a server database. */
    public record Config(String jdbcUrl, String user, String password, String schema, Path lockFile, String appRole,
                         LockHolder.Kind holder) {

        public Config(String jdbcUrl, String user, String password, String schema, Path lockFile) {
            this(jdbcUrl, user, password, schema, lockFile, null, LockHolder.Kind.OTHER);
        }

        public Config(String jdbcUrl, String user, String password, String schema, Path lockFile, String appRole) {
            this(jdbcUrl, user, password, schema, lockFile, appRole, LockHolder.Kind.OTHER);
        }

        /** The same database, held as {@code kind} (a second start is told who holds the folder). */
        public Config heldBy(LockHolder.Kind kind) {
            return new Config(jdbcUrl, user, password, schema, lockFile, appRole, kind);
        }

        /**
         * The server's way in: Flyway migrates as {@code user} (the schema's owner), and every pooled connection
         * then acts as {@code appRole}, a role that owns nothing, so row-level security and the audit log's
         * missing UPDATE/DELETE rights apply to it.
         */
        public Config withAppRole(String role) {
            if (role != null && !role.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("database role must be a plain lower-case name: " + role);
            }
            return new Config(jdbcUrl, user, password, schema, lockFile, role, holder);
        }

        public static Config h2(Path dataDir) {
            Path file = dataDir.resolve("elaas").toAbsolutePath();
            // WRITE_DELAY=0: H2 writes the committed changes to the file when the transaction ends, not up to
            // 500 ms later from a background thread, so what a service returned as saved survives a kill -9
            // (issue 16, ADR 0010; KillAfterSaveIT).
            // CIPHER=AES: encrypted at rest (issue 15.1); H2 takes the file key, a space, then the user's password.
            String fileKey = H2Encryption.fileKey(dataDir);
            String url = "jdbc:h2:file:" + file + ";CIPHER=AES;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
            return new Config(url, "sa", fileKey + " " + H2Credentials.password(dataDir, url, "sa", fileKey + " "),
                    null, dataDir.resolve("elaas.lock"));
        }
    }

    /** The stages start-up goes through, for a progress display. */
    public enum Stage { LOCKING, MIGRATING, MAPPING, READY }

    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final FileLock lock;
    private final FileChannel lockChannel;
    private final Path lockFile;
    private final LockHolder holder;

    private Database(HikariDataSource dataSource, SessionFactory sessionFactory, FileChannel lockChannel, FileLock lock,
                     Path lockFile, LockHolder holder) {
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.lockFile = lockFile;
        this.holder = holder;
    }

    public static Database start(Config config, Collection<Class<?>> entities,
                                 Consumer<EventListenerRegistry> listeners, Consumer<Stage> progress) {
        progress.accept(Stage.LOCKING);
        FileChannel channel = null;
        FileLock lock = null;
        LockHolder holder = null;
        if (config.lockFile() != null) {
            try {
                Files.createDirectories(config.lockFile().getParent());
                channel = FileChannel.open(config.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new DatabaseStartupException(Reason.NOT_WRITABLE, config.lockFile().getParent().toString(), e);
            }
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException | IOException e) {
                lock = null;
            }
            if (lock == null) {
                closeQuietly(channel);
                throw new DatabaseStartupException(Reason.LOCKED, config.lockFile().getParent().toString(), null,
                        LockHolder.read(config.lockFile()).orElse(null));
            }
            holder = LockHolder.current(config.holder());
            try {
                holder.write(config.lockFile());
            } catch (IOException e) {
                // The lock itself holds; only a second start's message is less precise.
                LOG.warn("Could not write the lock info beside {}", config.lockFile(), e);
            }
        }
        HikariDataSource ds = null;
        java.util.concurrent.CompletableFuture<SessionFactory> mapping = null;
        try {
            if (config.appRole() != null) {
                // The owner migrates and grants first: the app role's pool cannot even connect before that.
                progress.accept(Stage.MIGRATING);
                migrateAsOwner(config);
            }
            ds = dataSource(config);
            HikariDataSource pool = ds;
            // Hibernate's boot (mostly class loading and bytecode work) does not need the migrated schema, only
            // its validation does: build it on a second thread while Flyway migrates, then validate.
            mapping = java.util.concurrent.CompletableFuture.supplyAsync(() -> sessionFactory(config, pool, entities),
                    r -> {
                        Thread t = new Thread(r, "elaas-db-mapping");
                        t.setDaemon(true);
                        t.start();
                    });
            if (config.appRole() == null) {
                progress.accept(Stage.MIGRATING);
                migrate(config, ds);
            }
            progress.accept(Stage.MAPPING);
            SessionFactory sf = join(mapping);
            sf.getSchemaManager().validateMappedObjects();
            listeners.accept(sf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                    .requireService(EventListenerRegistry.class));
            progress.accept(Stage.READY);
            return new Database(ds, sf, channel, lock, config.lockFile(), holder);
        } catch (DatabaseStartupException e) {
            closeWhenBuilt(mapping);
            forget(holder, config.lockFile());
            cleanUp(ds, channel, lock);
            throw e;
        } catch (RuntimeException e) {
            closeWhenBuilt(mapping);
            forget(holder, config.lockFile());
            cleanUp(ds, channel, lock);
            SQLException sql = findSqlException(e);
            if (sql != null && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new DatabaseStartupException(Reason.LOCKED, config.jdbcUrl(), e);
            }
            throw new DatabaseStartupException(Reason.UNREADABLE, rootMessage(e), e);
        }
    }

    private static SessionFactory join(java.util.concurrent.CompletableFuture<SessionFactory> mapping) {
        try {
            return mapping.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void closeWhenBuilt(java.util.concurrent.CompletableFuture<SessionFactory> mapping) {
        if (mapping != null) {
            mapping.thenAccept(SessionFactory::close);
        }
    }

    private static HikariDataSource dataSource(Config config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.jdbcUrl());
        hc.setUsername(config.user());
        hc.setPassword(config.password());
        hc.setMaximumPoolSize(4);
        hc.setMinimumIdle(1);
        hc.setPoolName("elaas-db");
        hc.setAutoCommit(false);
        if (config.schema() != null) {
            hc.setSchema(config.schema());
        }
        if (config.appRole() != null) {
            hc.setConnectionInitSql("SET ROLE " + config.appRole());
        }
        // With auto-commit off, the schema and role set on a new connection are in an open transaction, and the
        // first rollback would undo them; Hikari commits its set-up when internal queries are isolated.
        hc.setIsolateInternalQueries(true);
        return new HikariDataSource(hc);
    }

    private static void migrateAsOwner(Config config) {
        Config owner = new Config(config.jdbcUrl(), config.user(), config.password(), config.schema(), null, null);
        try (HikariDataSource ds = dataSource(owner)) {
            migrate(config, (javax.sql.DataSource) ds);
            ServerGrants.grant(ds, config.schema(), config.appRole());
        }
    }

    private static void migrate(Config config, javax.sql.DataSource ds) {
        if (ds instanceof HikariDataSource h && config.appRole() != null && h.getConnectionInitSql() != null) {
            throw new IllegalStateException("migrations run as the owner, never as the app role");
        }
        var flywayConfig = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:dk/elaas/db/migration")
                .validateMigrationNaming(true);
        if (config.schema() != null) {
            flywayConfig.schemas(config.schema()).createSchemas(true);
        }
        Flyway flyway = flywayConfig.load();
        // One look at the history (each Flyway call scans the migrations and reads it again): a schema from a
        // newer eLås is refused, one that is up to date is left alone, and only one that is behind is migrated.
        MigrationInfoService infos = flyway.info();
        // H2 commits each DDL statement on its own, so a first start killed while the schema is being made leaves
        // half a schema that Flyway refuses at every start. A marker beside the database says "being made" until
        // every migration has run; finding it (or a history with no completed migration, from before the marker)
        // means nothing a person made can be in the database, so it is emptied and made again. PostgreSQL rolls
        // DDL back with its transaction: the server never needs this.
        Path creating = config.jdbcUrl().startsWith("jdbc:h2:") && config.lockFile() != null
                ? config.lockFile().resolveSibling("elaas.creating") : null;
        boolean firstStart = creating != null && (Files.exists(creating) || java.util.Arrays.stream(infos.applied())
                .noneMatch(i -> i.getState() == org.flywaydb.core.api.MigrationState.SUCCESS));
        if (firstStart) {
            try {
                Files.writeString(creating, "The database is being made; if this file stays, it is made again.\n");
            } catch (IOException e) {
                throw new DatabaseStartupException(Reason.NOT_WRITABLE, creating.getParent().toString(), e);
            }
            infos = startCreationAgain(ds, flyway);
        }
        for (MigrationInfo info : infos.all()) {
            if (info.getState().name().startsWith("FUTURE")) {
                throw new DatabaseStartupException(Reason.NEWER_SCHEMA, String.valueOf(info.getVersion()), null);
            }
        }
        int executed = 0;
        MigrationInfo current = infos.current();
        // Anything but a clean history (a changed migration file, a failed or ignored row) is left to Flyway's own
        // validation in migrate(), which refuses it as before.
        boolean clean = java.util.Arrays.stream(infos.applied())
                .allMatch(i -> i.getState() == org.flywaydb.core.api.MigrationState.SUCCESS
                        && (i.getResolvedChecksum() == null || i.isChecksumMatching()));
        if (infos.pending().length > 0 || !clean) {
            executed = flyway.migrate().migrationsExecuted;
            current = flyway.info().current();
        }
        if (firstStart) {
            try {
                Files.deleteIfExists(creating);
            } catch (IOException e) {
                // The marker must not outlive a start that goes on (the next one would empty the database): this
                // start stops here, before anything is stored, so emptying it next time loses nothing.
                throw new DatabaseStartupException(Reason.NOT_WRITABLE, creating.getParent().toString(), e);
            }
        }
        LOG.info("Database schema at version {} ({} migrations applied now)",
                current == null ? "none" : current.getVersion(), executed);
    }

    /** Empties a database left half made by an interrupted first start (see {@link #migrate}). */
    private static MigrationInfoService startCreationAgain(javax.sql.DataSource ds, Flyway flyway) {
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return flyway.info();
            }
            LOG.warn("The database was left half made by an interrupted first start; making it again");
            st.execute("DROP ALL OBJECTS");
            c.commit();
        } catch (SQLException e) {
            throw new DatabaseStartupException(Reason.UNREADABLE, rootMessage(e), e);
        }
        return flyway.info();
    }

    private static SessionFactory sessionFactory(Config config, HikariDataSource ds, Collection<Class<?>> entities) {
        var cfg = new HibernatePersistenceConfiguration("elaas")
                .managedClasses(entities)
                .schemaToolingAction(Action.NONE) // validated explicitly once Flyway has migrated
                .property("hibernate.connection.datasource", ds)
                .property("hibernate.connection.provider_disables_autocommit", true)
                .property("hibernate.jdbc.time_zone", "UTC")
                .property("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP_WITH_TIMEZONE");
        if (config.schema() != null) {
            cfg.property("hibernate.default_schema", config.schema());
        }
        return cfg.createEntityManagerFactory();
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    public Tx tx() {
        return new Tx(sessionFactory);
    }

    /** Transactions that first run {@code onBegin} on their connection (the server's acting user for RLS). */
    public Tx tx(java.util.function.Consumer<org.hibernate.Session> onBegin) {
        return new Tx(sessionFactory, onBegin);
    }

    private static void forget(LockHolder holder, Path lockFile) {
        if (holder != null) {
            holder.remove(lockFile);
        }
    }

    @Override
    public void close() {
        forget(holder, lockFile);
        cleanUp(dataSource, lockChannel, lock);
        if (sessionFactory.isOpen()) {
            sessionFactory.close();
        }
    }

    private static void cleanUp(HikariDataSource ds, FileChannel channel, FileLock lock) {
        if (ds != null) {
            ds.close();
        }
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException e) {
                LOG.warn("Could not release the data-folder lock", e);
            }
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("Could not close the lock file", e);
            }
        }
    }

    private static SQLException findSqlException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return String.valueOf(c.getMessage());
    }
}
