package dk.elaas.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app, headless, on a real H2 file in a temp folder with the demo data loaded, at a fixed date. */
abstract class DemoAppUiTest extends FxRobot {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path dataDir;

    ElaasApp app;

    @BeforeEach
    void startApp() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        List<String> args = List.of("--data-dir", dataDir.toString(), "--demo");
        app = (ElaasApp) FxToolkit.setupApplication(() -> new ElaasApp(LaunchOptions.parse(args), CLOCK));
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
