package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.consent.PrintedFormService.CitizenChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The consent register offers "Ny samtykkeerklæring til udskrift…": headless, whole app, demo data. The save
 * dialog itself is the operating system's, so the test stops at the form (PrintFormViewModelTest saves).
 */
class PrintFormUiTest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path dataDir;

    private ElaasApp app;

    @BeforeEach
    void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        List<String> args = List.of("--data-dir", dataDir.toString(), "--demo");
        app = (ElaasApp) FxToolkit.setupApplication(() -> new ElaasApp(LaunchOptions.parse(args), CLOCK));
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRegisterOpensThePrintFormAndFindsTheCitizenByCpr() throws Exception {
        waitUntil(() -> lookup("#start").tryQuery().isPresent());
        clickOn("#name").write("Mette Hansen");
        clickOn("#start");
        waitUntil(() -> lookup("#nav-consents").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        clickOn("#nav-consents");
        waitUntil(() -> lookup("#printFormButton").tryQuery().isPresent());

        clickOn("#printFormButton");
        waitUntil(() -> lookup("#print-form").tryQuery().isPresent());
        clickOn("#printFormCitizenQuery").write("120438").type(KeyCode.ENTER);

        @SuppressWarnings("unchecked")
        ComboBox<CitizenChoice> citizen = lookup("#printFormCitizen").queryAs(ComboBox.class);
        waitUntil(() -> citizen.getValue() != null);
        assertThat(citizen.getValue().name()).isNotBlank();
        assertThat(lookup("#printFormSave").query().isDisabled()).isFalse();
    }
}
