package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.common.ui.ViewLoader;
import dk.elaas.mail.MailRecord;
import dk.elaas.mail.MailStatus;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.OnboardingStepKind;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The onboarding wizard for one case: header, step indicator, the shown step's guidance and fields, the mails,
 * and offboarding. Binds to {@link WizardViewModel} and forwards clicks; nothing here touches a service.
 */
public final class WizardView {

    private final WizardViewModel vm;
    private final I18n i18n;
    private StepForms forms;

    @FXML private BorderPane root;
    @FXML private Label employeeName;
    @FXML private Label caseState;
    @FXML private Label company;
    @FXML private Label waiting;
    @FXML private Label activeText;
    @FXML private Button refreshButton;
    @FXML private Button relatedButton;
    @FXML private Button offboardButton;
    @FXML private FlowPane stepper;
    @FXML private ScrollPane scroll;
    @FXML private Label none;
    @FXML private VBox stepPane;
    @FXML private Label stepHeading;
    @FXML private Label what;
    @FXML private Label who;
    @FXML private Label contact;
    @FXML private VBox stepForm;
    @FXML private Label stepError;
    @FXML private Label completed;
    @FXML private Label locked;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button correctButton;
    @FXML private Button saveButton;
    @FXML private VBox offboardingPane;
    @FXML private Label offboardingHeading;
    @FXML private Label offboardingReason;
    @FXML private Label offboardingScope;
    @FXML private Label offboardingStatus;
    @FXML private VBox deletionForm;
    @FXML private DatePicker deletionDate;
    @FXML private javafx.scene.layout.HBox stepButtons;
    @FXML private Button pauseButton;
    @FXML private Button resumeButton;
    @FXML private TextField deletionBy;
    @FXML private Button confirmDeletionButton;
    @FXML private Label message;
    @FXML private VBox mailPane;
    @FXML private VBox mailList;

    public WizardView(WizardViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    /** Loads the FXML; the node to embed (the case list puts it beside the cases). */
    public Parent load() {
        return ViewLoader.load(this, i18n);
    }

    public WizardViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        var css = WizardView.class.getResource("wizard.css");
        if (css != null) {
            root.getStylesheets().add(css.toExternalForm());
        }
        forms = new StepForms(vm, i18n);
        employeeName.textProperty().bind(vm.employeeNameProperty());
        caseState.textProperty().bind(vm.caseStateProperty());
        company.textProperty().bind(vm.companyProperty());
        waiting.textProperty().bind(vm.waitingProperty());
        bindText(activeText, vm.activeTextProperty());
        stepHeading.textProperty().bind(vm.stepHeadingProperty());
        what.textProperty().bind(vm.whatProperty());
        who.textProperty().bind(vm.whoProperty());
        contact.textProperty().bind(vm.contactProperty());
        completed.textProperty().bind(vm.completedProperty());
        bindText(locked, vm.lockedProperty());
        bindText(message, vm.messageProperty());
        offboardingHeading.textProperty().bind(vm.offboardingHeadingProperty());
        offboardingReason.textProperty().bind(vm.offboardingReasonProperty());
        offboardingScope.textProperty().bind(vm.offboardingScopeProperty());
        offboardingStatus.textProperty().bind(vm.offboardingStatusProperty());
        relatedButton.textProperty().bind(vm.relatedTextProperty());

        show(none, vm.detailProperty().isNull());
        show(stepPane, vm.onboardingCaseProperty());
        show(offboardingPane, vm.offboardingCaseProperty());
        show(mailPane, vm.detailProperty().isNotNull());
        show(refreshButton, vm.detailProperty().isNotNull());
        show(relatedButton, vm.hasRelatedProperty());
        show(offboardButton, vm.canStartOffboardingProperty());
        show(pauseButton, vm.canPauseProperty());
        show(resumeButton, vm.canResumeProperty());
        show(stepButtons, vm.onboardingCaseProperty());
        show(deletionForm, vm.canConfirmDeletionProperty());
        show(saveButton, vm.canSaveProperty());
        show(correctButton, vm.canCorrectProperty());
        // Enter saves the step on screen: "Gem og fortsæt" on the current step, "Gem rettelse" on a done one.
        saveButton.defaultButtonProperty().bind(vm.canSaveProperty());
        correctButton.defaultButtonProperty().bind(vm.canCorrectProperty());
        for (Button b : List.of(saveButton, correctButton, offboardButton, confirmDeletionButton, refreshButton,
                pauseButton, resumeButton)) {
            b.disableProperty().bind(vm.busyProperty());
        }
        backButton.disableProperty().bind(vm.canBackProperty().not().or(vm.busyProperty()));
        nextButton.disableProperty().bind(vm.canNextProperty().not().or(vm.busyProperty()));
        DateFields.danishFormat(deletionDate, i18n);
        // Enter saves from any field of the step, also a focused check box (which would otherwise toggle on Enter);
        // an open calendar keeps Enter for choosing its day.
        stepForm.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof Button) && !calendarOpen(e.getTarget())) {
                e.consume();
                if (vm.canSaveProperty().get()) {
                    onSave();
                } else if (vm.canCorrectProperty().get()) {
                    onSaveCorrection();
                }
            }
        });

        vm.shownProperty().addListener((o, was, now) -> showStep(now));
        vm.marks().addListener((ListChangeListener<StepMark>) c -> fillStepper());
        vm.mails().addListener((ListChangeListener<MailRecord>) c -> fillMails());
        vm.detailProperty().addListener((o, was, now) -> caseChanged(was, now));
        showStep(vm.shownProperty().get());
        fillStepper();
        fillMails();
    }

    private static boolean calendarOpen(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof DatePicker picker) {
                return picker.isShowing();
            }
        }
        return false;
    }

    private static void show(Node n, ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(when);
    }

    private static void bindText(Label l, javafx.beans.property.StringProperty text) {
        l.textProperty().bind(text);
        show(l, text.isNotEmpty());
    }

    private void caseChanged(CaseDetail was, CaseDetail now) {
        if (now != null && (was == null || !was.id().equals(now.id()))) {
            deletionDate.setValue(vm.today());
            deletionBy.clear();
            scroll.setVvalue(0);
        }
    }

    private void showStep(OnboardingStepKind k) {
        stepError.textProperty().unbind();
        if (k == null) {
            stepForm.getChildren().clear();
            stepError.setText("");
            return;
        }
        stepForm.getChildren().setAll(forms.form(k));
        StepViewModel step = vm.step(k);
        stepError.textProperty().bind(step.generalErrorProperty());
        stepError.visibleProperty().bind(step.generalErrorProperty().isNotEmpty());
        stepError.managedProperty().bind(step.generalErrorProperty().isNotEmpty());
        Control first = forms.firstField(k);
        if (first != null && root.getScene() != null) {
            Platform.runLater(first::requestFocus);
        }
    }

    private void fillStepper() {
        stepper.getChildren().clear();
        for (StepMark m : vm.marks()) {
            String sign = switch (m.mark()) {
                case DONE -> "✓ ";
                case CURRENT -> "● ";
                case LATER -> "";
            };
            Button b = new Button(sign + m.number() + " " + m.title());
            b.setId("wizard-step-" + m.number());
            b.getStyleClass().addAll("wizard-step", m.mark().name().toLowerCase(Locale.ROOT));
            if (m.shown()) {
                b.getStyleClass().add("shown");
            }
            b.setAccessibleText(m.number() + " " + m.title() + ": "
                    + i18n.get("onboarding.wizard.mark." + m.mark().name().toLowerCase(Locale.ROOT)));
            b.setDisable(!m.reachable());
            b.setOnAction(e -> vm.goTo(m.kind()));
            stepper.getChildren().add(b);
            if (m.number() < 6) {
                stepper.getChildren().add(new Label("·"));
            }
        }
    }

    private void fillMails() {
        mailList.getChildren().clear();
        if (vm.mails().isEmpty()) {
            Label empty = new Label(i18n.get("onboarding.wizard.noMails"));
            empty.getStyleClass().add("empty-state");
            mailList.getChildren().add(empty);
            return;
        }
        int i = 0;
        for (MailRecord m : vm.mails()) {
            mailList.getChildren().add(dk.elaas.mail.ui.MailLine.of(m, i18n, vm.mailActions(), vm::mailChanged,
                    "wizard-mail-" + i));
            i++;
        }
    }

    @FXML
    private void onSave() {
        OnboardingStepKind k = vm.shownProperty().get();
        if (k != null) {
            forms.commitDates(k);
            vm.saveAndContinue();
        }
    }

    @FXML
    private void onSaveCorrection() {
        OnboardingStepKind k = vm.shownProperty().get();
        if (k != null) {
            forms.commitDates(k);
            vm.saveCorrection();
        }
    }

    @FXML
    private void onBack() {
        vm.back();
    }

    @FXML
    private void onNext() {
        vm.next();
    }

    @FXML
    private void onRefresh() {
        vm.reload();
    }

    @FXML
    private void onOpenRelated() {
        vm.openRelated();
    }

    @FXML
    private void onStartOffboarding() {
        vm.startOffboarding();
    }

    @FXML
    private void onPause() {
        vm.pause();
    }

    @FXML
    private void onResume() {
        vm.resume();
    }

    @FXML
    private void onConfirmDeletion() {
        if (!DateFields.commit(deletionDate)) {
            return;
        }
        vm.confirmDeletion(deletionDate.getValue(), deletionBy.getText());
    }
}
