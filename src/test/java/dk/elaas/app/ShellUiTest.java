package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.audit.AuditQuery;
import dk.elaas.audit.AuditRecord;
import dk.elaas.audit.ui.AuditRow;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.persistence.DatabaseStartupException;
import dk.elaas.supplier.SupplierRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app, headless (Monocle), on a real H2 file in a temp folder: first start, a supplier created
 * through the form, a restart, the supplier and its audit event still there; bad CVR refused; English.
 */
class ShellUiTest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

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
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    /** The computer account the app runs as; the first one on the new data folder, so its Administrator. */
    private dk.elaas.user.OsAccount account;

    private void startApp(String... extraArgs) throws TimeoutException {
        List<String> args = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(List.of(extraArgs));
        dk.elaas.user.OsAccount who = account;
        app = (ElaasApp) FxToolkit.setupApplication(() -> new ElaasApp(LaunchOptions.parse(args), CLOCK, () -> who));
    }

    private void restartApp() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        app = null;
        startApp();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean navigationReady() {
        return lookup("#nav-suppliers").tryQuery().map(n -> !n.isDisabled()).orElse(false);
    }

    /** Starts eLås as the computer account of this person: nothing to type, no role to pick. */
    private void startAs(String name) throws TimeoutException {
        account = new dk.elaas.user.OsAccount(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'), name);
        startApp();
        waitUntil(this::navigationReady);
    }

    private void openSuppliers() throws TimeoutException {
        clickOn("#nav-suppliers");
        waitUntil(() -> lookup("#newButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
    }

    private String statusText() {
        return lookup("#status-user").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<SupplierRecord> supplierTable() {
        return lookup("#table").queryAs(TableView.class);
    }

    @Test
    void supplierCreatedThroughTheFormSurvivesARestartAndIsInTheAuditLog() throws Exception {
        startAs("Mette Hansen");
        assertThat(statusText()).as("the first account on a new data folder is its Administrator")
                .contains("Mette Hansen").contains("Administrator");

        openSuppliers();
        clickOn("#newButton");
        clickOn("#name").write("Testbud ApS");
        clickOn("#cvr").write("10150817");
        clickOn(lookup("#servicesBox .check-box").nth(1).queryAs(CheckBox.class));
        clickOn("#managerName").write("Jens Jensen");
        clickOn("#saveButton");
        waitUntil(() -> supplierTable().getItems().stream().anyMatch(s -> s.name().equals("Testbud ApS")));

        restartApp();
        waitUntil(this::navigationReady);
        assertThat(statusText()).as("the user is remembered").contains("Mette Hansen");
        openSuppliers();
        waitUntil(() -> !supplierTable().getItems().isEmpty());
        SupplierRecord saved = supplierTable().getItems().get(0);
        assertThat(saved.name()).isEqualTo("Testbud ApS");
        assertThat(saved.cvr()).isEqualTo("10150817");
        assertThat(saved.managerName()).isEqualTo("Jens Jensen");
        assertThat(saved.services()).hasSize(1);

        clickOn("#nav-audit");
        waitUntil(() -> lookup("#table").tryQuery().map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        List<AuditRecord> events = app.context().audit().search(new AuditQuery(null, "Testbud", null, null, 100));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.userName()).isEqualTo("Mette Hansen");
            assertThat(e.userRole()).isEqualTo("ADMINISTRATOR");
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.entityType()).isEqualTo("Supplier");
        });
        @SuppressWarnings("unchecked")
        TableView<AuditRow> auditTable = lookup("#table").queryAs(TableView.class);
        assertThat(auditTable.getItems()).anySatisfy(e -> {
            assertThat(e.record()).contains("Testbud ApS");
            assertThat(e.action()).isEqualTo("Oprettet");
            assertThat(e.entity()).isEqualTo("Leverandør");
            assertThat(e.user()).isEqualTo("Mette Hansen (Administrator)");
            assertThat(e.details()).contains("Navn: Testbud ApS", "Leder: Jens Jensen").doesNotContain("\"");
        });
    }

    @Test
    void invalidCvrShowsDanishMessageAndSavesNothing() throws Exception {
        startAs("Ole Olsen");
        openSuppliers();
        clickOn("#newButton");
        clickOn("#name").write("Fejlbud ApS");
        clickOn("#cvr").write("12345678");
        clickOn(lookup("#servicesBox .check-box").nth(0).queryAs(CheckBox.class));
        clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        Label cvrError = lookup("#cvrError").queryAs(Label.class);
        assertThat(cvrError.isVisible()).isTrue();
        assertThat(cvrError.getText()).isEqualTo(
                "CVR-nummeret 12345678 er ikke gyldigt (kontrolcifferet passer ikke). Tjek, at det er skrevet rigtigt.");
        assertThat(supplierTable().getItems()).isEmpty();
        assertThat(app.context().suppliers().list(null)).isEmpty();
    }

    @Test
    void englishCanBeChosenAndIsRememberedAtTheNextStart() throws Exception {
        startAs("Ane Berg");
        assertThat(lookup("#nav-suppliers").queryAs(ToggleButton.class).getText()).isEqualTo("Leverandører");

        clickOn("Vis").clickOn("English");
        waitUntil(() -> lookup("#nav-suppliers").queryAs(ToggleButton.class).getText().equals("Suppliers"));
        openSuppliers();
        assertThat(lookup("#newButton").queryAs(Labeled.class).getText()).isEqualTo("New supplier");
        assertThat(statusText()).startsWith("User: Ane Berg");

        restartApp();
        waitUntil(this::navigationReady);
        assertThat(lookup("#nav-consents").queryAs(ToggleButton.class).getText()).isEqualTo("Consents");
    }

    @Test
    void secondInstanceOnTheSameDataFolderIsRefusedWithADanishMessage() throws Exception {
        startAs("Kim Lund");
        // The running app holds the folder; opening it a second time must be refused, not opened.
        Throwable error = org.assertj.core.api.Assertions.catchThrowable(() -> AppContext.start(dataDir, CLOCK, stage -> { }));
        assertThat(error).isInstanceOf(DatabaseStartupException.class);
        DatabaseStartupException refused = (DatabaseStartupException) error;
        // The message names the holder: the window of this very process.
        assertThat(I18n.danish().get(refused.messageKey(), refused.messageArgs()))
                .startsWith("Datamappen").contains("bruges allerede af et andet eLås-vindue")
                .contains("proces " + ProcessHandle.current().pid());
        assertThat(app.context().currentUser().get()).get().extracting(u -> u.displayName()).isEqualTo("Kim Lund");
    }
}
