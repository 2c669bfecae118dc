package dk.elaas.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.app.ElaasApp;
import dk.elaas.app.LaunchOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16.8, "no lost work" in the intake panel, on the real app (real Tesseract, real H2 file): a queued scan
 * with a corrected field survives a switch of the language (the views are rebuilt) and a restart (the unsaved
 * item comes back with the correction over what OCR reads again); a damaged state file is an empty queue.
 */
class IntakeSessionUiTest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-02T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Path SAMPLE = Path.of("..", "shared", "samples", "consents", "consent_002.pdf");
    private static final String CORRECTED = "Nørregade 25, 4. tv. (bagtrappen)";

    @TempDir
    Path dataDir;
    @TempDir
    Path scans;

    private ElaasApp app;

    @BeforeEach
    void stage() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void start() throws TimeoutException {
        app = (ElaasApp) FxToolkit.setupApplication(() ->
                new ElaasApp(LaunchOptions.parse(List.of("--data-dir", dataDir.toString())), CLOCK,
                        () -> new dk.elaas.user.OsAccount("lise", "Lise Feltmand")));
    }

    private void restart() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        app = null;
        start();
    }

    private void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean navigationReady() {
        return lookup("#nav-intake").tryQuery().map(n -> !n.isDisabled()).orElse(false);
    }

    /** The first-start screen as the other UI tests pass it today. */
    private void signIn() throws TimeoutException {
        waitUntil(30, this::navigationReady);
    }

    private void openIntake() throws TimeoutException {
        clickOn("#nav-intake");
        waitUntil(30, () -> lookup("#field-citizen_name").tryQuery().isPresent());
    }

    private TextField field(String key) {
        return lookup("#field-" + key).queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<IntakeItem> queue() {
        return lookup("#queueList").queryAs(ListView.class);
    }

    private void chooseLanguage(String menuText) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> menuText.equals(i.getText())).findFirst().orElseThrow();
        interact(item::fire);
    }

    private Path stateFile() {
        return dataDir.resolve("intake-queue.json");
    }

    @Test
    void aQueuedScanAndItsCorrectionSurviveALanguageSwitchAndARestart() throws Exception {
        Path scan = Files.copy(SAMPLE, scans.resolve("scan.pdf"));
        start();
        signIn();
        openIntake();
        Node root = lookup(".intake-view").query();
        IntakeView view = (IntakeView) root.getProperties().get(IntakeView.class);
        interact(() -> view.filesDropped(List.of(scan.toFile())));
        waitUntil(180, () -> !field("citizen_name").getText().isBlank());
        String readName = field("citizen_name").getText();
        String readCpr = field("cpr").getText();

        // The reviewer corrects the address and ticks "copy requested", and does not save yet.
        interact(() -> field("address").clear());
        clickOn(field("address")).write(CORRECTED);
        CheckBox copy = lookup("#copyRequested").queryAs(CheckBox.class);
        interact(copy::fire); // below the fold of the form's scroll pane; fire() is what a click does
        assertThat(lookup("#copyRequested").queryAs(CheckBox.class).isSelected()).isTrue();

        chooseLanguage("English");
        waitUntil(30, () -> "Import consent".equals(lookup("#nav-intake").queryAs(ToggleButton.class).getText()));
        waitUntil(30, () -> lookup("#field-address").tryQuery().isPresent());

        assertThat(queue().getItems()).as("the queue survives the language switch").hasSize(1);
        IntakeItem item = queue().getItems().get(0);
        assertThat(item.state()).isEqualTo(IntakeItem.State.READY);
        assertThat(item.messageProperty().get()).as("its state in the new language").startsWith("Ready to check");
        assertThat(queue().getSelectionModel().getSelectedItem()).as("still the selected file").isSameAs(item);
        assertThat(field("address").getText()).as("the unsaved correction is still there").isEqualTo(CORRECTED);
        assertThat(field("citizen_name").getText()).isEqualTo(readName);
        assertThat(lookup("#copyRequested").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#saveButton").query().isDisabled()).as("it can still be saved").isFalse();

        // Kept in the data folder: the file and the user's edits, not what OCR read.
        waitUntil(10, () -> Files.exists(stateFile())
                && Files.readString(stateFile(), StandardCharsets.UTF_8).contains("bagtrappen"));
        String kept = Files.readString(stateFile(), StandardCharsets.UTF_8);
        assertThat(kept).contains(scan.toAbsolutePath().toString().replace("\\", "\\\\"));
        assertThat(kept).as("the OCR'd CPR is not written out").doesNotContain(readCpr);

        restart();
        waitUntil(30, this::navigationReady);
        openIntake();
        waitUntil(180, () -> !queue().getItems().isEmpty()
                && queue().getItems().get(0).state() == IntakeItem.State.READY
                && !field("citizen_name").getText().isBlank());
        assertThat(queue().getItems()).as("the unsaved item came back").hasSize(1);
        assertThat(field("citizen_name").getText()).as("read again from the file").isEqualTo(readName);
        assertThat(field("address").getText()).as("the correction over the OCR value").isEqualTo(CORRECTED);
        assertThat(lookup("#copyRequested").queryAs(CheckBox.class).isSelected()).isTrue();

        // Discarded: it is gone from the kept queue as well.
        clickOn("#discardButton");
        waitUntil(10, () -> queue().getItems().isEmpty() && !Files.exists(stateFile()));
    }

    @Test
    void aFileStoredBeforeIsShownAsAlreadyStoredWithoutAReviewForm() throws Exception {
        Path scan = Files.copy(SAMPLE, scans.resolve("again.pdf"));
        try (dk.elaas.consent.ConsentWorld world = new dk.elaas.consent.ConsentWorld(
                dk.elaas.testsupport.TestDatabases.h2(dataDir, () -> new dk.elaas.identity.Actor("Klerk", "CLERK"), CLOCK),
                CLOCK, dataDir.resolve("outbox"), new dk.elaas.identity.Actor("Klerk", "CLERK"))) {
            dk.elaas.intake.KnownFiles.registerWithOriginal(world, Files.readAllBytes(scan));
        }
        start();
        signIn();
        openIntake();
        Node root = lookup(".intake-view").query();
        IntakeView view = (IntakeView) root.getProperties().get(IntakeView.class);
        interact(() -> view.filesDropped(List.of(scan.toFile())));

        waitUntil(30, () -> !queue().getItems().isEmpty()
                && queue().getItems().get(0).state() == IntakeItem.State.DUPLICATE);
        assertThat(lookup("#saveButton").query().isDisabled()).isTrue();
        assertThat(lookup(".intake-view .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText))
                .contains("Denne fil er allerede gemt som et samtykke; den gemmes ikke igen.");
        waitUntil(10, () -> !Files.exists(stateFile()) || !Files.readString(stateFile()).contains("again.pdf"));
    }

    @Test
    void aDamagedStateFileGivesAnEmptyQueueAndTheAppStarts() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(stateFile(), "{ this is not [ json", StandardCharsets.UTF_8);
        start();
        signIn();
        openIntake();
        waitUntil(10, () -> lookup("#field-citizen_name").tryQuery().isPresent());
        assertThat(queue().getItems()).isEmpty();
        assertThat(lookup("#section-error").tryQuery()).isEmpty();
    }
}
