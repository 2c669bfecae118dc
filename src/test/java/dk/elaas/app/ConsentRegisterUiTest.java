package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.audit.AuditQuery;
import dk.elaas.consent.ConsentCheck;
import dk.elaas.consent.ConsentSearch;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.consent.ConsentSummary;
import dk.elaas.task.TaskKind;
import dk.elaas.task.TaskRecord;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;

/**
 * The consent register in the whole app, headless, on a real H2 file with the demo data: a task opens its
 * consent, a CPR gets its answer, the full CPR is shown (and audited), the consent is withdrawn on the citizen's
 * behalf, its access grant ends, the answer and the task list change.
 */
class ConsentRegisterUiTest extends DemoAppUiTest {

    private static final String CPR = "120438-1234";
    private static final String MEALS = "Smag & Omsorg Madservice ApS";

    private int badge() {
        return lookup("#badge-tasks").tryQuery().map(n -> Integer.parseInt(((Label) n).getText())).orElse(0);
    }

    private Optional<HBox> answerLine(String supplier) {
        return lookup(".check-line").queryAllAs(HBox.class).stream()
                .filter(row -> row.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getText().equals(supplier)))
                .findFirst();
    }

    private String verdictOf(String supplier) {
        return answerLine(supplier).map(row -> ((Label) row.lookup(".check-verdict")).getText()).orElse("");
    }

    @Test
    void taskOpensConsentCprAnswerWithdrawOnBehalfEndsGrantAndChangesTasks() throws Exception {
        waitUntil(() -> lookup("#nav-tasks").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        AppContext ctx = app.context();
        ConsentSummary meals = ctx.consents().search(ConsentSearch.text(CPR, 10)).stream()
                .filter(c -> c.supplierName().equals(MEALS)).findFirst().orElseThrow();
        UUID consentId = meals.id();
        int tasksBefore = ctx.tasks().count();
        waitUntil(() -> badge() == tasksBefore);

        // The task list names the consent that expires within 30 days, and opens it.
        clickOn("#nav-tasks");
        @SuppressWarnings("unchecked")
        ListView<dk.elaas.task.ui.TaskListViewModel.TaskItem> tasks = lookup("#list").queryAs(ListView.class);
        waitUntil(() -> tasks.getItems().stream().anyMatch(t -> consentId.equals(t.task().consentId())));
        var expiring = tasks.getItems().stream().filter(t -> consentId.equals(t.task().consentId())).findFirst().orElseThrow();
        assertThat(expiring.task().kind()).isEqualTo(TaskKind.EXPIRING);
        assertThat(expiring.title()).isEqualTo("Samtykke udløber snart: Inger Marie Kjær – " + MEALS);
        interact(() -> tasks.getSelectionModel().select(expiring));
        clickOn("#openButton");
        waitUntil(() -> lookup("#detail-title").tryQuery().map(n -> ((Label) n).getText()
                .equals("Inger Marie Kjær – " + MEALS)).orElse(false));
        assertThat(lookup("#detail-cpr").queryAs(Label.class).getText()).isEqualTo("120438-xxxx");

        // One box, one glance: per supplier, valid or not and until when.
        clickOn("#checkField").write(CPR);
        clickOn("#checkButton");
        waitUntil(() -> answerLine(MEALS).isPresent());
        assertThat(verdictOf(MEALS)).isEqualTo("Gyldigt til og med 16-12-2026");
        assertThat(verdictOf("Nærkøb Levering ApS")).isEqualTo("Gyldigt indtil tilbagekaldelse");
        assertThat(lookup(".check-yes").queryAll()).hasSize(2);

        // The full CPR only on request, and the request is in the audit log.
        clickOn("#showCprButton");
        waitUntil(() -> lookup("#detail-cpr").queryAs(Label.class).getText().equals(CPR));
        assertThat(ctx.audit().search(new AuditQuery(null, "Inger Marie Kjær", null, null, 50)))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("VIEW");
                    assertThat(e.userName()).isEqualTo("Mette Hansen");
                });

        // Withdraw on the citizen's behalf.
        assertThat(ctx.grants().forConsent(consentId)).singleElement().satisfies(g -> assertThat(g.active()).isTrue());
        clickOn("#withdrawButton");
        clickOn("#onBehalf");
        clickOn("#withdrawReason").write("Borgeren ringede: ønsker ikke madservice mere");
        clickOn("#confirmWithdraw");
        // The confirmation says what will happen, with the reason, before anything changes.
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("1 aktiv adgang til borgerens lås afsluttes")
                .contains("Årsag: Borgeren ringede: ønsker ikke madservice mere");
        assertThat(ctx.grants().forConsent(consentId)).singleElement().satisfies(g -> assertThat(g.active()).isTrue());
        clickOn("Ja");
        waitUntil(() -> lookup("#actionMessage").queryAs(Label.class).getText().contains("1 adgang er afsluttet"));

        assertThat(ctx.grants().forConsent(consentId)).singleElement().satisfies(g -> {
            assertThat(g.active()).isFalse();
            assertThat(g.revokeReason()).contains("ønsker ikke madservice mere");
        });
        ConsentCheck.SupplierLine line = ctx.consentChecks().check(CPR).citizens().get(0).suppliers().stream()
                .filter(l -> l.supplierName().equals(MEALS)).findFirst().orElseThrow();
        assertThat(line.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        waitUntil(() -> verdictOf(MEALS).equals("Ikke gyldigt – tilbagekaldt 25-11-2026"));
        assertThat(lookup("#grantList").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .singleElement().satisfies(n -> assertThat(((Label) n).getText()).contains("afsluttet"));

        // The expiring task is gone; in its place the withdrawal waits until ØJB has removed the access.
        assertThat(ctx.tasks().open()).filteredOn(t -> consentId.equals(t.consentId())).extracting(TaskRecord::kind)
                .containsExactly(dk.elaas.task.TaskKind.ACCESS_REMOVAL_UNCONFIRMED);
        assertThat(lookup("#accessRemovedState").queryAs(Label.class).getText()).startsWith("ØJB har endnu ikke bekræftet");
        scrollTo("#accessRemovedButton");
        clickOn("#accessRemovedButton");
        scrollTo("#accessRemovedDate");
        clickOn("#accessRemovedBy").write("Hasse Eriksen, ØJB");
        assertThat(lookup("#accessRemovedBy").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Hasse Eriksen, ØJB");
        clickOn("#confirmAccessRemoved");
        waitUntil(() -> !lookup("#accessRemovedState").queryAs(Label.class).getText().startsWith("ØJB har endnu")
                || !lookup("#actionMessage").queryAs(Label.class).getText().contains("tilbagekaldt"));
        assertThat(lookup("#actionMessage").queryAs(Label.class).getText()).isEqualTo(
                "Det er registreret, at ØJB har fjernet adgangen. Opgaven er lukket.");
        assertThat(lookup("#accessRemovedState").queryAs(Label.class).getText()).isEqualTo(
                "ØJB bekræftede 25-11-2026 (Hasse Eriksen, ØJB), at adgangen er fjernet fra Phoniro-låsene.");

        // Both tasks of this consent are gone, and the badge says so.
        waitUntil(() -> badge() == tasksBefore - 1);
        clickOn("#nav-tasks");
        @SuppressWarnings("unchecked")
        ListView<dk.elaas.task.ui.TaskListViewModel.TaskItem> after = lookup("#list").queryAs(ListView.class);
        waitUntil(() -> after.getItems().size() == tasksBefore - 1);
        assertThat(after.getItems()).noneSatisfy(t -> assertThat(t.task().consentId()).isEqualTo(consentId));
        assertThat(ctx.tasks().open()).extracting(TaskRecord::consentId).doesNotContain(consentId);
    }
}
