package dk.elaas.app;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.ui.ViewLoader;
import dk.elaas.consent.ui.ConsentCheckViewModel;
import dk.elaas.consent.ui.ConsentDetailViewModel;
import dk.elaas.consent.ui.ConsentListView;
import dk.elaas.consent.ui.ConsentListViewModel;
import dk.elaas.document.PdfPageRenderer;
import dk.elaas.identity.Role;
import dk.elaas.mail.MailLauncher;
import dk.elaas.remote.ServerConnection;
import dk.elaas.shell.Section;
import dk.elaas.shell.ShellHost;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The window's sections when eLås works against the central server: the register (search, the valid-consent
 * check, a consent in full and its lifecycle) answered by the server in the signed-in person's name. What the
 * person may see and do is decided there; the window only leaves out what their role never uses.
 */
final class RemoteShellHost implements ShellHost {

    private final ServerConnection.SignedIn signedIn;
    private final TaskRunner runner;
    private final MailLauncher launcher;
    private final Clock clock;
    private final Consumer<Locale> languageSwitch;
    private final Runnable signOut;
    /** This PC's register and its sync; null when it could not be opened (the server's register still works). */
    private final Replica replica;
    private final ReplicaIntake intake;
    private final java.util.function.Supplier<dk.elaas.shell.MainWindow> window;

    RemoteShellHost(ServerConnection.SignedIn signedIn, TaskRunner runner, MailLauncher launcher, Clock clock,
                    Consumer<Locale> languageSwitch, Runnable signOut) {
        this(signedIn, null, () -> null, runner, launcher, clock, languageSwitch, signOut);
    }

    RemoteShellHost(ServerConnection.SignedIn signedIn, Replica replica,
                    java.util.function.Supplier<dk.elaas.shell.MainWindow> window, TaskRunner runner,
                    MailLauncher launcher, Clock clock, Consumer<Locale> languageSwitch, Runnable signOut) {
        this.replica = replica;
        this.window = window;
        this.intake = replica == null ? null : new ReplicaIntake(replica, runner, window);
        this.signedIn = signedIn;
        this.runner = runner;
        this.launcher = launcher;
        this.clock = clock;
        this.languageSwitch = languageSwitch;
        this.signOut = signOut;
    }

    private boolean supplier() {
        return signedIn.role().map(r -> r == Role.SUPPLIER).orElse(false);
    }

    @Override
    public Node createSection(Section section, I18n i18n, DialogService dialogs) {
        if (section == Section.INTAKE && replica != null) {
            return intake.view(i18n, dialogs);
        }
        ConsentListViewModel[] list = new ConsentListViewModel[1];
        var register = signedIn.register();
        ConsentDetailViewModel detail = new ConsentDetailViewModel(new ConsentDetailViewModel.Services(register,
                register, null, launcher, new PdfPageRenderer(), clock), runner, dialogs, i18n, () -> list[0].refresh());
        list[0] = new ConsentListViewModel(register, register, detail,
                new ConsentCheckViewModel(register, runner, dialogs, i18n), runner, dialogs, i18n);
        if (supplier()) {
            list[0].disableCitizenSearch();
            detail.limitToSupplierView();
        }
        return ViewLoader.load(new ConsentListView(list[0], i18n), i18n);
    }

    /** The register from the server; intake too for those who register consents, through this PC's replica. */
    @Override
    public boolean shows(Section section) {
        if (section == Section.INTAKE) {
            return replica != null && signedIn.role().map(LastSignIn::registers).orElse(false);
        }
        return section == Section.CONSENTS;
    }

    @Override
    public long unsyncedCount() {
        return replica == null ? 0 : replica.unsynced();
    }

    @Override
    public void showUnsynced(I18n i18n, DialogService dialogs) {
        if (replica != null) {
            dk.elaas.shell.MainWindow w = window.get();
            replica.showUnsynced(w == null ? null : w.stage(), i18n, clock);
        }
    }

    @Override
    public Optional<Runnable> syncNowAction() {
        return replica == null ? Optional.empty() : Optional.of(replica::syncNow);
    }

    @Override
    public String userLine(I18n i18n) {
        String role = signedIn.role().map(r -> i18n.get(r.messageKey())).orElse(i18n.get("status.noRole"));
        return i18n.get("status.user", signedIn.name(), role);
    }

    @Override
    public String dataFolder() {
        return signedIn.server().toString();
    }

    @Override
    public String placeLine(I18n i18n) {
        return i18n.get("status.server", signedIn.server().toString());
    }

    @Override
    public String syncLine(I18n i18n) {
        return replica == null ? i18n.get("status.sync.server") : replica.statusLine(i18n, clock);
    }

    @Override
    public Optional<Runnable> signOutAction() {
        return Optional.of(signOut);
    }

    @Override
    public void loadDemoData(DialogService dialogs, I18n i18n, Runnable whenDone) {
        dialogs.showInfo(i18n.get("demo.title"), i18n.get("demo.serverMode"));
    }

    @Override
    public void switchLanguage(Locale locale) {
        languageSwitch.accept(locale);
    }

    @Override
    public void aboutDetails(I18n i18n, Consumer<String> then) {
        dk.elaas.app.log.BuildInfo b = dk.elaas.app.log.BuildInfo.current();
        String log = dk.elaas.app.log.AppLogging.file().map(java.nio.file.Path::toString).orElse("-");
        then.accept(i18n.get("about.details.server", b.version(), b.build() + ", " + b.built(), b.java(),
                signedIn.server().toString(), userLine(i18n), log));
    }
}
