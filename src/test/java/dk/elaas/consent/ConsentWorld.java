package dk.elaas.consent;

import dk.elaas.access.AccessGrantService;
import dk.elaas.identity.Actor;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.mail.EmlComposer;
import dk.elaas.mail.MailSettings;
import dk.elaas.mail.OutboxService;
import dk.elaas.settings.SettingsService;
import dk.elaas.supplier.Supplier;
import dk.elaas.testsupport.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The real consent services on one real database, wired as AppContext wires them, for tests. */
public final class ConsentWorld implements AutoCloseable {

    public static final Path SAMPLE_PDF = Path.of("..", "shared", "samples", "consents", "consent_002.pdf");

    public final Database db;
    public final Clock clock;
    public final ConsentRegistrationService registrations;
    public final AccessGrantService grants;
    public final OutboxService outbox;
    public final MailSettings mailSettings;
    public final ConsentLifecycleService lifecycle;
    public final Actor actor;

    public ConsentWorld(Database db, Clock clock, Path exportDir, Actor actor) {
        this.db = db;
        this.clock = clock;
        this.registrations = new ConsentRegistrationService(db.tx(), clock, Postcodes.load(), actor::name);
        this.grants = new AccessGrantService(db.tx(), clock);
        this.outbox = new OutboxService(db.tx(), new EmlComposer(clock), exportDir);
        this.mailSettings = new MailSettings(new SettingsService(db.tx(), () -> dk.elaas.identity.Actor.SYSTEM));
        this.lifecycle = new ConsentLifecycleService(db.tx(), clock, outbox, mailSettings, grants, () -> actor);
        this.actor = actor;
    }

    /** The onboarding service as AppContext wires it; {@code scope} is the supplier a Supplier-role user sees. */
    public dk.elaas.onboarding.OnboardingService onboarding(java.util.function.Supplier<Actor> who,
                                                            java.util.function.Supplier<UUID> scope) {
        return new dk.elaas.onboarding.OnboardingService(db.tx(), clock, outbox, mailSettings, who, scope);
    }

    public dk.elaas.onboarding.OffboardingService offboarding(java.util.function.Supplier<Actor> who,
                                                              java.util.function.Supplier<UUID> scope) {
        return new dk.elaas.onboarding.OffboardingService(db.tx(), clock, outbox, mailSettings, who, scope,
                onboarding(who, scope));
    }

    /** The task list as AppContext wires it. */
    public dk.elaas.task.TaskService tasks() {
        SettingsService settings = new SettingsService(db.tx(), () -> dk.elaas.identity.Actor.SYSTEM);
        return new dk.elaas.task.TaskService(db.tx(), clock, new dk.elaas.task.TaskSettings(settings),
                new dk.elaas.supplier.SupplierService(db.tx(), clock), offboarding(() -> actor, () -> null),
                new dk.elaas.onboarding.OnboardingSettings(settings));
    }

    public static ConsentWorld h2(Path dir, Clock clock, Actor actor) {
        return new ConsentWorld(TestDatabases.h2(dir.resolve("db"), () -> actor, clock), clock, dir.resolve("mail"), actor);
    }

    public static byte[] samplePdf() {
        try {
            return Files.readAllBytes(SAMPLE_PDF);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public UUID supplier(String name, String cvr, String... services) {
        return db.tx().call(s -> {
            Supplier sup = new Supplier(name, cvr);
            sup.setServices(Set.of(services));
            s.persist(sup);
            return sup.getId();
        });
    }

    /** A paper consent with the sample PDF as its normalised page, in REGISTERED. */
    public UUID paperConsent(String citizen, String cpr, UUID supplierId, Set<String> services, LocalDate signedOn,
                             LocalDate validUntil) {
        byte[] pdf = samplePdf();
        return registrations.register(new ConsentDraft(citizen, cpr, "Bøgevej 14, 2. tv.", "8000", "Aarhus C",
                "40112233", supplierId, null, null, services, signedOn, validUntil, SignerRole.CITIZEN, null, signedOn,
                "Lars Gravesen", CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE, ConsentChannel.PAPER, null, false,
                null, Map.of(), List.of(new ConsentDraft.Document(DocumentKind.NORMALIZED_PDF, "side1.pdf",
                "application/pdf", 1, pdf)))).consentId();
    }

    /** Registered, sent and received: access may be granted. */
    public UUID receivedConsent(String citizen, String cpr, UUID supplierId, Set<String> services, LocalDate signedOn,
                                LocalDate validUntil) {
        UUID id = paperConsent(citizen, cpr, supplierId, services, signedOn, validUntil);
        lifecycle.send(id);
        lifecycle.markReceived(id, LocalDate.now(clock), "Hasse Eriksen");
        return id;
    }

    /** Time has passed: the consent's last valid day is now {@code validUntil} (as if it were read so long ago). */
    public void lastValidDay(UUID consentId, LocalDate validUntil) {
        db.tx().run(s -> s.find(Consent.class, consentId).setValidUntil(validUntil));
    }

    public ConsentStatus status(UUID consentId) {
        return db.tx().call(s -> s.find(Consent.class, consentId).getStatus());
    }

    public List<ConsentStatusChange> history(UUID consentId) {
        return db.tx().call(s -> s.createSelectionQuery(
                "from ConsentStatusChange h where h.consent.id = :id order by h.changedAt, h.createdAt",
                ConsentStatusChange.class).setParameter("id", consentId).getResultList());
    }

    @Override
    public void close() {
        db.close();
    }
}
