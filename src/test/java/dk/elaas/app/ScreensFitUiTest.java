package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.shell.Section;
import dk.elaas.user.OsAccount;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16.11: every main screen (and each wizard step of a case), with demo data, at 1366×768 and 1280×720, in Danish and in English, shows each
 * label, button, tab and column header in full. A text JavaFX had to shorten with its ellipsis fails the test with the
 * screen, the size and the text. Table and list cells (the data) are left out: their columns can be widened.
 */
class ScreensFitUiTest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final int[][] SIZES = {{1366, 768}, {1280, 720}};

    @TempDir
    Path dataDir;

    private ElaasApp app;

    @BeforeEach
    void registerStage() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "en"})
    void everyScreenShowsItsTextsInFull(String language) throws Exception {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--demo"));
        if (language.equals("en")) {
            args.add("--lang=en");
        }
        OsAccount admin = new OsAccount("mette", "Mette Hansen");
        app = (ElaasApp) FxToolkit.setupApplication(() -> new ElaasApp(LaunchOptions.parse(args), CLOCK, () -> admin));
        waitUntil(() -> lookup("#nav-settings").tryQuery().map(n -> !n.isDisabled()).orElse(false));

        List<String> cut = new ArrayList<>();
        for (int[] size : SIZES) {
            Stage stage = (Stage) lookup("#nav-consents").query().getScene().getWindow();
            interact(() -> {
                stage.setMaximized(false);
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (Section section : Section.values()) {
                clickOn("#nav-" + section.name().toLowerCase(Locale.ROOT));
                String where = language + " " + size[0] + "×" + size[1] + " " + section;
                check(stage, where, cut);
                // The detail of the first row (a consent, a supplier, an onboarding case, a task).
                Optional<TableView<?>> table = lookup(n -> n instanceof TableView<?> t && t.isVisible()
                        && t.getScene() == stage.getScene() && !t.getItems().isEmpty()).tryQuery();
                if (table.isPresent()) {
                    interact(() -> table.get().getSelectionModel().select(0));
                    check(stage, where + " (first row selected)", cut);
                }
                if (section == Section.ONBOARDING && table.isPresent()) {
                    // Every step of the case's wizard the stepper lets the user open.
                    for (int step = 1; step <= 6; step++) {
                        Optional<Node> button = lookup("#wizard-step-" + step).tryQuery();
                        if (button.isPresent() && !button.get().isDisabled()) {
                            interact(() -> ((javafx.scene.control.ButtonBase) button.get()).fire());
                            check(stage, where + " (wizard step " + step + ")", cut);
                        }
                    }
                }
                if (section == Section.CONSENTS && table.isPresent()) {
                    // The consent's inline forms: every row the consent allows, opened and closed again.
                    for (String form : List.of("#withdrawButton", "#receivedButton")) {
                        Optional<Node> button = lookup(form).tryQuery();
                        if (button.isPresent() && !button.get().isDisabled()) {
                            interact(() -> ((javafx.scene.control.ButtonBase) button.get()).fire());
                            check(stage, where + " (" + form + " form)", cut);
                            interact(() -> ((javafx.scene.control.ButtonBase) button.get()).fire());
                        }
                    }
                }
                if (section == Section.CONSENTS) {
                    clickOn("#printFormButton");
                    check(stage, where + " (print form)", cut);
                }
            }
        }
        assertThat(cut).as("texts cut off with …").isEmpty();
    }

    private void check(Stage stage, String where, List<String> cut) {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        for (String text : truncated(stage.getScene().getRoot())) {
            cut.add(where + ": \"" + text + "\"");
        }
    }

    /** The full texts of the visible labelled controls whose shown text JavaFX shortened. */
    private static List<String> truncated(Parent root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible() || node instanceof IndexedCell<?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.getWidth() > 0) {
            labeled.lookupAll(".text").stream()
                    .filter(n -> n instanceof Text && n.getParent() == labeled)
                    .map(n -> ((Text) n).getText())
                    .filter(shown -> !shown.equals(labeled.getText()) && !shown.isEmpty() && isShortened(shown, labeled.getText(), labeled.getEllipsisString()))
                    .findFirst()
                    .ifPresent(shown -> found.add(labeled.getText() + "\" shown as \"" + shown));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private static boolean isShortened(String shown, String full, String ellipsis) {
        // Wrapped text keeps every character but the line breaks; JavaFX puts its ellipsis string where it cut.
        String marker = ellipsis == null || ellipsis.isEmpty() ? "..." : ellipsis;
        boolean markerAdded = shown.contains(marker) && !full.contains(marker);
        boolean charactersLost = shown.replace("\n", "").replace(" ", "").length() < full.replace("\n", "").replace(" ", "").length();
        return markerAdded || charactersLost;
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
