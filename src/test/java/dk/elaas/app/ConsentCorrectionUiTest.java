package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.audit.AuditQuery;
import dk.elaas.consent.ConsentSearch;
import dk.elaas.consent.ConsentSummary;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Ret…" in the whole app, headless, on a real H2 file with the demo data: a clerk opens a consent from the answer
 * box, adds a service with a reason, and sees the correction in the history; the change is in the audit log.
 * The clerk also sees both export controls.
 */
class ConsentCorrectionUiTest extends DemoAppUiTest {

    private static final String CPR = "120438-1234";
    private static final String MEALS = "Smag & Omsorg Madservice ApS";

    private java.util.Optional<HBox> answerLine(String supplier) {
        return lookup(".check-line").queryAllAs(HBox.class).stream()
                .filter(row -> row.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getText().equals(supplier)))
                .findFirst();
    }

    private List<String> history() {
        return lookup("#historyList").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void clerkCorrectsAConsentWithAReasonAndSeesItInTheHistory() throws Exception {
        waitUntil(() -> lookup("#nav-consents").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        AppContext ctx = app.context();
        ConsentSummary meals = ctx.consents().search(ConsentSearch.text(CPR, 10)).stream()
                .filter(c -> c.supplierName().equals(MEALS)).findFirst().orElseThrow();
        assertThat(meals.services()).doesNotContain("TOEJVASK");

        clickOn("#nav-consents");
        waitUntil(() -> lookup("#checkField").tryQuery().isPresent());
        assertThat(lookup("#exportCsvButton").query().isVisible()).as("clerks export the register").isTrue();
        clickOn("#checkField").write(CPR);
        clickOn("#checkButton");
        waitUntil(() -> answerLine(MEALS).isPresent());
        clickOn((Node) answerLine(MEALS).orElseThrow().getChildren().stream()
                .filter(n -> n instanceof Hyperlink).findFirst().orElseThrow());
        waitUntil(() -> lookup("#detail-title").tryQuery().map(n -> ((Label) n).getText()
                .equals("Inger Marie Kjær – " + MEALS)).orElse(false));
        assertThat(lookup("#exportConsentButton").query().isVisible()).isTrue();

        scrollTo("#correctButton");
        clickOn("#correctButton");
        waitUntil(() -> lookup("#correctService-TOEJVASK").tryQuery().map(Node::isVisible).orElse(false));
        scrollTo("#correctService-TOEJVASK");
        clickOn("#correctService-TOEJVASK");
        scrollTo("#correctReason");
        clickOn("#correctReason").write("Borgeren har også krydset tøjvask af på side 1");
        scrollTo("#confirmCorrect");
        clickOn("#confirmCorrect");
        waitUntil(() -> lookup("#actionMessage").queryAs(Label.class).getText().startsWith("Samtykket er rettet"));

        waitUntil(() -> history().stream().anyMatch(h -> h.contains("Rettet")
                && h.contains("Borgeren har også krydset tøjvask af på side 1")));
        assertThat(ctx.consents().search(ConsentSearch.text(CPR, 10)).stream()
                .filter(c -> c.id().equals(meals.id())).findFirst().orElseThrow().services()).contains("TOEJVASK");
        assertThat(ctx.audit().search(new AuditQuery("Mette Hansen", null, null, null, 100)))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("UPDATE");
                    assertThat(e.entityId()).isEqualTo(meals.id().toString());
                    assertThat(e.changedFields()).contains("services");
                });
        assertThat(lookup("#correctForm").query().getParent().isVisible()).as("the form closes once saved").isFalse();
    }
}
