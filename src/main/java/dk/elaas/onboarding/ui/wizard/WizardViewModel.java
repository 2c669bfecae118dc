package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.mail.MailRecord;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.CaseKind;
import dk.elaas.onboarding.CaseState;
import dk.elaas.onboarding.OnboardingException;
import dk.elaas.onboarding.OnboardingService.CitizenOption;
import dk.elaas.onboarding.OnboardingService.ConsentOption;
import dk.elaas.onboarding.OnboardingState;
import dk.elaas.onboarding.OnboardingStepKind;
import dk.elaas.onboarding.StepInput;
import dk.elaas.onboarding.StepStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The six-step onboarding wizard for one case. Owns the typed {@link OnboardingState} (as the service last
 * returned it) and one view model per step; each step validates its own part and contributes its
 * {@link StepInput}. Any done step and the current one can be viewed, never a later one. Every service call runs
 * on the task runner; {@code changed} runs after each successful change so the case list refreshes.
 */
public final class WizardViewModel {

    private final WizardServices s;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Runnable changed;
    private final WizardTexts texts;
    private final Map<OnboardingStepKind, StepViewModel> steps = new EnumMap<>(OnboardingStepKind.class);
    private final ConsentStepViewModel consent;
    private final EmployeeStepViewModel employee;
    private final ExtActivationStepViewModel extActivation;
    private final AzureGroupStepViewModel azureGroup;
    private final TwoFactorStepViewModel twoFactor;
    private final PhoniroStepViewModel phoniro;

    private final ObjectProperty<CaseDetail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<OnboardingState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<OnboardingStepKind> shown = new SimpleObjectProperty<>();
    private final ObservableList<StepMark> marks = FXCollections.observableArrayList();
    private final ObservableList<MailRecord> mails = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty employeeName = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty caseState = new SimpleStringProperty("");
    private final StringProperty waiting = new SimpleStringProperty("");
    private final StringProperty activeText = new SimpleStringProperty("");
    private final StringProperty stepHeading = new SimpleStringProperty("");
    private final StringProperty what = new SimpleStringProperty("");
    private final StringProperty who = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty completed = new SimpleStringProperty("");
    private final StringProperty locked = new SimpleStringProperty("");
    private final StringProperty offboardingHeading = new SimpleStringProperty("");
    private final StringProperty offboardingReason = new SimpleStringProperty("");
    private final StringProperty offboardingScope = new SimpleStringProperty("");
    private final StringProperty offboardingStatus = new SimpleStringProperty("");
    private final BooleanProperty onboardingCase = new SimpleBooleanProperty();
    private final BooleanProperty offboardingCase = new SimpleBooleanProperty();
    private final BooleanProperty canBack = new SimpleBooleanProperty();
    private final BooleanProperty canNext = new SimpleBooleanProperty();
    private final BooleanProperty canSave = new SimpleBooleanProperty();
    private final BooleanProperty canCorrect = new SimpleBooleanProperty();
    private final BooleanProperty canStartOffboarding = new SimpleBooleanProperty();
    private final BooleanProperty canPause = new SimpleBooleanProperty();
    private final BooleanProperty canResume = new SimpleBooleanProperty();
    private final BooleanProperty canConfirmDeletion = new SimpleBooleanProperty();
    private final BooleanProperty hasRelated = new SimpleBooleanProperty();
    private final StringProperty relatedText = new SimpleStringProperty("");
    private final dk.elaas.mail.ui.MailActions mailActions;
    private WizardTexts.Contacts contacts;
    private UUID requested;

    public WizardViewModel(WizardServices s, TaskRunner runner, DialogService dialogs, I18n i18n, Runnable changed) {
        this.s = s;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.changed = changed;
        this.texts = new WizardTexts(i18n, s.clock());
        this.mailActions = new dk.elaas.mail.ui.MailActions(s.outbox(), s.mailLauncher(), runner, dialogs, i18n);
        consent = add(new ConsentStepViewModel(i18n, s.clock()));
        employee = add(new EmployeeStepViewModel(i18n, s.clock()));
        extActivation = add(new ExtActivationStepViewModel(i18n, s.clock()));
        azureGroup = add(new AzureGroupStepViewModel(i18n, s.clock()));
        twoFactor = add(new TwoFactorStepViewModel(i18n, s.clock()));
        phoniro = add(new PhoniroStepViewModel(i18n, s.clock()));
        shown.addListener((o, was, now) -> refresh());
    }

    private <T extends StepViewModel> T add(T step) {
        steps.put(step.kind(), step);
        return step;
    }

    private record Loaded(CaseDetail detail, List<ConsentOption> consents, List<CitizenOption> citizens,
                          WizardTexts.Contacts contacts) {
    }

    /** Loads the case, step 1's choices and the contacts in the background, then shows the current step. */
    public void open(UUID caseId) {
        requested = caseId;
        message.set("");
        if (caseId == null) {
            detail.set(null);
            state.set(null);
            shown.set(null);
            refresh();
            return;
        }
        busy.set(true);
        runner.run(() -> {
            CaseDetail d = s.onboarding().detail(caseId);
            boolean onboarding = d.kind() == CaseKind.ONBOARDING;
            return new Loaded(d, onboarding ? s.onboarding().consentOptions(caseId) : List.of(),
                    onboarding ? s.onboarding().doorEntryCitizens(caseId) : List.of(),
                    WizardTexts.Contacts.of(s.mailSettings().systemOwner(), s.mailSettings().oejb(),
                            s.settings().contacts()));
        }).onSuccess(l -> {
            if (!caseId.equals(requested)) {
                return; // the user opened another case meanwhile
            }
            busy.set(false);
            contacts = l.contacts();
            steps.values().forEach(StepViewModel::reset);
            consent.options(l.consents(), l.citizens());
            apply(l.detail(), null);
        }).onFailure(e -> {
            busy.set(false);
            dialogs.showError(i18n.get("error.load.title"), errorText(e));
        });
    }

    /** Loads the case again (a consent may have been received meanwhile). */
    public void reload() {
        CaseDetail d = detail.get();
        if (d != null) {
            open(d.id());
        }
    }

    /** Shows {@code d}; {@code show} null means the current step (the last one when all are done). */
    private void apply(CaseDetail d, OnboardingStepKind show) {
        requested = d.id();
        detail.set(d);
        state.set(d.data());
        steps.values().forEach(step -> step.load(d));
        mails.setAll(d.mails());
        OnboardingStepKind target = d.kind() != CaseKind.ONBOARDING ? null
                : show != null ? show : d.currentStep() != null ? d.currentStep() : OnboardingStepKind.PHONIRO;
        if (target == shown.get()) {
            refresh();
        } else {
            shown.set(target);
        }
    }

    private void refresh() {
        CaseDetail d = detail.get();
        OnboardingStepKind k = shown.get();
        boolean onboarding = d != null && d.kind() == CaseKind.ONBOARDING;
        boolean offboarding = d != null && d.kind() == CaseKind.OFFBOARDING;
        onboardingCase.set(onboarding);
        offboardingCase.set(offboarding);
        employeeName.set(d == null ? "" : d.employeeName());
        company.set(d == null ? "" : texts.company(d));
        caseState.set(d == null ? "" : texts.state(d));
        waiting.set(d == null ? "" : texts.waiting(d));
        activeText.set(d == null ? "" : texts.active(d));
        marks.setAll(onboarding ? java.util.Arrays.stream(OnboardingStepKind.values()).map(step -> new StepMark(step,
                i18n.get(step.messageKey() + ".title"), mark(d, step), step == k, reachable(step))).toList() : List.of());
        boolean showing = onboarding && k != null;
        boolean done = showing && d.step(k).status() == StepStatus.DONE;
        stepHeading.set(showing ? texts.stepHeading(k) : "");
        what.set(showing ? texts.what(k) : "");
        who.set(showing ? texts.who(k) : "");
        contact.set(showing ? texts.contact(k, contacts) : "");
        completed.set(showing ? texts.completed(d, k) : "");
        locked.set(done ? texts.locked(d, k) : "");
        canBack.set(showing && k.ordinal() > 0);
        canNext.set(showing && k.next() != null && reachable(k.next()));
        canSave.set(showing && k == d.currentStep() && d.state() == CaseState.OPEN);
        canPause.set(onboarding && d.state() == CaseState.OPEN);
        canResume.set(onboarding && d.state() == CaseState.PAUSED);
        canCorrect.set(done && locked.get().isEmpty());
        canStartOffboarding.set(onboarding && (d.state() == CaseState.OPEN || d.state() == CaseState.ACTIVE)
                && d.offboardingCaseId() == null);
        canConfirmDeletion.set(offboarding && d.state() != CaseState.CLOSED);
        hasRelated.set(d != null && (onboarding ? d.offboardingCaseId() != null : d.endsCaseId() != null));
        relatedText.set(!hasRelated.get() ? "" : i18n.get(onboarding ? "onboarding.wizard.offboard.open"
                : "onboarding.wizard.offboard.openOnboarding"));
        offboardingHeading.set(offboarding ? texts.offboardingHeading(d) : "");
        offboardingReason.set(offboarding ? i18n.get("onboarding.wizard.offboard.reason",
                d.reason() == null ? "" : d.reason()) : "");
        offboardingScope.set(offboarding ? texts.offboardingScope(d) : "");
        offboardingStatus.set(offboarding ? texts.offboardingStatus(d) : "");
    }

    private static StepMark.Mark mark(CaseDetail d, OnboardingStepKind k) {
        return d.step(k).status() == StepStatus.DONE ? StepMark.Mark.DONE
                : k == d.currentStep() ? StepMark.Mark.CURRENT : StepMark.Mark.LATER;
    }

    /** A done step or the current one; a later step can never be opened (steps are not skipped). */
    public boolean reachable(OnboardingStepKind k) {
        CaseDetail d = detail.get();
        return d != null && d.kind() == CaseKind.ONBOARDING && k != null
                && (d.step(k).status() == StepStatus.DONE || k == d.currentStep());
    }

    /** Shows step {@code k} if it may be viewed; false (and nothing changes) for a later step. */
    public boolean goTo(OnboardingStepKind k) {
        if (!reachable(k)) {
            return false;
        }
        message.set("");
        shown.set(k);
        return true;
    }

    public boolean back() {
        OnboardingStepKind k = shown.get();
        return k != null && k.ordinal() > 0 && goTo(OnboardingStepKind.values()[k.ordinal() - 1]);
    }

    public boolean next() {
        OnboardingStepKind k = shown.get();
        return k != null && goTo(k.next());
    }

    /** "Gem og fortsæt": completes the current step; the wizard moves on to the next. */
    public void saveAndContinue() {
        if (canSave.get() && !busy.get()) {
            save(null);
        }
    }

    /** "Gem rettelse": corrects a done step after asking why; the service keeps the reason and audits the change. */
    public void saveCorrection() {
        if (!canCorrect.get() || busy.get()) {
            return;
        }
        StepViewModel step = steps.get(shown.get());
        if (!step.validate()) {
            message.set(i18n.get("onboarding.wizard.fixFields"));
            return;
        }
        Optional<String> reason = dialogs.askText(i18n.get("onboarding.wizard.correction.title"),
                i18n.get("onboarding.wizard.correction.message", step.kind().number(), step.title()), "");
        reason.filter(r -> r.isBlank() || dialogs.confirm(i18n.get("onboarding.wizard.correction.confirm.title",
                        step.kind().number()), i18n.get("onboarding.wizard.correction.confirm", step.kind().number(),
                        step.title(), r.strip())))
                .ifPresent(this::save);
    }

    private void save(String correctionReason) {
        CaseDetail d = detail.get();
        StepViewModel step = steps.get(shown.get());
        if (!step.validate()) {
            message.set(i18n.get("onboarding.wizard.fixFields"));
            return;
        }
        StepInput input = step.input();
        boolean correction = correctionReason != null;
        busy.set(true);
        message.set("");
        runner.run(() -> s.onboarding().save(d.id(), input, correctionReason)).onSuccess(nd -> {
            busy.set(false);
            apply(nd, correction ? step.kind() : null);
            changed.run();
            message.set(correction ? i18n.get("onboarding.wizard.corrected", step.kind().number(), step.title())
                    : nd.currentStep() == null ? texts.active(nd)
                    : i18n.get("onboarding.wizard.saved", step.kind().number(), step.title(),
                    i18n.get(nd.currentStep().messageKey() + ".title")));
        }).onFailure(e -> {
            busy.set(false);
            Throwable t = cause(e);
            if (t instanceof InvalidInputException invalid) {
                step.serviceErrors(invalid.errors());
                message.set(i18n.get("onboarding.wizard.fixFields"));
            } else {
                dialogs.showError(i18n.get("onboarding.wizard.error.title"), errorText(t));
            }
        });
    }

    /** Step 4: composes the mail with the EXT username to the system owner (it must exist before the group). */
    public void queueUsernameMail() {
        CaseDetail d = detail.get();
        if (d == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> s.onboarding().queueUsernameMail(d.id())).onSuccess(nd -> {
            busy.set(false);
            detail.set(nd);
            mails.setAll(nd.mails());
            azureGroup.mailStatus(nd); // the dates typed so far stay
            refresh();
            changed.run();
            message.set(i18n.get("onboarding.wizard.usernameMailQueued"));
        }).onFailure(e -> {
            busy.set(false);
            dialogs.showError(i18n.get("onboarding.wizard.error.title"), errorText(e));
        });
    }

    /** "Start offboarding…": asks why, composes the mail to system owner and ØJB, and shows the new case. */
    public void startOffboarding() {
        CaseDetail d = detail.get();
        if (d == null || !canStartOffboarding.get() || busy.get()) {
            return;
        }
        Optional<String> reason = dialogs.askText(i18n.get("onboarding.wizard.offboard.title"),
                i18n.get("onboarding.wizard.offboard.ask", d.employeeName()), "");
        reason.filter(r -> r.isBlank() || dialogs.confirm(i18n.get("onboarding.wizard.offboard.confirm.title"),
                        i18n.get("onboarding.wizard.offboard.confirmStart", d.employeeName(), r.strip())))
                .ifPresent(r -> change(() -> s.offboarding().start(d.id(), null, r),
                        () -> i18n.get("onboarding.wizard.offboard.started")));
    }

    /** "Sæt på pause…": asks why; the case keeps its step and waits on nobody until it is resumed. */
    public void pause() {
        CaseDetail d = detail.get();
        if (d == null || !canPause.get() || busy.get()) {
            return;
        }
        dialogs.askText(i18n.get("onboarding.wizard.pause.title"), i18n.get("onboarding.wizard.pause.ask",
                d.employeeName()), "").ifPresent(r -> change(() -> s.onboarding().pause(d.id(), r),
                () -> i18n.get("onboarding.wizard.pause.done")));
    }

    /** "Genoptag": the case continues at the step where it was paused. */
    public void resume() {
        CaseDetail d = detail.get();
        if (d != null && canResume.get() && !busy.get()) {
            change(() -> s.onboarding().resume(d.id()), () -> i18n.get("onboarding.wizard.pause.resumed"));
        }
    }

    /** "ØJB har bekræftet sletning": the access grants end and the case closes. */
    public void confirmDeletion(LocalDate confirmedOn, String confirmedBy) {
        CaseDetail d = detail.get();
        if (d == null || !canConfirmDeletion.get() || busy.get()) {
            return;
        }
        change(() -> s.offboarding().confirmDeletion(d.id(), confirmedOn, confirmedBy),
                () -> offboardingStatus.get());
    }

    /** Opens the offboarding of this onboarding, or the onboarding this offboarding ends. */
    public void openRelated() {
        CaseDetail d = detail.get();
        if (d != null && hasRelated.get()) {
            open(d.kind() == CaseKind.ONBOARDING ? d.offboardingCaseId() : d.endsCaseId());
        }
    }

    private void change(java.util.concurrent.Callable<CaseDetail> work, Supplier<String> done) {
        if (detail.get() == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        runner.run(work).onSuccess(nd -> {
            busy.set(false);
            apply(nd, nd.kind() == CaseKind.ONBOARDING && nd.id().equals(detail.get().id()) ? shown.get() : null);
            changed.run();
            message.set(done.get());
        }).onFailure(e -> {
            busy.set(false);
            dialogs.showError(i18n.get("onboarding.wizard.error.title"), errorText(e));
        });
    }

    /** The mails' actions (open, sent, sent another way); each reloads the case after a change. */
    public dk.elaas.mail.ui.MailActions mailActions() {
        return mailActions;
    }

    /** Reloads the case after a mail changed, and tells the list and the task badge. */
    public void mailChanged() {
        reloadDetail();
        changed.run();
    }

    /** The case again, keeping the step on screen and what the user typed in other steps' saved data. */
    private void reloadDetail() {
        CaseDetail d = detail.get();
        if (d == null) {
            return;
        }
        runner.run(() -> s.onboarding().detail(d.id())).onSuccess(nd -> {
            if (nd.id().equals(requested)) {
                detail.set(nd);
                mails.setAll(nd.mails());
                azureGroup.mailStatus(nd);
                refresh();
            }
        }).onFailure(e -> dialogs.showError(i18n.get("error.load.title"), errorText(e)));
    }

    private static Throwable cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof OnboardingException) && !(t instanceof InvalidInputException)) {
            t = t.getCause();
        }
        return t;
    }

    /** A failure as the user reads it: the service's message key in their language. */
    String errorText(Throwable e) {
        Throwable t = cause(e);
        if (t instanceof OnboardingException oe) {
            return "onboarding.gate.blocked".equals(oe.messageKey()) ? texts.blocked(detail.get(), oe.args())
                    : i18n.get(oe.messageKey(), oe.args());
        }
        if (t instanceof InvalidInputException invalid) {
            return String.join(" ", invalid.errors().values().stream()
                    .map(v -> i18n.get(v.errorKey(), v.errorArgs())).distinct().toList());
        }
        return i18n.get("error.save", String.valueOf(t.getMessage()));
    }

    /** Today by the app's clock: the default date for ØJB's confirmation. */
    public LocalDate today() {
        return LocalDate.now(s.clock());
    }

    public StepViewModel step(OnboardingStepKind k) { return steps.get(k); }
    public ConsentStepViewModel consent() { return consent; }
    public EmployeeStepViewModel employee() { return employee; }
    public ExtActivationStepViewModel extActivation() { return extActivation; }
    public AzureGroupStepViewModel azureGroup() { return azureGroup; }
    public TwoFactorStepViewModel twoFactor() { return twoFactor; }
    public PhoniroStepViewModel phoniro() { return phoniro; }

    public ObjectProperty<CaseDetail> detailProperty() { return detail; }
    /** The typed wizard state as the service last saved it. */
    public ObjectProperty<OnboardingState> stateProperty() { return state; }
    public ObjectProperty<OnboardingStepKind> shownProperty() { return shown; }
    public ObservableList<StepMark> marks() { return marks; }
    public ObservableList<MailRecord> mails() { return mails; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    public StringProperty employeeNameProperty() { return employeeName; }
    public StringProperty companyProperty() { return company; }
    public StringProperty caseStateProperty() { return caseState; }
    public StringProperty waitingProperty() { return waiting; }
    public StringProperty activeTextProperty() { return activeText; }
    public StringProperty stepHeadingProperty() { return stepHeading; }
    public StringProperty whatProperty() { return what; }
    public StringProperty whoProperty() { return who; }
    public StringProperty contactProperty() { return contact; }
    public StringProperty completedProperty() { return completed; }
    public StringProperty lockedProperty() { return locked; }
    public StringProperty offboardingHeadingProperty() { return offboardingHeading; }
    public StringProperty offboardingReasonProperty() { return offboardingReason; }
    public StringProperty offboardingScopeProperty() { return offboardingScope; }
    public StringProperty offboardingStatusProperty() { return offboardingStatus; }
    public StringProperty relatedTextProperty() { return relatedText; }
    public BooleanProperty onboardingCaseProperty() { return onboardingCase; }
    public BooleanProperty offboardingCaseProperty() { return offboardingCase; }
    public BooleanProperty canBackProperty() { return canBack; }
    public BooleanProperty canNextProperty() { return canNext; }
    public BooleanProperty canSaveProperty() { return canSave; }
    public BooleanProperty canCorrectProperty() { return canCorrect; }
    public BooleanProperty canStartOffboardingProperty() { return canStartOffboarding; }
    public BooleanProperty canPauseProperty() { return canPause; }
    public BooleanProperty canResumeProperty() { return canResume; }
    public BooleanProperty canConfirmDeletionProperty() { return canConfirmDeletion; }
    public BooleanProperty hasRelatedProperty() { return hasRelated; }
}
