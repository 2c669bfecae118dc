package dk.elaas.onboarding.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.common.concurrent.InlineTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.mail.MailLauncher;
import dk.elaas.mail.MailRecord;
import dk.elaas.mail.MailStatus;
import dk.elaas.onboarding.CaseKind;
import dk.elaas.onboarding.CaseState;
import dk.elaas.onboarding.NewEmployee;
import dk.elaas.onboarding.OnboardingService;
import dk.elaas.onboarding.OnboardingSettings;
import dk.elaas.onboarding.OnboardingStepKind;
import dk.elaas.onboarding.StepStatus;
import dk.elaas.settings.SettingsService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's view models, headless with the inline runner on a real H2 file. */
class WizardViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("Mette", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld w;
    private WizardViewModel vm;
    private UUID supplier;
    private UUID caseId;
    private final List<String> errors = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final Deque<Optional<String>> answers = new ArrayDeque<>();
    private final AtomicInteger changes = new AtomicInteger();
    /** What the "mail could not be opened" dialog offered, and the option the user picks (index). */
    private final List<String> offered = new ArrayList<>();
    private final Deque<Optional<Integer>> choices = new ArrayDeque<>();
    private final List<String> infos = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();
    private final List<String> confirmed = new ArrayList<>();
    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private Path saveTarget;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        OnboardingService onboarding = w.onboarding(() -> CLERK, () -> null);
        caseId = onboarding.start(new NewEmployee(supplier, "Jonas", "Holm", "jonas@naerkoeb.dk", false, Set.of(),
                null)).id();
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { errors.add(message); }
            @Override public void showInfo(String title, String message) { infos.add(message); }
            @Override public Optional<Integer> choose(String title, String message, List<String> options) {
                offered.add(title + ": " + message + " " + options);
                return choices.isEmpty() ? Optional.empty() : choices.pop();
            }
            @Override public Optional<Path> chooseSaveFile(String title, String initialName) {
                return Optional.ofNullable(saveTarget);
            }
            @Override public void copyToClipboard(String text) { clipboard.add(text); }
            @Override public boolean confirm(String title, String message) {
                confirmed.add(title + " " + message);
                return confirmAnswers.isEmpty() || confirmAnswers.pop();
            }
            @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
            @Override public Optional<String> askText(String title, String message, String initial) {
                asked.add(message);
                return answers.isEmpty() ? Optional.empty() : answers.pop();
            }
        };
        vm = new WizardViewModel(new WizardServices(onboarding, w.offboarding(() -> CLERK, () -> null),
                new OnboardingSettings(new SettingsService(w.db.tx(), () -> dk.elaas.identity.Actor.SYSTEM)), w.mailSettings, w.outbox, new MailLauncher(),
                CLOCK), new InlineTaskRunner(), dialogs, I18n.danish(), changes::incrementAndGet);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private UUID receivedConsent() {
        return w.receivedConsent("Grethe Bach", "0505470890", supplier, Set.of("DAGLIGVARER"), TODAY.minusDays(3), null);
    }

    private void chooseAll() {
        vm.consent().consents().forEach(c -> c.selectedProperty().set(true));
    }

    /** Fills and saves steps 1 up to, not including, {@code stop}. */
    private void completeUpTo(OnboardingStepKind stop) {
        for (OnboardingStepKind k : OnboardingStepKind.values()) {
            if (k == stop) {
                return;
            }
            switch (k) {
                case CONSENT -> chooseAll();
                case EMPLOYEE_DETAILS -> { }
                case EXT_ACTIVATION -> {
                    vm.extActivation().invitationMailOnProperty().set(TODAY.minusDays(5));
                    vm.extActivation().createdMailOnProperty().set(TODAY.minusDays(4));
                    vm.extActivation().extUsernameProperty().set("ext34481@aarhus.dk");
                }
                case AZURE_GROUP -> {
                    vm.queueUsernameMail();
                    vm.azureGroup().groupOrderedOnProperty().set(TODAY);
                    vm.azureGroup().groupConfirmedOnProperty().set(TODAY);
                }
                case TWO_FACTOR -> {
                    vm.twoFactor().onPersonalPhoneProperty().set(true);
                    vm.twoFactor().doneOnProperty().set(TODAY);
                }
                case PHONIRO -> {
                    sendMails();
                    fillPhoniro();
                }
            }
            vm.saveAndContinue();
            assertThat(errors).as("saving step " + k).isEmpty();
            assertThat(vm.step(k).errors()).as("saving step " + k).isEmpty();
            assertThat(vm.detailProperty().get().step(k).status()).isEqualTo(StepStatus.DONE);
        }
    }

    /** The clerk marks each of the case's mails sent, through the mail list's action. */
    private void sendMails() {
        List.copyOf(vm.mails()).forEach(m -> vm.mailActions().markSent(m, vm::mailChanged));
        assertThat(vm.mails()).allSatisfy(m -> assertThat(m.status().isSent()).isTrue());
    }

    private void fillPhoniro() {
        vm.phoniro().oejbContactedOnProperty().set(TODAY.minusDays(1));
        vm.phoniro().userCreatedProperty().set(true);
        vm.phoniro().deviceRegisteredProperty().set(true);
        vm.phoniro().confirmedOnProperty().set(TODAY);
    }

    @Test
    void opensAtTheCurrentStepWithHeaderAndContacts() {
        receivedConsent();
        vm.open(caseId);

        assertThat(vm.employeeNameProperty().get()).isEqualTo("Jonas Holm");
        assertThat(vm.companyProperty().get()).isEqualTo("Nærkøb Levering ApS (CVR 12972997)");
        assertThat(vm.caseStateProperty().get()).isEqualTo("Onboarding · I gang");
        assertThat(vm.waitingProperty().get()).isEqualTo("Venter på leder hos leverandøren siden i dag");
        assertThat(vm.shownProperty().get()).isEqualTo(OnboardingStepKind.CONSENT);
        assertThat(vm.stepHeadingProperty().get()).isEqualTo("Trin 1 af 6: Samtykkeerklæring");
        assertThat(vm.contactProperty().get()).contains("Systemejerskab-datasikkerhed@mso.aarhus.dk").contains("he@ostbv.dk");
        assertThat(vm.marks()).extracting(StepMark::mark).containsExactly(StepMark.Mark.CURRENT, StepMark.Mark.LATER,
                StepMark.Mark.LATER, StepMark.Mark.LATER, StepMark.Mark.LATER, StepMark.Mark.LATER);
        assertThat(vm.consent().consents()).singleElement().satisfies(c -> {
            assertThat(c.citizen()).isEqualTo("Grethe Bach");
            assertThat(c.cpr()).doesNotContain("0890");
            assertThat(c.status()).isEqualTo("Modtaget af ØJB");
            assertThat(c.services()).isEqualTo("Dagligvarer");
        });
        assertThat(vm.canSaveProperty().get()).isTrue();
        assertThat(vm.canCorrectProperty().get()).isFalse();
    }

    @Test
    void aLaterStepCannotBeReached() {
        vm.open(caseId);

        assertThat(vm.canNextProperty().get()).isFalse();
        assertThat(vm.next()).isFalse();
        assertThat(vm.goTo(OnboardingStepKind.PHONIRO)).isFalse();
        assertThat(vm.shownProperty().get()).isEqualTo(OnboardingStepKind.CONSENT);
        assertThat(vm.marks()).filteredOn(StepMark::reachable).extracting(StepMark::kind)
                .containsExactly(OnboardingStepKind.CONSENT);
    }

    @Test
    void stepOneWithoutCitizensShowsTheErrorInDanishAndSavesNothing() {
        receivedConsent();
        vm.open(caseId);

        vm.saveAndContinue();

        assertThat(vm.consent().errors()).containsEntry("citizens",
                "Vælg mindst én borger (med samtykke eller kun opgangsdør).");
        assertThat(vm.consent().validProperty().get()).isFalse();
        assertThat(vm.shownProperty().get()).isEqualTo(OnboardingStepKind.CONSENT);
        assertThat(vm.detailProperty().get().step(OnboardingStepKind.CONSENT).status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(changes).hasValue(0);

        chooseAll();
        assertThat(vm.consent().errors()).isEmpty();
        assertThat(vm.consent().validProperty().get()).isTrue();
    }

    @Test
    void savingMovesToTheNextStepAndTheDoneStepCanBeViewed() {
        receivedConsent();
        vm.open(caseId);
        chooseAll();

        vm.saveAndContinue();

        assertThat(errors).isEmpty();
        assertThat(changes).hasValue(1);
        assertThat(vm.shownProperty().get()).isEqualTo(OnboardingStepKind.EMPLOYEE_DETAILS);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Trin 1 (Samtykkeerklæring) er gemt. Næste trin: Medarbejderoplysninger.");
        assertThat(vm.stateProperty().get().consents().citizens()).hasSize(1);
        assertThat(vm.marks()).extracting(StepMark::mark).startsWith(StepMark.Mark.DONE, StepMark.Mark.CURRENT,
                StepMark.Mark.LATER);
        assertThat(vm.employee().companyProperty().get()).isEqualTo("Nærkøb Levering ApS");

        assertThat(vm.back()).isTrue();
        assertThat(vm.shownProperty().get()).isEqualTo(OnboardingStepKind.CONSENT);
        assertThat(vm.completedProperty().get()).startsWith("Udført af Mette den 10-03-2026 kl. 11:00");
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.canCorrectProperty().get()).isTrue();
        assertThat(vm.next()).isTrue();
        assertThat(vm.next()).isFalse();
    }

    @Test
    void extUsernameAndDatesAreCheckedInDanishBeforeSaving() {
        receivedConsent();
        vm.open(caseId);
        completeUpTo(OnboardingStepKind.EXT_ACTIVATION);
        ExtActivationStepViewModel step = vm.extActivation();
        step.invitationMailOnProperty().set(TODAY.plusDays(1));
        step.extUsernameProperty().set("jonas@aarhus.dk");

        vm.saveAndContinue();

        assertThat(step.errors()).containsEntry("extUsername", "Brugernavnet skal have formen ext12345@aarhus.dk.")
                .containsEntry("invitationMailOn", "Datoen må ikke ligge i fremtiden.")
                .containsEntry("createdMailOn", "Feltet skal udfyldes.");
        assertThat(vm.shownProperty().get()).isEqualTo(OnboardingStepKind.EXT_ACTIVATION);

        step.dateText("createdMailOn", "31-02-2026", null);
        assertThat(step.errors().get("createdMailOn")).startsWith("Datoen »31-02-2026« kan ikke læses");
    }

    @Test
    void theUsernameMailComesBeforeTheGroupDates() {
        receivedConsent();
        vm.open(caseId);
        completeUpTo(OnboardingStepKind.AZURE_GROUP);
        vm.azureGroup().groupOrderedOnProperty().set(TODAY);
        vm.azureGroup().groupConfirmedOnProperty().set(TODAY);

        vm.saveAndContinue();
        assertThat(vm.azureGroup().errors()).containsKey("usernameMail");

        vm.queueUsernameMail();

        assertThat(vm.azureGroup().errors()).doesNotContainKey("usernameMail");
        assertThat(vm.azureGroup().groupOrderedOnProperty().get()).isEqualTo(TODAY);
        assertThat(vm.azureGroup().usernameMailTextProperty().get()).startsWith("Mailen med brugernavnet ext34481@aarhus.dk blev oprettet");
        assertThat(vm.mails()).anySatisfy(m -> assertThat(m.subject()).isNotBlank());
        vm.saveAndContinue();
        assertThat(vm.shownProperty().get()).isEqualTo(OnboardingStepKind.TWO_FACTOR);
    }

    @Test
    void stepSixShowsWhatIsMissingPerCitizenBeforeTheClickAndGrantsOnceReceived() {
        UUID consent = w.paperConsent("Grethe Bach", "0505470890", supplier, Set.of("DAGLIGVARER"), TODAY.minusDays(3),
                null);
        vm.open(caseId);
        completeUpTo(OnboardingStepKind.PHONIRO);

        assertThat(vm.phoniro().lines()).singleElement().satisfies(l -> {
            assertThat(l.ready()).isFalse();
            assertThat(l.verdict()).isEqualTo("Grethe Bach: samtykket er \"Registreret\" – ØJB har ikke modtaget det endnu.");
        });
        assertThat(vm.phoniro().blockedProperty().get()).isTrue();
        fillPhoniro();
        vm.saveAndContinue();
        assertThat(vm.phoniro().errors()).containsEntry("citizens",
                "Adgang kan ikke gives endnu: 1 borger(e) mangler noget (se listen).");
        assertThat(vm.detailProperty().get().state()).isEqualTo(CaseState.OPEN);

        w.lifecycle.send(consent);
        w.lifecycle.markReceived(consent, TODAY, "Hasse Eriksen");
        vm.reload();
        assertThat(vm.phoniro().lines()).singleElement()
                .satisfies(l -> assertThat(l.verdict()).isEqualTo("Klar – samtykket er modtaget af ØJB."));
        sendMails();
        fillPhoniro();
        vm.saveAndContinue();

        assertThat(errors).isEmpty();
        assertThat(vm.detailProperty().get().state()).isEqualTo(CaseState.ACTIVE);
        assertThat(vm.caseStateProperty().get()).isEqualTo("Onboarding · Aktiv");
        assertThat(vm.activeTextProperty().get()).isEqualTo(
                "Sagen er aktiv siden 10-03-2026. Adgang er givet til 1 borger(e): Grethe Bach.");
        assertThat(vm.phoniro().lines()).singleElement().satisfies(l -> assertThat(l.verdict()).isEqualTo("Adgang givet."));
        assertThat(vm.marks()).extracting(StepMark::mark).containsOnly(StepMark.Mark.DONE);
        assertThat(vm.canCorrectProperty().get()).isFalse();
        assertThat(vm.lockedProperty().get()).startsWith("Adgangen er givet.");
    }

    @Test
    void aCorrectionAsksForAReasonAndTheServiceKeepsIt() {
        receivedConsent();
        vm.open(caseId);
        completeUpTo(OnboardingStepKind.EXT_ACTIVATION);
        assertThat(vm.goTo(OnboardingStepKind.EMPLOYEE_DETAILS)).isTrue();
        vm.employee().lastNameProperty().set("Holm-Larsen");

        vm.saveCorrection(); // cancelled: nothing saved
        assertThat(asked).singleElement().asString().startsWith("Skriv, hvorfor trin 2 (Medarbejderoplysninger) rettes.");
        assertThat(vm.detailProperty().get().data().employee().lastName()).isEqualTo("Holm");

        answers.push(Optional.of(" "));
        vm.saveCorrection();
        assertThat(errors).containsExactly("Skriv, hvorfor trinnet rettes. Rettelsen bliver logget.");

        answers.push(Optional.of("Efternavnet var stavet forkert"));
        int before = changes.get();
        vm.saveCorrection();

        assertThat(vm.detailProperty().get().data().employee().lastName()).isEqualTo("Holm-Larsen");
        assertThat(vm.detailProperty().get().step(OnboardingStepKind.EMPLOYEE_DETAILS).notes())
                .contains("Efternavnet var stavet forkert");
        assertThat(vm.shownProperty().get()).isEqualTo(OnboardingStepKind.EMPLOYEE_DETAILS);
        assertThat(vm.detailProperty().get().currentStep()).isEqualTo(OnboardingStepKind.EXT_ACTIVATION);
        assertThat(vm.messageProperty().get()).isEqualTo("Rettelsen af trin 2 (Medarbejderoplysninger) er gemt og logget.");
        assertThat(vm.completedProperty().get()).contains("Rettelser:").contains("Efternavnet var stavet forkert");
        assertThat(changes.get()).isEqualTo(before + 1);
    }

    @Test
    void anInvalidCorrectionIsRefusedAtTheFieldWithoutAskingWhy() {
        receivedConsent();
        vm.open(caseId);
        completeUpTo(OnboardingStepKind.EXT_ACTIVATION);
        vm.goTo(OnboardingStepKind.EMPLOYEE_DETAILS);
        vm.employee().workEmailProperty().set("jonas@");

        vm.saveCorrection();

        assertThat(asked).isEmpty();
        assertThat(vm.employee().errors()).containsKey("workEmail");
        assertThat(vm.employee().errors().get("workEmail")).startsWith("E-mailadressen er ikke gyldig.");
    }

    @Test
    void offboardingIsTwoClicksStartThenOejbConfirms() {
        receivedConsent();
        vm.open(caseId);
        completeUpTo(null);
        assertThat(vm.detailProperty().get().state()).isEqualTo(CaseState.ACTIVE);
        assertThat(vm.canStartOffboardingProperty().get()).isTrue();

        answers.push(Optional.of("Fratrådt"));
        vm.startOffboarding();

        assertThat(errors).isEmpty();
        assertThat(vm.detailProperty().get().kind()).isEqualTo(CaseKind.OFFBOARDING);
        assertThat(vm.offboardingCaseProperty().get()).isTrue();
        assertThat(vm.offboardingReasonProperty().get()).isEqualTo("Årsag: Fratrådt");
        assertThat(vm.waitingProperty().get()).isEqualTo("Venter på ØJB siden i dag");
        assertThat(vm.mails()).hasSize(1);
        assertThat(vm.canConfirmDeletionProperty().get()).isTrue();

        vm.confirmDeletion(TODAY, "Hasse Eriksen");
        assertThat(errors).as("ØJB cannot confirm before the mail went out").singleElement().asString()
                .startsWith("Sagen kan ikke afsluttes, før dens mails er sendt: “Ophør af adgang: Jonas Holm");
        assertThat(vm.detailProperty().get().state()).isEqualTo(CaseState.OPEN);
        errors.clear();
        sendMails();

        vm.confirmDeletion(TODAY, "Hasse Eriksen");

        assertThat(errors).isEmpty();
        assertThat(vm.detailProperty().get().state()).isEqualTo(CaseState.CLOSED);
        assertThat(vm.offboardingStatusProperty().get()).startsWith("ØJB bekræftede sletningen 10-03-2026 (Hasse Eriksen).");
        assertThat(vm.canConfirmDeletionProperty().get()).isFalse();
        vm.openRelated();
        assertThat(vm.detailProperty().get().state()).isEqualTo(CaseState.CLOSED);
        assertThat(vm.phoniro().lines()).singleElement().satisfies(l -> assertThat(l.verdict()).isEqualTo("Adgangen er ophørt."));
        assertThat(vm.canStartOffboardingProperty().get()).isFalse();
    }

    @Test
    void pauseAsksWhyHidesSavingAndResumeContinuesAtTheSameStep() {
        receivedConsent();
        vm.open(caseId);
        completeUpTo(OnboardingStepKind.EXT_ACTIVATION);
        assertThat(vm.canPauseProperty().get()).isTrue();
        assertThat(vm.canResumeProperty().get()).isFalse();

        answers.push(Optional.empty());
        vm.pause();
        assertThat(vm.detailProperty().get().state()).as("cancel pauses nothing").isEqualTo(CaseState.OPEN);

        answers.push(Optional.of("Medarbejderen er på ferie til 1. april"));
        vm.pause();
        assertThat(vm.detailProperty().get().state()).isEqualTo(CaseState.PAUSED);
        assertThat(vm.canSaveProperty().get()).as("no step is saved while paused").isFalse();
        assertThat(vm.canResumeProperty().get()).isTrue();
        assertThat(vm.detailProperty().get().waitingOn()).isNull();

        vm.resume();
        assertThat(vm.detailProperty().get().state()).isEqualTo(CaseState.OPEN);
        assertThat(vm.detailProperty().get().currentStep()).isEqualTo(OnboardingStepKind.EXT_ACTIVATION);
        assertThat(vm.canSaveProperty().get()).isTrue();
        assertThat(errors).isEmpty();
    }

    /**
     * Issue 16.4: this test JVM has no mail program (headless), which is exactly the failure a user meets on a
     * PC without one. Before, the mail was marked "åbnet" anyway; now it stays a draft, the user is told why and
     * offered "Gem som …" and "Kopiér til udklipsholder", and a note is required for "sendt på anden vis".
     */
    @Test
    void aMailThatCouldNotBeOpenedStaysADraftAndCanBeSavedCopiedOrMarkedSentAnotherWay() throws Exception {
        receivedConsent();
        vm.open(caseId);
        completeUpTo(OnboardingStepKind.AZURE_GROUP);
        vm.queueUsernameMail();
        MailRecord mail = vm.mails().stream().filter(m -> m.subject().startsWith("Adgangsgivende gruppe"))
                .findFirst().orElseThrow();

        saveTarget = dir.resolve("gemt-mail.eml");
        choices.push(Optional.of(0));
        vm.mailActions().open(mail, vm::mailChanged);

        assertThat(status(mail)).as("not opened: the program never started").isEqualTo(MailStatus.DRAFT);
        assertThat(offered).singleElement().asString().startsWith("Mailprogrammet kunne ikke åbnes: ")
                .contains("Mailen er ikke markeret som åbnet").contains("[Gem som …, Kopiér til udklipsholder, Luk]");
        assertThat(java.nio.file.Files.readAllBytes(saveTarget)).isEqualTo(w.outbox.eml(mail.id()));
        assertThat(infos).last().asString().isEqualTo("Mailen er gemt som " + saveTarget + ".");

        choices.push(Optional.of(1));
        vm.mailActions().open(mail, vm::mailChanged);
        assertThat(clipboard).singleElement().asString().startsWith("Til: " + mail.recipients() + "\nEmne: "
                + mail.subject() + "\n\nKære systemejerskab");
        assertThat(status(mail)).isEqualTo(MailStatus.DRAFT);

        answers.push(Optional.of("   "));
        vm.mailActions().markSentOtherwise(mail, vm::mailChanged);
        assertThat(errors).containsExactly("Skriv en note om hvordan mailen er sendt.");
        assertThat(status(mail)).isEqualTo(MailStatus.DRAFT);

        answers.push(Optional.of("Indsat i webmail og sendt"));
        vm.mailActions().markSentOtherwise(mail, vm::mailChanged);
        assertThat(vm.mails()).filteredOn(m -> m.id().equals(mail.id())).singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(MailStatus.SENT_OTHERWISE);
                    assertThat(dk.elaas.mail.ui.MailLine.status(m, I18n.danish()))
                            .isEqualTo("sendt på anden vis: Indsat i webmail og sendt");
                });
    }

    private MailStatus status(MailRecord mail) {
        return w.db.tx().call(s -> w.outbox.forCase(s, caseId)).stream().filter(m -> m.id().equals(mail.id()))
                .findFirst().orElseThrow().status();
    }

    /** Issue 16.3: offboarding and a step correction ask for confirmation with what will happen; "Nej" stops. */
    @Test
    void offboardingAndAStepCorrectionAreConfirmedFirstAndNoChangesNothing() {
        receivedConsent();
        vm.open(caseId);
        completeUpTo(null);

        answers.push(Optional.of("Fratrådt"));
        confirmAnswers.push(false);
        vm.startOffboarding();
        assertThat(confirmed).last().asString().startsWith("Start offboarding? Al adgang for Jonas Holm")
                .endsWith("Årsag: Fratrådt");
        assertThat(vm.detailProperty().get().kind()).isEqualTo(CaseKind.ONBOARDING);
        assertThat(vm.detailProperty().get().offboardingCaseId()).as("no offboarding started").isNull();

        vm.goTo(OnboardingStepKind.TWO_FACTOR);
        vm.twoFactor().doneOnProperty().set(TODAY.minusDays(1));
        answers.push(Optional.of("Forkert dato"));
        confirmAnswers.push(false);
        vm.saveCorrection();
        assertThat(confirmed).last().asString().startsWith("Ret trin 5?").endsWith("Årsag: Forkert dato");
        assertThat(vm.detailProperty().get().data().twoFactor().doneOn()).as("unchanged").isEqualTo(TODAY);

        answers.push(Optional.of("Forkert dato"));
        vm.saveCorrection();
        assertThat(errors).isEmpty();
        assertThat(vm.detailProperty().get().data().twoFactor().doneOn()).isEqualTo(TODAY.minusDays(1));
    }
}
