package dk.elaas.onboarding.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.common.concurrent.InlineTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.ui.ViewLoader;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.onboarding.AccessReviewService;
import dk.elaas.onboarding.OnboardingSettings;
import dk.elaas.onboarding.ui.review.AccessReviewViewModel.Row;
import dk.elaas.settings.SettingsService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The review screen itself, headless (Monocle): the FXML loads, the tree shows supplier → employee → citizen. */
class AccessReviewViewTest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Actor CLERK = new Actor("Mette Lund", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld w;

    @BeforeEach
    void open() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        UUID supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        ReviewFixture.activeEmployee(w, w.onboarding(() -> CLERK, () -> null), supplier, LocalDate.of(2026, 3, 10));
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { throw new AssertionError(message); }
            @Override public void showInfo(String title, String message) { }
            @Override public boolean confirm(String title, String message) { return true; }
            @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
        };
        AccessReviewViewModel vm = new AccessReviewViewModel(new AccessReviewService(w.db.tx(), CLOCK,
                new OnboardingSettings(new SettingsService(w.db.tx(), () -> dk.elaas.identity.Actor.SYSTEM)), () -> CLERK, () -> null),
                w.offboarding(() -> CLERK, () -> null), new InlineTaskRunner(), dialogs, I18n.danish(), () -> { });
        FxToolkit.setupSceneRoot(() -> {
            // As the shell does: the section gets a fixed area (the headless screen is only 1280 × 800).
            Region root = (Region) ViewLoader.load(new AccessReviewView(vm, I18n.danish()), I18n.danish());
            root.setPrefSize(900, 600);
            return root;
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        w.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheTreeAndMarksTheSelectedSupplierReviewed() {
        TreeTableView<Row> tree = lookup("#review-tree").queryAs(TreeTableView.class);
        Button mark = lookup("#review-mark").queryButton();
        Button end = lookup("#review-end").queryButton();
        TreeItem<Row> supplier = tree.getRoot().getChildren().get(0);
        assertThat(supplier.getValue().name()).isEqualTo("Nærkøb Levering ApS");
        TreeItem<Row> employee = supplier.getChildren().get(0);
        assertThat(employee.getValue().detail()).isEqualTo("ext34481@aarhus.dk");
        assertThat(employee.getChildren()).extracting(i -> i.getValue().name()).containsExactly("Grethe Bach", "Poul Krogh");
        assertThat(mark.isDisabled()).isTrue();
        assertThat(end.isDisabled()).isTrue();

        interact(() -> tree.getSelectionModel().select(employee));
        assertThat(end.isDisabled()).isFalse();
        assertThat(mark.isDisabled()).isTrue();

        interact(() -> tree.getSelectionModel().select(supplier));
        assertThat(mark.isDisabled()).isFalse();
        clickOn(mark);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tree.getRoot().getChildren()).isEmpty();
        assertThat(lookup("#review-message").queryLabeled().getText()).contains("markeret som gennemgået");
        assertThat(lookup("#review-summary").queryLabeled().getText()).isEqualTo("Ingen leverandører mangler gennemgang");

        clickOn(lookup("#review-show-all").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree.getRoot().getChildren()).hasSize(1);
    }
}
