package dk.elaas.remote.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.i18n.LocalizedException;
import dk.elaas.common.i18n.RefusedException;
import dk.elaas.identity.signin.SignInAttempt;
import dk.elaas.identity.signin.SignInException;
import dk.elaas.remote.ServerConnection;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Log ind": the server is asked how to sign in, the system browser opens at the municipality's sign-in page,
 * and eLås waits for it to come back (it can be cancelled). The person's role comes from the server, never
 * from a choice here.
 */
public final class ServerSignInViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ServerSignInViewModel.class);

    private final ServerConnection connection;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Consumer<ServerConnection.SignedIn> signedIn;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty waitingForBrowser = new SimpleBooleanProperty();
    private final StringProperty offline = new SimpleStringProperty("");
    private Runnable workOffline = () -> { };
    private volatile SignInAttempt attempt;

    public ServerSignInViewModel(ServerConnection connection, TaskRunner runner, I18n i18n,
                                 Consumer<ServerConnection.SignedIn> signedIn) {
        this.connection = connection;
        this.runner = runner;
        this.i18n = i18n;
        this.signedIn = signedIn;
    }

    public String serverText() {
        return i18n.get("signin.server", connection.server().toString());
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        message.set(i18n.get("signin.contacting"));
        runner.run(connection::begin).onSuccess(started -> {
            attempt = started;
            waitingForBrowser.set(true);
            message.set(i18n.get("signin.waiting"));
            runner.run(() -> connection.finish(started)).onSuccess(done -> {
                attempt = null;
                waitingForBrowser.set(false);
                busy.set(false);
                message.set("");
                signedIn.accept(done);
            }).onFailure(this::failed);
        }).onFailure(this::failed);
    }

    /** Stops waiting for the browser; the listener closes and nothing is kept. */
    public void cancel() {
        SignInAttempt a = attempt;
        if (a != null) {
            a.cancel();
        }
    }

    private void failed(Throwable e) {
        attempt = null;
        waitingForBrowser.set(false);
        busy.set(false);
        message.set("");
        error.set(text(e));
        if (e instanceof SignInException s && s.reason() == SignInException.Reason.CANCELLED) {
            LOG.info("Sign-in cancelled");
        } else {
            LOG.warn("Sign-in to {} failed", connection.server(), e);
        }
    }

    String text(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof LocalizedException) && !(t instanceof RefusedException)) {
            t = t.getCause();
        }
        if (t instanceof LocalizedException l && i18n.has(l.messageKey())) {
            return i18n.get(l.messageKey(), l.messageArgs());
        }
        if (t instanceof RefusedException r && i18n.has(r.messageKey())) {
            return i18n.get(r.messageKey(), r.args());
        }
        return i18n.get("signin.error.unexpected");
    }

    /**
     * Offers to work without the server as the person who last signed in on this PC ({@code label} names them):
     * what they register is kept here and synced when they sign in again (issue 15).
     */
    public void offerOffline(String label, Runnable action) {
        offline.set(label);
        workOffline = action;
    }

    public void workOffline() {
        workOffline.run();
    }

    /** The "Arbejd offline" button's text; empty when it is not offered. */
    public StringProperty offlineProperty() { return offline; }
    public StringProperty messageProperty() { return message; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty waitingForBrowserProperty() { return waitingForBrowser; }
}
