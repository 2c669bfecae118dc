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

    /** The computer account the app runs as: the first on the data folder, so its Administrator. */
    static final dk.elaas.user.OsAccount FIRST = new dk.elaas.user.OsAccount("mette", "Mette Hansen");

    @BeforeEach
    void startApp() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        startAs(FIRST);
    }

    /** (Re)starts the whole app on the same data folder as this computer account. */
    void startAs(dk.elaas.user.OsAccount account) throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        List<String> args = List.of("--data-dir", dataDir.toString(), "--demo");
        app = (ElaasApp) FxToolkit.setupApplication(() -> new ElaasApp(LaunchOptions.parse(args), CLOCK, () -> account));
    }

    /** Waits until the main window's navigation works (the app has found who runs it). */
    void waitForMainWindow() throws TimeoutException {
        waitUntil(() -> lookup("#nav-consents").tryQuery().map(n -> !n.isDisabled()).orElse(false));
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

    /** Scrolls the detail pane so the node is on screen: the robot clicks only what a user could see. */
    protected void scrollTo(String query) {
        javafx.scene.control.ScrollPane sp = lookup("#detailScroll").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.scene.Node n = lookup(query).query();
        interact(() -> {
            double content = sp.getContent().getBoundsInLocal().getHeight();
            double viewport = sp.getViewportBounds().getHeight();
            double y = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
            sp.setVvalue(content <= viewport ? 0 : Math.min(1, Math.max(0, (y - 20) / (content - viewport))));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

}
