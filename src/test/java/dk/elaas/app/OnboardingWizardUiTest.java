package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.access.GrantRecord;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.DocumentKind;
import dk.elaas.consent.SignerRole;
import dk.elaas.onboarding.CaseSummary;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.task.TaskKind;
import dk.elaas.task.ui.TaskListViewModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The onboarding wizard end to end in the whole app (headless, real H2 file, demo data, fixed date 25-11-2026):
 * a clerk registers a supplier, the consent is received by ØJB, the employee is started from the supplier's page
 * and taken through all six screens until the case is active with a grant; then offboarded in two clicks, the
 * grant ends and the offboarding task is gone. A second test restarts the app mid-case: the wizard resumes there.
 */
class OnboardingWizardUiTest extends DemoAppUiTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String COMPANY = "Hjemmeservice Nord ApS";

    private void signIn() throws Exception {
        waitUntil(() -> lookup("#nav-onboarding").tryQuery().map(n -> !n.isDisabled()).orElse(false));
    }

    private String text(String id) {
        return lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private boolean visible(String id) {
        return lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Scrolls the wizard's step so the node is on screen, as a user would: the robot clicks only what is seen. */
    private Node reveal(String id) {
        Node n = lookup(id).query();
        javafx.scene.control.ScrollPane sp = null;
        for (javafx.scene.Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane found) {
                sp = found;
                break;
            }
        }
        if (sp != null) {
            javafx.scene.control.ScrollPane pane = sp;
            interact(() -> {
                double content = pane.getContent().getBoundsInLocal().getHeight();
                double viewport = pane.getViewportBounds().getHeight();
                double y = pane.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                pane.setVvalue(content <= viewport ? 0 : Math.min(1, Math.max(0, (y - 40) / (content - viewport))));
            });
        }
        return n;
    }

    private org.testfx.api.FxRobotInterface click(String id) {
        return clickOn(reveal(id));
    }

    /** Types a date into a date field's text, as a user does (the wizard commits typed dates on save). */
    private void typeDate(String id, LocalDate date) {
        DatePicker picker = (DatePicker) reveal(id);
        clickOn(picker.getEditor());
        press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        write(dk.elaas.common.ui.DateFields.format(date));
    }

    /** Enter saves the step from any of its fields (the wizard is keyboard-first). */
    private void saveStep(int next) throws Exception {
        type(KeyCode.ENTER);
        waitUntil(() -> text("#wizard-step-heading").startsWith("Trin " + next + " "));
    }

    /**
     * The case list in the scene the window shows now: the primary stage is reused between tests and across the
     * restart, so an earlier app's scene still points at the same (showing) window.
     */
    private static boolean current(Node n) {
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && n.getScene().getWindow().getScene() == n.getScene();
    }

    private void waitForSofie(TableView<CaseSummary> cases) throws Exception {
        try {
            waitUntil(() -> cases.getItems().stream().anyMatch(c -> c.employeeName().equals("Sofie Andersen")));
        } catch (java.util.concurrent.TimeoutException e) {
            System.err.println("Case list when Sofie was not found: items=" + cases.getItems() + " service="
                    + app.context().onboarding().list(null, null) + " tables=" + lookup("#onboarding-cases").queryAll().size()
                    + " current=" + current(cases) + " user=" + app.context().currentUser().get()
                    + " section=" + lookup("#section-error").tryQuery().map(n -> ((Label) n).getText()).orElse("-"));
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseSummary> casesTable() {
        return lookup("#onboarding-cases").queryAll().stream().filter(OnboardingWizardUiTest::current)
                .map(n -> (TableView<CaseSummary>) n).findFirst().orElseThrow();
    }

    private UUID receivedConsent(AppContext ctx, UUID supplierId) {
        UUID id = ctx.registrations().register(new ConsentDraft("Ellen Vestergaard", "140339-1234", "Randersvej 12",
                "8200", "Aarhus N", "40998877", supplierId, null, null, Set.of("DAGLIGVARER"), TODAY.minusDays(10),
                null, SignerRole.CITIZEN, null, TODAY.minusDays(10), "Lars Gravesen",
                CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE, ConsentChannel.PAPER, null, false, null, Map.of(),
                List.of(new ConsentDraft.Document(DocumentKind.NORMALIZED_PDF, "side1.pdf", "application/pdf", 1,
                        ConsentWorld.samplePdf())))).consentId();
        ctx.lifecycle().send(id);
        ctx.lifecycle().markReceived(id, TODAY.minusDays(2), "Hasse Eriksen");
        return id;
    }

    @Test
    void clerkTakesAnEmployeeThroughAllSixStepsThenOffboardsInTwoClicks() throws Exception {
        signIn();
        AppContext ctx = app.context();

        // The supplier is registered in the supplier register …
        clickOn("#nav-suppliers");
        waitUntil(() -> lookup("#newButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        clickOn("#newButton");
        clickOn("#name").write(COMPANY);
        clickOn("#cvr").write("31000009");
        clickOn("#service-DAGLIGVARER");
        clickOn("#saveButton");
        waitUntil(() -> ctx.suppliers().list(COMPANY).size() == 1);
        SupplierRecord supplier = ctx.suppliers().list(COMPANY).get(0);
        // … and a citizen's consent for it is registered, sent and received by ØJB.
        UUID consent = receivedConsent(ctx, supplier.id());
        UUID citizen = ctx.consentDetails().detail(consent).citizenId();

        // "Start onboarding" on the supplier's page opens the new-case form with the company chosen.
        TableView<SupplierRecord> suppliers = lookup("#table").queryTableView();
        interact(() -> suppliers.getSelectionModel().select(suppliers.getItems().stream()
                .filter(s -> s.name().equals(COMPANY)).findFirst().orElseThrow()));
        clickOn("#supplier-start-onboarding");
        waitUntil(() -> lookup("#onboarding-new-first").tryQuery().isPresent());
        assertThat(text("#onboarding-new-cvr")).contains("31000009");
        clickOn("#onboarding-new-first").write("Ida");
        clickOn("#onboarding-new-last").write("Krog");
        clickOn("#onboarding-new-email").write("ida.krog@hjemmeservice.example");
        typeDate("#onboarding-new-end", TODAY.minusDays(1));
        clickOn("#onboarding-new-create");

        // Step 1: the received consent.
        waitUntil(() -> text("#wizard-employee").equals("Ida Krog") && lookup("#wizard-consent-0").tryQuery().isPresent());
        assertThat(text("#wizard-step-heading")).startsWith("Trin 1 af 6");
        click("#wizard-consent-0");
        saveStep(2);
        // Step 2: the details are there from the new-case form; saving composes the mail to the system owner.
        click("#wizard-first-name");
        saveStep(3);
        // Step 3: the invitation and "oprettet" mails and the EXT username.
        typeDate("#wizard-invitation-mail-on", TODAY.minusDays(3));
        typeDate("#wizard-created-mail-on", TODAY.minusDays(2));
        click("#wizard-ext-username").write("ext51234@aarhus.dk");
        saveStep(4);
        // Step 4: the username goes to the system owner first, then the group is ordered and confirmed.
        click("#wizard-username-mail");
        waitUntil(() -> !text("#wizard-username-mail-status").isBlank());
        typeDate("#wizard-group-ordered-on", TODAY);
        typeDate("#wizard-group-confirmed-on", TODAY);
        saveStep(5);
        // Step 5: two-factor on the employee's own phone.
        click("#wizard-on-personal-phone");
        typeDate("#wizard-two-factor-done-on", TODAY);
        saveStep(6);
        // The clerk sent both mails from the mail program and marks them sent: step 6 needs that.
        assertThat(ctx.outbox().queued()).extracting(m -> m.kind())
                .contains("ONBOARDING_EMPLOYEE", "ONBOARDING_USERNAME");
        int queued = ctx.outbox().queued().size();
        click("#wizard-mail-0-sent");
        waitUntil(() -> lookup("#wizard-mail-0-sent").tryQuery().map(n -> n.isDisabled()).orElse(false));
        click("#wizard-mail-1-sent");
        waitUntil(() -> lookup("#wizard-mail-1-sent").tryQuery().map(n -> n.isDisabled()).orElse(false));
        assertThat(ctx.outbox().queued()).as("both left the outbox").hasSize(queued - 2);
        // Step 6: ØJB creates the user and registers the device; access is granted.
        assertThat(text("#wizard-citizen-0-verdict")).contains("modtaget");
        typeDate("#wizard-oejb-contacted-on", TODAY);
        click("#wizard-user-created");
        click("#wizard-device-registered");
        typeDate("#wizard-oejb-confirmed-on", TODAY);
        type(KeyCode.ENTER);
        waitUntil(() -> text("#wizard-case-state").contains("Aktiv"));

        List<GrantRecord> grants = ctx.grants().activeForCitizen(citizen);
        assertThat(grants).singleElement().satisfies(g -> assertThat(g.employeeName()).contains("Ida Krog"));
        CaseSummary active = ctx.onboarding().list(supplier.id(), null).get(0);
        assertThat(active.state()).isEqualTo(dk.elaas.onboarding.CaseState.ACTIVE);

        // The end date has passed: offboarding is on the task list.
        assertThat(ctx.tasks().open()).anyMatch(t -> t.kind() == TaskKind.OFFBOARDING_DUE && t.caseId().equals(active.id()));

        // Offboarding, click 1: start (with a reason) — the mail to system owner and ØJB is composed.
        click("#wizard-start-offboarding");
        waitUntil(() -> lookup("#ask-text").tryQuery().isPresent());
        clickOn("#ask-text").write("Medarbejderen er stoppet");
        clickOn("#ask-text-ok");
        // … confirmed after reading what it does.
        waitUntil(() -> lookup(".dialog-pane").tryQuery().map(n -> ((javafx.scene.control.DialogPane) n)
                .getContentText() != null && ((javafx.scene.control.DialogPane) n).getContentText()
                .contains("Al adgang for Ida Krog")).orElse(false));
        assertThat(lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .endsWith("Årsag: Medarbejderen er stoppet");
        clickOn("Ja");
        waitUntil(() -> visible("#wizard-confirm-deletion"));
        assertThat(ctx.tasks().open()).noneMatch(t -> t.kind() == TaskKind.OFFBOARDING_DUE);
        assertThat(ctx.outbox().queued()).extracting(m -> m.kind()).contains("OFFBOARDING");
        // ØJB was told on the phone: the mail is marked "sendt på anden vis" with a note.
        click("#wizard-mail-0-otherwise");
        waitUntil(() -> lookup("#ask-text").tryQuery().isPresent());
        clickOn("#ask-text").write("Ringet til ØJB");
        clickOn("#ask-text-ok");
        waitUntil(() -> text("#wizard-mail-0").contains("sendt på anden vis: Ringet til ØJB"));
        // Click 2: ØJB has confirmed the deletion — the grant ends and the case closes.
        typeDate("#wizard-deletion-date", TODAY);
        click("#wizard-confirm-deletion");
        waitUntil(() -> ctx.grants().activeForCitizen(citizen).isEmpty());
        waitUntil(() -> text("#wizard-case-state").contains("Lukket"));

        clickOn("#nav-tasks");
        ListView<TaskListViewModel.TaskItem> tasks = lookup("#list").queryListView();
        waitUntil(() -> !tasks.getItems().isEmpty());
        assertThat(tasks.getItems()).noneMatch(t -> t.task().kind() == TaskKind.OFFBOARDING_DUE);
    }

    @Test
    void wizardResumesAtTheStepWhereItStoppedAfterARestart() throws Exception {
        signIn();
        clickOn("#nav-onboarding");
        TableView<CaseSummary> cases = casesTable();
        waitForSofie(cases);
        interact(() -> cases.getSelectionModel().select(cases.getItems().stream()
                .filter(c -> c.employeeName().equals("Sofie Andersen")).findFirst().orElseThrow()));
        waitUntil(() -> text("#wizard-employee").equals("Sofie Andersen") && text("#wizard-step-heading").startsWith("Trin 3"));
        typeDate("#wizard-invitation-mail-on", TODAY.minusDays(1));
        typeDate("#wizard-created-mail-on", TODAY);
        click("#wizard-ext-username").write("ext60001@aarhus.dk");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#wizard-step-heading").startsWith("Trin 4"));

        // Close eLås and start it again on the same data folder.
        stopApp();
        FxToolkit.registerPrimaryStage();
        app = (ElaasApp) FxToolkit.setupApplication(() -> new ElaasApp(
                LaunchOptions.parse(List.of("--data-dir", dataDir.toString())), CLOCK, () -> FIRST));
        waitUntil(() -> lookup("#nav-onboarding").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        clickOn("#nav-onboarding");
        waitUntil(() -> lookup("#onboarding-cases").queryAll().stream().anyMatch(OnboardingWizardUiTest::current));
        TableView<CaseSummary> again = casesTable();
        waitForSofie(again);
        interact(() -> again.getSelectionModel().select(again.getItems().stream()
                .filter(c -> c.employeeName().equals("Sofie Andersen")).findFirst().orElseThrow()));
        waitUntil(() -> text("#wizard-employee").equals("Sofie Andersen"));
        waitUntil(() -> text("#wizard-step-heading").startsWith("Trin 4 af 6"));
        assertThat(app.context().onboarding().detail(again.getSelectionModel().getSelectedItem().id()).extUsername())
                .isEqualTo("ext60001@aarhus.dk");
    }
}
