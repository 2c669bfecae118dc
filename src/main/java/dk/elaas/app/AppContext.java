package dk.elaas.app;

import dk.elaas.audit.AuditService;
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
    private IntakePipeline pipeline;

    private AppContext(Path dataDir, Clock clock, Database database, CurrentUser currentUser) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.currentUser = currentUser;
        Tx tx = database.tx();
        this.suppliers = new SupplierService(tx, clock);
        this.audit = new AuditService(tx, clock);
        this.users = new UserService(tx, currentUser);
        this.settings = new SettingsService(tx);
        this.consents = new ConsentQueryService(tx);
        this.demoData = new DemoDataService(tx, clock);
        this.postcodes = Postcodes.load();
        this.ocr = new OcrService(OcrSettings.defaults());
        this.registrations = new ConsentRegistrationService(tx, clock, postcodes, () -> currentUser.actor().name());
        this.watcher = new FolderWatcher(2000);
        this.intake = new IntakeService(this::pipeline, suppliers, registrations, new SearchablePdfWriter(), clock,
                watcher, new LocalPreferences(dataDir));
    }

    /** Opens the local database in {@code dataDir}; slow (seconds), so never on the UI thread. */
    public static AppContext start(Path dataDir, Clock clock, Consumer<Database.Stage> progress) {
        CurrentUser currentUser = new CurrentUser();
        AuditTrail trail = new AuditTrail(currentUser::actor, clock);
        Database db = Database.start(Database.Config.h2(dataDir), PersistenceUnit.ENTITIES, registry -> {
            registry.appendListeners(EventType.POST_INSERT, trail);
            registry.appendListeners(EventType.POST_UPDATE, trail);
            registry.appendListeners(EventType.POST_DELETE, trail);
        }, progress);
        return new AppContext(dataDir, clock, db, currentUser);
    }

    public Path dataDir() { return dataDir; }
    public Clock clock() { return clock; }
    public CurrentUser currentUser() { return currentUser; }
    public SupplierService suppliers() { return suppliers; }
    public AuditService audit() { return audit; }
    public UserService users() { return users; }
    public SettingsService settings() { return settings; }
    public ConsentQueryService consents() { return consents; }
    public DemoDataService demoData() { return demoData; }
    public Postcodes postcodes() { return postcodes; }
    public ConsentRegistrationService registrations() { return registrations; }
    public IntakeService intake() { return intake; }

    /** Built on first use: it checks the OCR engine and loads OpenCV, which the rest of the app does not need. */
    private synchronized IntakePipeline pipeline() throws IntakeException {
        if (pipeline == null) {
            pipeline = new IntakePipeline(ocr, postcodes);
        }
        return pipeline;
    }

    @Override
    public void close() {
        watcher.close();
        ocr.close();
        database.close();
    }
}
