package dk.elaas.app;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.ViewLoader;
import dk.elaas.identity.Actor;
import dk.elaas.identity.signin.BrowserLauncher;
import dk.elaas.identity.signin.SignInSession;
import dk.elaas.mail.MailLauncher;
import dk.elaas.remote.ServerConnection;
import dk.elaas.remote.ui.ServerSignInView;
import dk.elaas.remote.ui.ServerSignInViewModel;
import dk.elaas.shell.MainWindow;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * eLås with a central server: the sign-in screen, then the window in the signed-in person's name; "Log ud"
 * or an expired sign-in brings the sign-in screen back with nothing of the last person left in the window.
 */
final class ServerMode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerMode.class);

    private final MainWindow window;
    private final TaskRunner runner;
    private final ServerConnection connection;
    private final MailLauncher launcher;
    private final Clock clock;
    private final Consumer<Locale> languageSwitch;
    private final BrowserLauncher browser;
    private volatile ServerConnection.SignedIn current;
    private final Path dataDir;
    /** This PC's register and its sync while someone is signed in. */
    private volatile Replica replica;
    private volatile Thread closing;

    ServerMode(MainWindow window, TaskRunner runner, URI server, BrowserLauncher browser, Path dataDir, Clock clock,
               Consumer<Locale> languageSwitch) {
        this.window = window;
        this.runner = runner;
        this.browser = browser;
        this.connection = new ServerConnection(server, browser, clock, device());
        this.dataDir = dataDir;
        this.launcher = new MailLauncher(dataDir.resolve("viewer-copies"));
        this.clock = clock;
        this.languageSwitch = languageSwitch;
    }

    static String device() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "pc";
        }
        return "eLås " + dk.elaas.app.log.BuildInfo.current().version() + " på " + host;
    }

    void start() {
        signedOutWindow("");
    }

    private void signedOutWindow(String why) {
        I18n i18n = window.i18n();
        window.signedOut(signInView(why), i18n.get("status.server", connection.server().toString()),
                i18n.get("status.signedOut"));
    }

    private javafx.scene.Node signInView(String why) {
        I18n i18n = window.i18n();
        ServerSignInViewModel vm = new ServerSignInViewModel(connection, runner, i18n, this::signedIn);
        vm.errorProperty().set(why);
        LastSignIn.read(dataDir).filter(a -> LastSignIn.registers(a.role()))
                .ifPresent(a -> vm.offerOffline(i18n.get("signin.offline", a.name()), () -> workOffline(a)));
        return ViewLoader.load(new ServerSignInView(vm, i18n), i18n);
    }

    private void signedIn(ServerConnection.SignedIn signed) {
        current = signed;
        LOG.info("Signed in to {} as {} ({})", signed.server(), signed.me().subject(), signed.me().role());
        signed.session().onStatusChange(status -> {
            if (status == SignInSession.Status.EXPIRED) {
                Platform.runLater(() -> ended(signed, window.i18n().get("signin.error.sessionExpired")));
            }
        });
        Optional<Actor> who = signed.role().map(r -> new Actor(signed.me().subject(), signed.name(), r,
                signed.supplierId(), device()));
        who.ifPresent(a -> LastSignIn.remember(dataDir, a));
        if (who.isEmpty()) {
            window.showMain(new RemoteShellHost(signed, runner, launcher, clock, languageSwitch, this::signOut));
            return;
        }
        runner.run(() -> {
            awaitClosed();
            return Replica.open(dataDir, clock, signed, who.get(), () -> Platform.runLater(window::refreshStatus));
        }).onSuccess(opened -> {
            if (current != signed) {
                closeInBackground(opened);
                return;
            }
            replica = opened;
            window.showMain(new RemoteShellHost(signed, opened, () -> window, runner, launcher, clock, languageSwitch,
                    this::signOut));
        }).onFailure(e -> {
            // The server's register still works; only registering on this PC (and offline) does not.
            LOG.warn("This PC's register could not be opened; working with the server only", e);
            window.showMain(new RemoteShellHost(signed, runner, launcher, clock, languageSwitch, this::signOut));
        });
    }

    /** No server, or no sign-in: the intake on this PC's register as the person who last signed in here. */
    private void workOffline(Actor who) {
        runner.run(() -> {
            awaitClosed();
            return Replica.open(dataDir, clock, connection.server(), () -> null, who,
                    () -> Platform.runLater(window::refreshStatus));
        }).onSuccess(opened -> {
            replica = opened;
            LOG.info("Working offline as {} ({})", who.subject(), who.role());
            window.showMain(new OfflineShellHost(who, connection.server(), opened, runner, () -> window, clock,
                    languageSwitch, this::endOffline));
        }).onFailure(e -> {
            LOG.warn("This PC's register could not be opened for offline work", e);
            signedOutWindow(window.i18n().get("signin.offline.failed"));
        });
    }

    private void endOffline() {
        closeReplica();
        signedOutWindow("");
    }

    /**
     * Off the UI thread and not on the runner (shutting it down at exit would interrupt the database's close
     * half-way); the next opening waits for it, as the data folder's lock is held until it is done.
     */
    private void closeInBackground(Replica r) {
        Thread t = new Thread(r::close, "elaas-replica-close");
        closing = t;
        t.start();
    }

    private void awaitClosed() throws InterruptedException {
        Thread t = closing;
        if (t != null) {
            t.join();
        }
    }

    private void closeReplica() {
        Replica r = replica;
        replica = null;
        if (r != null) {
            closeInBackground(r);
        }
    }

    /** "Log ud": the tokens go at once; the provider's own sign-out page opens if it has one. */
    void signOut() {
        ServerConnection.SignedIn signed = current;
        if (signed == null) {
            return;
        }
        ended(signed, "");
        runner.run(() -> {
            signed.signOut().ifPresent(endSession -> {
                try {
                    browser.open(endSession);
                } catch (java.io.IOException | RuntimeException e) {
                    LOG.info("The provider's sign-out page could not be opened: {}", e.getMessage());
                }
            });
            return null;
        }).onFailure(e -> LOG.warn("Sign-out at the provider failed", e));
    }

    private void ended(ServerConnection.SignedIn signed, String why) {
        if (current != signed) {
            return;
        }
        current = null;
        closeReplica();
        signedOutWindow(why);
    }

    /** The language changed: the sign-in screen is rebuilt in it, or the window keeps the signed-in person. */
    void languageChanged() {
        if (current == null && replica == null) {
            signedOutWindow("");
        }
    }

    @Override
    public void close() {
        ServerConnection.SignedIn signed = current;
        current = null;
        if (signed != null) {
            signed.session().close();
        }
        Replica r = replica;
        replica = null;
        if (r != null) {
            r.close();
        }
        launcher.close();
    }
}
