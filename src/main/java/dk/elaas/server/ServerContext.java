package dk.elaas.server;

import dk.elaas.db.PersistenceUnit;
import dk.elaas.audit.AuditService;
import dk.elaas.audit.AuditTrail;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.consent.ConsentCheckService;
import dk.elaas.consent.ConsentDetailService;
import dk.elaas.consent.ConsentExportService;
import dk.elaas.consent.ConsentLifecycleService;
import dk.elaas.consent.ConsentQueryService;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.identity.Actor;
import dk.elaas.identity.Policy;
import dk.elaas.mail.EmlComposer;
import dk.elaas.mail.MailSettings;
import dk.elaas.mail.OutboxService;
import dk.elaas.onboarding.OnboardingService;
import dk.elaas.access.AccessGrantService;
import dk.elaas.settings.SettingsService;
import dk.elaas.supplier.SupplierService;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import org.hibernate.Session;
import org.hibernate.event.spi.EventType;

/**
 * The server's composition root: the same services as the desktop's {@code AppContext}, on PostgreSQL, with
 * the request's authenticated {@link Actor} as the one "who" and every transaction telling PostgreSQL who acts
 * (row-level security). Holds no state of its own between requests.
 */
final class ServerContext implements AutoCloseable {

    final RequestActor actor = new RequestActor();
    final Policy policy = new Policy();
    final Clock clock;
    final Database database;
    final Tx tx;
    /** Transactions of the server itself (token → company look-up, expiry), as the SYSTEM role. */
    final Tx systemTx;
    final SupplierService suppliers;
    final SettingsService settings;
    final AuditService audit;
    final AuditTrail trail;
    final ConsentQueryService consents;
    final ConsentCheckService checks;
    final ConsentDetailService details;
    final ConsentRegistrationService registrations;
    final ConsentLifecycleService lifecycle;
    final ConsentExportService exports;
    final OutboxService outbox;
    final OnboardingService onboarding;
    final DocumentStore documents;

    ServerContext(ServerConfig config, Clock clock) {
        this.clock = clock;
        this.trail = new AuditTrail(() -> {
            Actor a = actor.orNull();
            return a == null ? Actor.SYSTEM : a;
        }, clock);
        Database.Config db = new Database.Config(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dbSchema(),
                null).withAppRole(config.dbRole());
        this.database = Database.start(db, PersistenceUnit.ENTITIES, registry -> {
            registry.appendListeners(EventType.POST_INSERT, trail);
            registry.appendListeners(EventType.POST_UPDATE, trail);
            registry.appendListeners(EventType.POST_DELETE, trail);
        }, stage -> { });
        this.tx = database.tx(s -> tellDatabaseWhoActs(s, actor.orNull()));
        this.systemTx = database.tx(s -> tellDatabaseWhoActs(s, Actor.SYSTEM));
        java.util.function.Supplier<java.util.UUID> scope = () -> actor.get().supplierScope();
        Postcodes postcodes = Postcodes.load();
        this.suppliers = new SupplierService(tx, clock);
        this.settings = new SettingsService(tx, actor);
        this.audit = new AuditService(tx, clock);
        this.consents = new ConsentQueryService(tx, scope);
        this.checks = new ConsentCheckService(tx, clock, scope);
        AccessGrantService grants = new AccessGrantService(tx, clock);
        MailSettings mail = new MailSettings(settings);
        // Drafts live in the database; the server never writes them to a folder.
        this.outbox = new OutboxService(tx, new EmlComposer(clock), Path.of(System.getProperty("java.io.tmpdir")));
        this.details = new ConsentDetailService(tx, clock, grants, outbox, trail, scope);
        this.registrations = new ConsentRegistrationService(tx, clock, postcodes, () -> actor.get().name());
        this.lifecycle = new ConsentLifecycleService(tx, clock, outbox, mail, grants, actor);
        this.exports = new ConsentExportService(tx, clock, trail, () -> actor.get().role());
        this.onboarding = new OnboardingService(tx, clock, outbox, mail, actor, scope);
        this.documents = new DocumentStore(tx, clock);
    }

    /** SET LOCAL of who acts, first in every transaction; no actor means the empty role, which RLS lets see nothing. */
    private static void tellDatabaseWhoActs(Session session, Actor a) {
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT set_config('elaas.role', ?, true), set_config('elaas.supplier_id', ?, true)")) {
                ps.setString(1, a == null ? "" : a.auditRole());
                ps.setString(2, a == null || a.supplierScope() == null ? "" : a.supplierScope().toString());
                ps.execute();
            }
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
