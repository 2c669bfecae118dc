package dk.elaas.app;

import dk.elaas.audit.AuditService;
import dk.elaas.db.PersistenceUnit;
import dk.elaas.audit.AuditTrail;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.persistence.LocalPreferences;
import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.consent.ConsentQueryService;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.document.SearchablePdfWriter;
import dk.elaas.intake.FolderWatcher;
import dk.elaas.intake.IntakeException;
import dk.elaas.intake.IntakePipeline;
import dk.elaas.intake.IntakeService;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.OcrSettings;
import dk.elaas.demo.DemoDataService;
import dk.elaas.settings.SettingsService;
import dk.elaas.supplier.SupplierService;
import dk.elaas.user.CurrentUser;
import dk.elaas.user.UserService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.hibernate.event.spi.EventType;
import dk.elaas.access.AccessGrantService;
import dk.elaas.consent.ConsentCheckService;
import dk.elaas.consent.ConsentDetailService;
import dk.elaas.consent.ConsentLifecycleService;
import dk.elaas.consent.ExpiryScheduler;
import dk.elaas.mail.EmlComposer;
import dk.elaas.mail.MailLauncher;
import dk.elaas.mail.MailSettings;
import dk.elaas.mail.OutboxService;
import dk.elaas.task.TaskService;
import dk.elaas.task.TaskSettings;

/** The one composition root: builds every service with plain constructors. No statics, no service locator. */
public final class AppContext implements AutoCloseable {

    private final Path dataDir;
    private final Clock clock;
    private final Database database;
    private final CurrentUser currentUser;
    private final SupplierService suppliers;
    private final AuditService audit;
    private final UserService users;
    private final SettingsService settings;
    private final ConsentQueryService consents;
    private final DemoDataService demoData;
    private final Postcodes postcodes;
    private final OcrService ocr;
    private final ConsentRegistrationService registrations;
    private final IntakeService intake;
    private final FolderWatcher watcher;
    private final dk.elaas.intake.IntakeQueueStore intakeQueue;
    // consent register (issue 5)
    private final AccessGrantService grants;
    private final MailSettings mailSettings;
    private final OutboxService outbox;
    private final MailLauncher mailLauncher;
    private final ConsentLifecycleService lifecycle;
    private final ConsentCheckService consentChecks;
    private final ConsentDetailService consentDetails;
    private final dk.elaas.consent.ConsentCorrectionService consentCorrections;
    private final dk.elaas.consent.ConsentExportService consentExports;
    private final TaskSettings taskSettings;
    private final TaskService tasks;
    private final ExpiryScheduler expiry;
    private IntakePipeline pipeline;
    private final dk.elaas.sync.SyncQueue syncQueue;
    private volatile boolean queueForServer;
    private final dk.elaas.consent.PrintedFormService printedForms;
    // onboarding wizard (issue 6)
    private final dk.elaas.onboarding.OnboardingSettings onboardingSettings;
    private final dk.elaas.onboarding.OnboardingService onboarding;
    private final dk.elaas.onboarding.OffboardingService offboarding;
    private final dk.elaas.onboarding.AccessReviewService accessReviews;

    private AppContext(Path dataDir, Clock clock, Database database, CurrentUser currentUser, AuditTrail trail) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.currentUser = currentUser;
        Tx tx = database.tx();
        this.mailLauncher = new MailLauncher(dataDir.resolve("viewer-copies"));
        this.suppliers = new SupplierService(tx, clock);
        this.audit = new AuditService(tx, clock);
        this.users = new UserService(tx, currentUser);
        this.settings = new SettingsService(tx, currentUser::actor);
        this.consents = new ConsentQueryService(tx, this::supplierScope, clock);
        this.postcodes = Postcodes.load();
        this.ocr = new OcrService(OcrSettings.defaults());
        this.syncQueue = new dk.elaas.sync.SyncQueue(tx, clock, currentUser::actor);
        // Only a data folder that works against a central server queues its changes for it (issue 15.2).
        this.registrations = new ConsentRegistrationService(tx, clock, postcodes, () -> currentUser.actor().name(),
                (s, kind, id, command) -> {
                    if (queueForServer) {
                        syncQueue.record(s, kind, id, command);
                    }
                });
        this.watcher = new FolderWatcher(2000);
        this.printedForms = new dk.elaas.consent.PrintedFormService(tx, suppliers::services,
                () -> currentUser.actor().name());
        this.intake = new IntakeService(this::pipeline, suppliers, registrations, new SearchablePdfWriter(), clock,
                watcher, new LocalPreferences(dataDir), printedForms);
        this.intakeQueue = new dk.elaas.intake.IntakeQueueStore(dataDir.resolve("intake-queue.json"));
        this.grants = new AccessGrantService(tx, clock);
        this.mailSettings = new MailSettings(settings);
        this.outbox = new OutboxService(tx, new EmlComposer(clock), dataDir.resolve("outbox"));
        this.lifecycle = new ConsentLifecycleService(tx, clock, outbox, mailSettings, grants, currentUser::actor);
        this.consentChecks = new ConsentCheckService(tx, clock, this::supplierScope);
        this.consentDetails = new ConsentDetailService(tx, clock, grants, outbox, trail, this::supplierScope);
        this.consentCorrections = new dk.elaas.consent.ConsentCorrectionService(tx, clock, () -> currentUser.actor().name(),
                () -> currentUser.get().map(dk.elaas.user.UserRecord::role).orElse(null));
        this.consentExports = new dk.elaas.consent.ConsentExportService(tx, clock, trail,
                () -> currentUser.get().map(dk.elaas.user.UserRecord::role).orElse(null));
        this.taskSettings = new TaskSettings(settings);
        this.onboardingSettings = new dk.elaas.onboarding.OnboardingSettings(settings);
        this.onboarding = new dk.elaas.onboarding.OnboardingService(tx, clock, outbox, mailSettings, currentUser::actor,
                this::supplierScope);
        this.offboarding = new dk.elaas.onboarding.OffboardingService(tx, clock, outbox, mailSettings, currentUser::actor,
                this::supplierScope, onboarding);
        this.accessReviews = new dk.elaas.onboarding.AccessReviewService(tx, clock, onboardingSettings,
                currentUser::actor, this::supplierScope);
        this.tasks = new TaskService(tx, clock, taskSettings, suppliers, offboarding, onboardingSettings);
        this.demoData = new DemoDataService(tx, clock, new dk.elaas.onboarding.OnboardingService(tx, clock, outbox,
                mailSettings, () -> new dk.elaas.identity.Actor("Demodata", "ADMINISTRATOR"), () -> null));
        this.expiry = new ExpiryScheduler(lifecycle, java.time.Duration.ofHours(1));
    }

    /** Opens the local database in {@code dataDir}; slow (seconds), so never on the UI thread. */
    public static AppContext start(Path dataDir, Clock clock, Consumer<Database.Stage> progress) {
        return start(dataDir, clock, progress, dk.elaas.common.persistence.LockHolder.Kind.WINDOW);
    }

    /** As {@link #start(Path, Clock, Consumer)}, holding the folder as {@code holder} (a window or an import). */
    public static AppContext start(Path dataDir, Clock clock, Consumer<Database.Stage> progress,
                                   dk.elaas.common.persistence.LockHolder.Kind holder) {
        CurrentUser currentUser = new CurrentUser();
        AuditTrail trail = new AuditTrail(currentUser::actor, clock);
        Database db = Database.start(Database.Config.h2(dataDir).heldBy(holder), PersistenceUnit.ENTITIES, registry -> {
            registry.appendListeners(EventType.POST_INSERT, trail);
            registry.appendListeners(EventType.POST_UPDATE, trail);
            registry.appendListeners(EventType.POST_DELETE, trail);
        }, progress);
        return new AppContext(dataDir, clock, db, currentUser, trail);
    }

    /** A Supplier-role user sees only their own company's records (least privilege, seed 004); others all. */
    private java.util.UUID supplierScope() {
        return currentUser.actor().supplierScope();
    }

    public Path dataDir() { return dataDir; }

    /** The OCR engine (its status names the Tesseract version for "Om eLås"). */
    public OcrService ocr() { return ocr; }
    public Clock clock() { return clock; }
    public CurrentUser currentUser() { return currentUser; }
    public SupplierService suppliers() { return suppliers; }
    public AuditService audit() { return audit; }
    public UserService users() { return users; }
    public SettingsService settings() { return settings; }
    public ConsentQueryService consents() { return consents; }
    public dk.elaas.consent.PrintedFormService printedForms() { return printedForms; }
    public DemoDataService demoData() { return demoData; }
    public Postcodes postcodes() { return postcodes; }
    public ConsentRegistrationService registrations() { return registrations; }
    public IntakeService intake() { return intake; }
    /** The intake queue not stored yet, kept in the data folder across restarts (issue 16.8). */
    public dk.elaas.intake.IntakeQueueStore intakeQueue() { return intakeQueue; }
    public AccessGrantService grants() { return grants; }
    public MailSettings mailSettings() { return mailSettings; }
    public OutboxService outbox() { return outbox; }
    public MailLauncher mailLauncher() { return mailLauncher; }
    public ConsentLifecycleService lifecycle() { return lifecycle; }
    public ConsentCheckService consentChecks() { return consentChecks; }
    public ConsentDetailService consentDetails() { return consentDetails; }
    public dk.elaas.consent.ConsentCorrectionService consentCorrections() { return consentCorrections; }
    public dk.elaas.consent.ConsentExportService consentExports() { return consentExports; }
    public TaskSettings taskSettings() { return taskSettings; }
    public TaskService tasks() { return tasks; }
    public dk.elaas.onboarding.OnboardingSettings onboardingSettings() { return onboardingSettings; }
    public dk.elaas.onboarding.OnboardingService onboarding() { return onboarding; }
    public dk.elaas.onboarding.OffboardingService offboarding() { return offboarding; }
    public dk.elaas.onboarding.AccessReviewService accessReviews() { return accessReviews; }
    /** The changes made here for the central server, and whether they are queued at all (server mode). */
    public dk.elaas.sync.SyncQueue syncQueue() { return syncQueue; }
    public void queueChangesForServer() { queueForServer = true; }
    public Tx tx() { return database.tx(); }
    /** Expires consents at start-up and hourly; started by the app once the window shows the data. */
    public ExpiryScheduler expiry() { return expiry; }

    /** Built on first use: it checks the OCR engine and loads OpenCV, which the rest of the app does not need. */
    private synchronized IntakePipeline pipeline() throws IntakeException {
        if (pipeline == null) {
            pipeline = new IntakePipeline(ocr, postcodes);
        }
        return pipeline;
    }

    @Override
    public void close() {
        expiry.close();
        watcher.close();
        intakeQueue.close();
        ocr.close();
        mailLauncher.close();
        database.close();
    }
}
