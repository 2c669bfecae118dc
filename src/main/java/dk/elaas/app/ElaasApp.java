package dk.elaas.app;

import atlantafx.base.theme.PrimerLight;
import dk.elaas.common.concurrent.BackgroundJob;
import dk.elaas.common.concurrent.ExecutorTaskRunner;
import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.persistence.DatabaseStartupException;
import dk.elaas.common.persistence.LocalPreferences;
import dk.elaas.shell.MainWindow;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. Shows the window at once and opens the database in the background; a locked,
 * unreadable or too-new database ends in a Danish message, with nothing touched.
 */
public final class ElaasApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ElaasApp.class);
    static final String LANGUAGE_KEY = "ui.language";

    private LaunchOptions options;
    private Clock clock = Clock.systemDefaultZone();
    private LocalPreferences preferences;
    private TaskRunner runner;
    private Path dataDir;
    private BackgroundJob<AppContext> opening;
    private AppContext context;
    /** Set on the background thread once the database is open; guarded by {@code this}. */
    private AppContext opened;
    private boolean stopped;
    private MainWindow window;
    private dk.elaas.identity.signin.BrowserLauncher browser = new dk.elaas.identity.signin.SystemBrowserLauncher();
    private ServerMode serverMode;
    /** Who runs the app in standalone mode: the operating-system account, never a typed name or an option. */
    private dk.elaas.user.OsAccount.Source accounts = new dk.elaas.user.SystemAccount();

    public ElaasApp() {
        // used by Application.launch; options come from getParameters() in init()
    }

    /** For tests and embedding: explicit options and clock. */
    public ElaasApp(LaunchOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** For tests and embedding: the standalone app run as this account (the real app reads the system's). */
    public ElaasApp(LaunchOptions options, Clock clock, dk.elaas.user.OsAccount.Source accounts) {
        this(options, clock);
        this.accounts = accounts;
    }

    /** For tests: a central server's sign-in through this "browser". */
    ElaasApp(LaunchOptions options, Clock clock, dk.elaas.identity.signin.BrowserLauncher browser) {
        this(options, clock);
        this.browser = browser;
    }

    /**
     * Runs before {@link #start}. The database is opened only once the window is up: measured on two cores,
     * opening it here made the window appear 1.4 s later and the database no sooner (they fight for the
     * same cores and class loading).
     */
    @Override
    public void init() {
        if (options == null) {
            options = LaunchOptions.parse(getParameters().getRaw());
        }
        if (runner != null) {
            return;
        }
        dataDir = options.dataDirOrDefault();
        preferences = new LocalPreferences(dataDir);
        runner = new ExecutorTaskRunner("elaas-bg", 2, Platform::runLater);
    }

    /** Opens the database off the UI thread; the window shows each stage meanwhile. */
    private void openDatabase() {
        if (opening != null) {
            return;
        }
        opening = runner.run(() -> {
            AppContext ctx = AppContext.start(dataDir, clock, s -> Platform.runLater(() -> stageChanged(s)));
            synchronized (this) {
                if (stopped) {
                    // The window closed while the database was still opening: release it at once.
                    ctx.close();
                    throw new java.util.concurrent.CancellationException("eLås was closed during start-up");
                }
                opened = ctx;
            }
            return ctx;
        });
    }

    @Override
    public void start(Stage stage) {
        init();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n i18n = I18n.of(initialLocale());
        window = new MainWindow(stage, i18n);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught(stage, thread, error));
        window.showProgress(i18n.get("startup.opening"));
        stage.show();
        timing("window_shown");
        Optional<String> server = options.server().or(() -> preferences.get(LaunchOptions.SERVER_KEY))
                .filter(s -> !s.isBlank());
        if (server.isPresent()) {
            startWithServer(server.get().trim());
            return;
        }
        openDatabase();
        opening.onSuccess(this::databaseReady).onFailure(this::startupFailed);
    }

    /** A central server is configured: sign-in first; the register is the server's, no local database. */
    private void startWithServer(String address) {
        Optional<String> problem = dk.elaas.remote.ServerConnection.problemWith(address);
        if (problem.isPresent()) {
            window.showFatal(window.i18n().get("startup.error.title"), window.i18n().get(problem.get(), address));
            return;
        }
        serverMode = new ServerMode(window, runner, java.net.URI.create(address), browser, dataDir, clock,
                this::switchLanguage);
        serverMode.start();
        timing("first_screen");
        if (options.exitWhenReady()) {
            Platform.exit();
        }
    }

    /** Anything no screen handled: logged (CPR masked), then a Danish dialog with the details and the log's place. */
    private void uncaught(Stage stage, Thread thread, Throwable error) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), error);
        java.io.StringWriter trace = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(trace));
        String details = dk.elaas.app.log.CprMask.mask("eLås " + dk.elaas.app.log.BuildInfo.current().summary()
                + "\n" + thread.getName() + ": " + trace);
        String log = dk.elaas.app.log.AppLogging.file().map(Path::toString).orElse("-");
        Runnable show = () -> dk.elaas.shell.CrashDialog.show(stage, window.i18n(), details, log);
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    private Locale initialLocale() {
        Optional<String> lang = options.language().or(() -> preferences.get(LANGUAGE_KEY));
        return lang.filter("en"::equals).map(l -> I18n.ENGLISH).orElse(I18n.DANISH);
    }

    private void stageChanged(Database.Stage stage) {
        if (window != null && context == null && stage != Database.Stage.READY) {
            window.showProgress(window.i18n().get("startup.stage." + stage.name().toLowerCase(Locale.ROOT)));
        }
    }

    private void databaseReady(AppContext ctx) {
        context = ctx;
        timing("database_ready");
        boolean demo = options.demo();
        runner.run(() -> {
            dk.elaas.user.UserService.Start start = ctx.users().start(accounts.current());
            if (start instanceof dk.elaas.user.UserService.AwaitingRole) {
                return start;
            }
            if (demo) {
                ctx.demoData().load();
            }
            // Consents whose last valid day has passed expire before anyone sees them; then hourly.
            ctx.expiry().runOnce();
            ctx.expiry().start();
            return start;
        }).onSuccess(start -> {
            if (start instanceof dk.elaas.user.UserService.AwaitingRole waiting) {
                awaitRole(ctx, waiting);
                return;
            }
            AppShellHost host = new AppShellHost(ctx, runner, window, this::switchLanguage);
            window.showMain(host);
            java.util.List<Path> files = options.files();
            if (!files.isEmpty()) {
                host.importFiles(files);
            }
            timing("first_screen");
            if (options.exitWhenReady()) {
                Platform.exit();
            }
        }).onFailure(this::startupFailed);
    }

    /**
     * The account has no role yet: the database is released (so an administrator can open the same data folder
     * and give one) and the window says who can; "Prøv igen" opens it again.
     */
    private void awaitRole(AppContext ctx, dk.elaas.user.UserService.AwaitingRole waiting) {
        runner.run(() -> {
            synchronized (this) {
                if (opened == ctx) {
                    opened = null;
                }
            }
            ctx.close();
            return waiting;
        }).onSuccess(w -> {
            context = null;
            opening = null;
            I18n i18n = window.i18n();
            window.showStandalone(dk.elaas.common.ui.ViewLoader.load(new dk.elaas.user.ui.NoRoleView(w, i18n, () -> {
                window.showProgress(i18n.get("startup.opening"));
                openDatabase();
                opening.onSuccess(this::databaseReady).onFailure(this::startupFailed);
            }), i18n));
            timing("first_screen");
            if (options.exitWhenReady()) {
                Platform.exit();
            }
        }).onFailure(this::startupFailed);
    }

    private void startupFailed(Throwable error) {
        I18n i18n = window.i18n();
        String message;
        if (error instanceof DatabaseStartupException e) {
            message = i18n.get(e.messageKey(), e.messageArgs());
        } else {
            message = i18n.get("startup.error.unexpected", String.valueOf(error.getMessage()));
        }
        LOG.error("Start-up failed", error);
        window.showFatal(i18n.get("startup.error.title"), message);
        if (options.exitWhenReady()) {
            Platform.exit();
        }
    }

    private void switchLanguage(Locale locale) {
        try {
            preferences.put(LANGUAGE_KEY, locale.getLanguage());
        } catch (IOException e) {
            LOG.warn("Could not remember the language", e);
        }
        window.switchLanguage(I18n.of(locale));
        if (serverMode != null) {
            serverMode.languageChanged();
        }
    }

    /** Start-up timings for the benchmark: milliseconds since the JVM started. */
    private static void timing(String what) {
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("elaas.timing {}={}", what, sinceJvmStart);
        if (Boolean.getBoolean("elaas.printTimings")) {
            System.out.println("elaas.timing " + what + "=" + sinceJvmStart);
        }
    }

    @Override
    public void stop() {
        AppContext toClose;
        synchronized (this) {
            stopped = true;
            toClose = opened;
            opened = null;
        }
        if (serverMode != null) {
            serverMode.close();
        }
        if (runner != null) {
            runner.close();
        }
        if (toClose != null) {
            toClose.close();
        }
        context = null;
    }

    /** For tests: the running context, once the database is open. */
    AppContext context() {
        return context;
    }
}
