package dk.elaas.app;

import dk.elaas.audit.AuditVocabulary;
import dk.elaas.audit.ui.AuditLogView;
import dk.elaas.audit.ui.AuditLogViewModel;
import dk.elaas.audit.ui.AuditPresenter;
import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.ui.ViewLoader;
import dk.elaas.consent.ui.ConsentListView;
import dk.elaas.consent.ui.ConsentListViewModel;
import dk.elaas.consent.ui.ConsentCheckViewModel;
import dk.elaas.consent.ui.ConsentDetailViewModel;
import dk.elaas.document.PdfPageRenderer;
import dk.elaas.settings.ui.SettingsView;
import dk.elaas.settings.ui.SettingsViewModel;
import dk.elaas.shell.MainWindow;
import dk.elaas.shell.Section;
import dk.elaas.shell.ShellHost;
import dk.elaas.supplier.ui.SupplierListView;
import dk.elaas.supplier.ui.SupplierListViewModel;
import dk.elaas.task.ui.TaskListView;
import dk.elaas.task.ui.TaskListViewModel;
import dk.elaas.task.ui.WorkflowSettingsView;
import dk.elaas.task.ui.WorkflowSettingsViewModel;
import dk.elaas.intake.ui.IntakeView;
import dk.elaas.intake.ui.IntakeViewModel;
import dk.elaas.onboarding.ui.OnboardingView;
import dk.elaas.user.ui.UsersView;
import dk.elaas.user.ui.UsersViewModel;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;

/** Builds each section's view and view model from the context's services. */
final class AppShellHost implements ShellHost {

    /** What the audit trail can record, read once from the entity classes. */
    private static final AuditVocabulary AUDIT_VOCABULARY = AuditVocabulary.of(dk.elaas.db.PersistenceUnit.ENTITIES);

    private final AppContext ctx;
    private final TaskRunner runner;
    private final MainWindow window;
    private final Consumer<Locale> languageSwitch;
    private IntakeViewModel intakeViewModel;
    private ConsentListViewModel consentViewModel;
    private OnboardingView onboardingView;

    AppShellHost(AppContext ctx, TaskRunner runner, MainWindow window, Consumer<Locale> languageSwitch) {
        this.ctx = ctx;
        this.runner = runner;
        this.window = window;
        this.languageSwitch = languageSwitch;
        refreshTaskBadge();
        ctx.expiry().onExpired(run -> javafx.application.Platform.runLater(() -> {
            window.invalidate(Section.CONSENTS);
            window.invalidate(Section.TASKS);
            refreshTaskBadge();
        }));
    }

    @Override
    public Node createSection(Section section, I18n i18n, DialogService dialogs) {
        return switch (section) {
            case SUPPLIERS -> {
                SupplierListViewModel suppliers = new SupplierListViewModel(ctx.suppliers(), runner, dialogs, i18n);
                suppliers.enableStartOnboarding(this::startOnboarding);
                yield ViewLoader.load(new SupplierListView(suppliers, i18n), i18n);
            }
            case AUDIT -> ViewLoader.load(new AuditLogView(new AuditLogViewModel(ctx.audit(), runner, dialogs, i18n,
                    new AuditPresenter(i18n, ctx.clock().getZone(), AUDIT_VOCABULARY)), i18n), i18n);
            case CONSENTS -> consentView(i18n, dialogs);
            case TASKS -> {
                TaskListViewModel tasks = new TaskListViewModel(ctx.tasks(), runner, dialogs, i18n, this::openConsent,
                        this::openCase, n -> window.setBadge(Section.TASKS, n));
                tasks.enableOpenReview(this::openReview);
                yield ViewLoader.load(new TaskListView(tasks, i18n), i18n);
            }
            case INTAKE -> {
                // One view model for the session: a view rebuilt in another language (or for another user)
                // shows the same queue, readings and unsaved edits (issue 16.8).
                if (intakeViewModel == null) {
                    intakeViewModel = new IntakeViewModel(ctx.intake(), ctx.registrations(), runner, dialogs, i18n,
                            this::consentSaved, ctx.intakeQueue());
                } else {
                    intakeViewModel.relocalize(i18n, dialogs);
                }
                yield ViewLoader.load(new IntakeView(intakeViewModel, i18n), i18n);
            }
            case ONBOARDING -> onboardingView(i18n, dialogs);
            case SETTINGS -> settingsView(i18n, dialogs);
        };
    }

    private Node onboardingView(I18n i18n, DialogService dialogs) {
        dk.elaas.onboarding.ui.CaseListViewModel[] list = new dk.elaas.onboarding.ui.CaseListViewModel[1];
        dk.elaas.onboarding.ui.wizard.WizardViewModel wizardVm = new dk.elaas.onboarding.ui.wizard.WizardViewModel(
                new dk.elaas.onboarding.ui.wizard.WizardServices(ctx.onboarding(), ctx.offboarding(),
                        ctx.onboardingSettings(), ctx.mailSettings(), ctx.outbox(), ctx.mailLauncher(), ctx.clock()),
                runner, dialogs, i18n, () -> {
                    list[0].refresh();
                    onboardingChanged();
                });
        Node wizard = new dk.elaas.onboarding.ui.wizard.WizardView(wizardVm, i18n).load();
        Node review = ViewLoader.load(new dk.elaas.onboarding.ui.review.AccessReviewView(
                new dk.elaas.onboarding.ui.review.AccessReviewViewModel(ctx.accessReviews(), ctx.offboarding(), runner,
                        dialogs, i18n, () -> {
                            list[0].refresh();
                            onboardingChanged();
                        }), i18n), i18n);
        list[0] = new dk.elaas.onboarding.ui.CaseListViewModel(ctx.onboarding(), this::companiesInScope, runner, dialogs,
                i18n, wizardVm::open);
        dk.elaas.onboarding.ui.NewCaseViewModel newCase = new dk.elaas.onboarding.ui.NewCaseViewModel(ctx.onboarding(),
                runner, dialogs, i18n, created -> list[0].refreshAndOpen(created.id()));
        onboardingView = new OnboardingView(list[0], newCase, i18n, wizard, review);
        return ViewLoader.load(onboardingView, i18n);
    }

    /** A task opens its onboarding or offboarding case in the wizard. */
    void openCase(java.util.UUID caseId) {
        window.select(Section.ONBOARDING);
        if (onboardingView != null) {
            onboardingView.openCase(caseId);
        }
    }

    /** A supplier's review task opens the yearly access review. */
    void openReview() {
        window.select(Section.ONBOARDING);
        if (onboardingView != null) {
            onboardingView.showReview();
        }
    }

    /** A case changed (a step saved, an offboarding started): the task list and its badge follow. */
    private void onboardingChanged() {
        window.invalidate(Section.TASKS);
        refreshTaskBadge();
    }

    /** The suppliers the signed-in user may choose: a supplier's user only their own company. */
    private java.util.List<dk.elaas.supplier.SupplierRecord> companiesInScope() {
        java.util.UUID own = ctx.currentUser().get().filter(u -> u.role() == dk.elaas.identity.Role.SUPPLIER)
                .map(u -> u.supplierId() == null ? new java.util.UUID(0, 0) : u.supplierId()).orElse(null);
        return ctx.suppliers().list("").stream().filter(s -> own == null || s.id().equals(own)).toList();
    }

    /** From the supplier's page: the onboarding section with the new-case form for that company. */
    void startOnboarding(dk.elaas.supplier.SupplierRecord supplier) {
        window.select(Section.ONBOARDING);
        if (onboardingView != null) {
            onboardingView.openNewCase(supplier);
        }
    }

    /**
     * Least privilege in the navigation: a supplier's user works only with their own company's consents and
     * onboarding cases; intake (citizen look-up by CPR), the register of all suppliers, the clerks' task list
     * and the audit log are not theirs.
     */
    @Override
    public boolean shows(Section section) {
        boolean supplier = ctx.currentUser().get().map(u -> u.role() == dk.elaas.identity.Role.SUPPLIER).orElse(false);
        return !supplier || switch (section) {
            case CONSENTS, ONBOARDING, SETTINGS -> true;
            case INTAKE, SUPPLIERS, TASKS, AUDIT -> false;
        };
    }

    private Node consentView(I18n i18n, DialogService dialogs) {
        ConsentListViewModel[] list = new ConsentListViewModel[1];
        ConsentDetailViewModel detail = new ConsentDetailViewModel(new ConsentDetailViewModel.Services(
                ctx.consentDetails(), ctx.lifecycle(), ctx.outbox(), ctx.mailLauncher(), new PdfPageRenderer(), ctx.clock()),
                runner, dialogs, i18n, () -> {
                    list[0].refresh();
                    window.invalidate(Section.TASKS);
                    refreshTaskBadge();
                });
        list[0] = new ConsentListViewModel(ctx.consents(), ctx.suppliers(), detail,
                new ConsentCheckViewModel(ctx.consentChecks(), runner, dialogs, i18n), runner, dialogs, i18n);
        consentViewModel = list[0];
        if (ctx.currentUser().get().map(u -> u.role() == dk.elaas.identity.Role.SUPPLIER).orElse(false)) {
            list[0].disableCitizenSearch();
            detail.limitToSupplierView();
        }
        detail.enableCorrection(ctx.consentCorrections());
        list[0].enableExport(ctx.consentExports());
        list[0].enableMitIdRegistration(new dk.elaas.consent.ui.MitIdConsentViewModel(ctx.registrations(), runner, dialogs,
                i18n, id -> {
                    list[0].refresh();
                    list[0].open(id);
                    window.invalidate(Section.TASKS);
                    refreshTaskBadge();
                }));
        list[0].enablePrintForm(new dk.elaas.consent.ui.PrintFormViewModel(ctx.printedForms(), ctx.mailLauncher(),
                runner, dialogs, i18n));
        return ViewLoader.load(new ConsentListView(list[0], i18n), i18n);
    }

    /** The intake stored a consent: the register will show it, and a notification offers to open it now. */
    private void consentSaved(java.util.UUID consentId) {
        window.invalidate(Section.CONSENTS);
        I18n now = window.i18n();
        window.dialogs().announce(now.get("intake.saved.title"), now.get("intake.saved.text"),
                now.get("intake.saved.open"), () -> openConsent(consentId));
    }

    /** A task (or anything else) opens a consent: the register shows its detail. */
    void openConsent(java.util.UUID consentId) {
        window.select(Section.CONSENTS);
        if (consentViewModel != null) {
            consentViewModel.open(consentId);
        }
    }

    /** The open-task count on the "Opgaver" button. */
    void refreshTaskBadge() {
        runner.run(() -> ctx.tasks().count()).onSuccess(n -> window.setBadge(Section.TASKS, n))
                .onFailure(e -> org.slf4j.LoggerFactory.getLogger(AppShellHost.class).warn("Task count failed", e));
    }

    private Node settingsView(I18n i18n, DialogService dialogs) {
        boolean admin = new dk.elaas.identity.Policy().allows(ctx.currentUser().actor(),
                dk.elaas.identity.Action.MANAGE_USERS);
        Node userPane = ViewLoader.load(new UsersView(new UsersViewModel(ctx.users(), ctx.suppliers(), runner, dialogs,
                i18n, ctx.currentUser()::get, admin, () -> {
                    window.refreshStatus();
                    window.userChanged(); // the navigation and every view depend on the role
                }), i18n), i18n);
        Node workflow = ViewLoader.load(new WorkflowSettingsView(new WorkflowSettingsViewModel(ctx.mailSettings(),
                ctx.taskSettings(), ctx.onboardingSettings(), runner, dialogs, i18n), i18n), i18n);
        Node workflowPane = workflow;
        if (!ctx.settings().changeable()) {
            // Shown, so a clerk can see where the mails go, but only an administrator changes it (the service refuses).
            workflow.setDisable(true);
            javafx.scene.control.Label note = new javafx.scene.control.Label(i18n.get("settings.readOnly"));
            note.setWrapText(true);
            note.getStyleClass().add("form-label");
            note.setId("settings-read-only");
            workflowPane = new javafx.scene.layout.VBox(8, note, workflow);
        }
        return ViewLoader.load(new SettingsView(new SettingsViewModel(ctx.suppliers(), runner, dialogs, i18n,
                ctx.dataDir().toAbsolutePath().toString()), i18n, userPane, workflowPane), i18n);
    }

    /** Files given on the command line ("open with eLås"): queue them in the intake panel. */
    void importFiles(java.util.List<java.nio.file.Path> files) {
        window.select(Section.INTAKE);
        if (intakeViewModel != null) {
            intakeViewModel.addFiles(files);
        }
    }

    @Override
    public String userLine(I18n i18n) {
        return ctx.currentUser().get()
                .map(u -> i18n.get("status.user", u.displayName(), i18n.get(u.role().messageKey())))
                .orElse(i18n.get("status.noUser"));
    }

    @Override
    public void aboutDetails(I18n i18n, Consumer<String> then) {
        runner.run(() -> {
            dk.elaas.app.log.BuildInfo b = dk.elaas.app.log.BuildInfo.current();
            dk.elaas.ocr.OcrStatus ocr = ctx.ocr().status();
            String tesseract = ocr.available() && ocr.version() != null ? ocr.version() : i18n.get("about.details.noOcr");
            String log = dk.elaas.app.log.AppLogging.file().map(java.nio.file.Path::toString).orElse("-");
            return i18n.get("about.details", b.version(), b.build() + ", " + b.built(), b.java(), tesseract,
                    dataFolder(), log);
        }).onSuccess(then::accept);
    }

    @Override
    public String dataFolder() {
        return ctx.dataDir().toAbsolutePath().toString();
    }

    @Override
    public void loadDemoData(DialogService dialogs, I18n i18n, Runnable whenDone) {
        runner.run(() -> ctx.demoData().load())
                .onSuccess(loaded -> {
                    dialogs.showInfo(i18n.get("demo.title"), loaded.suppliers() == 0 ? i18n.get("demo.already")
                            : i18n.get("demo.loaded", loaded.suppliers(), loaded.citizens(), loaded.consents()));
                    whenDone.run();
                })
                .onFailure(e -> dialogs.showError(i18n.get("demo.title"), i18n.get("error.save", e.getMessage())));
    }

    @Override
    public void switchLanguage(Locale locale) {
        languageSwitch.accept(locale);
    }
}
