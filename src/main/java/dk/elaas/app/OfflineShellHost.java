package dk.elaas.app;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.identity.Actor;
import dk.elaas.shell.MainWindow;
import dk.elaas.shell.Section;
import dk.elaas.shell.ShellHost;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Working without the central server (issue 15), as the person who last signed in on this PC: the intake panel
 * on this PC's register, each consent queued; the queue goes to the server with that person's own sign-in once
 * they sign in again. The server's register is not shown (it cannot be reached, or not without signing in).
 */
final class OfflineShellHost implements ShellHost {

    private final Actor who;
    private final URI server;
    private final Replica replica;
    private final ReplicaIntake intake;
    private final Supplier<MainWindow> window;
    private final Clock clock;
    private final Consumer<Locale> languageSwitch;
    private final Runnable signIn;

    OfflineShellHost(Actor who, URI server, Replica replica, TaskRunner runner, Supplier<MainWindow> window, Clock clock,
                     Consumer<Locale> languageSwitch, Runnable signIn) {
        this.who = who;
        this.server = server;
        this.replica = replica;
        this.intake = new ReplicaIntake(replica, runner, window);
        this.window = window;
        this.clock = clock;
        this.languageSwitch = languageSwitch;
        this.signIn = signIn;
    }

    @Override
    public Node createSection(Section section, I18n i18n, DialogService dialogs) {
        return intake.view(i18n, dialogs);
    }

    @Override
    public boolean shows(Section section) {
        return section == Section.INTAKE;
    }

    @Override
    public String userLine(I18n i18n) {
        return i18n.get("status.user.offline", who.name(), i18n.get(who.role().messageKey()));
    }

    @Override
    public String dataFolder() {
        return replica.context().dataDir().toString();
    }

    @Override
    public String placeLine(I18n i18n) {
        return i18n.get("status.server", server.toString());
    }

    @Override
    public String syncLine(I18n i18n) {
        return replica.statusLine(i18n, clock);
    }

    @Override
    public long unsyncedCount() {
        return replica.unsynced();
    }

    @Override
    public void showUnsynced(I18n i18n, DialogService dialogs) {
        MainWindow w = window.get();
        replica.showUnsynced(w == null ? null : w.stage(), i18n, clock);
    }

    @Override
    public Optional<Runnable> syncNowAction() {
        return Optional.of(replica::syncNow);
    }

    /** "Log ud" ends the offline session: back to the sign-in screen, where signing in sends the queue. */
    @Override
    public Optional<Runnable> signOutAction() {
        return Optional.of(signIn);
    }

    @Override
    public void loadDemoData(DialogService dialogs, I18n i18n, Runnable whenDone) {
        dialogs.showInfo(i18n.get("demo.title"), i18n.get("demo.serverMode"));
    }

    @Override
    public void switchLanguage(Locale locale) {
        languageSwitch.accept(locale);
    }
}
