package dk.elaas.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.audit.AuditService;
import dk.elaas.audit.AuditVocabulary;
import dk.elaas.common.concurrent.ExecutorTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.ui.ViewLoader;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.db.PersistenceUnit;
import dk.elaas.identity.Actor;
import dk.elaas.supplier.SupplierForm;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The audit log screen alone, headless (Monocle), on a real H2 file: a changed supplier's line says in words
 * what changed, from what to what, in Danish (and in English when the app is).
 */
class AuditLogViewUiTest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld w;
    private ExecutorTaskRunner runner;
    private TableView<AuditRow> table;

    private void show(I18n i18n) throws TimeoutException {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        SupplierService suppliers = new SupplierService(w.db.tx(), CLOCK);
        SupplierRecord created = suppliers.create(form("Nærkøb Levering ApS", LocalDate.of(2024, 5, 1)));
        suppliers.update(created.id(), created.version(), form("Nærkøb ApS", LocalDate.of(2025, 2, 3)));
        runner = new ExecutorTaskRunner("audit-test", 1, Platform::runLater);
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { throw new AssertionError(message); }
            @Override public void showInfo(String title, String message) { }
            @Override public boolean confirm(String title, String message) { return true; }
            @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
        };
        AuditLogViewModel vm = new AuditLogViewModel(new AuditService(w.db.tx(), CLOCK), runner, dialogs, i18n,
                new AuditPresenter(i18n, CLOCK.getZone(), AuditVocabulary.of(PersistenceUnit.ENTITIES)));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(ViewLoader.load(new AuditLogView(vm, i18n), i18n), 1200, 760));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#table").tryQuery().isPresent());
        table = lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static SupplierForm form(String name, LocalDate dpaSignedOn) {
        return new SupplierForm(name, "24256790", Set.of("DAGLIGVARER"), "Mette Holm", null, "86120011", dpaSignedOn,
                null, false, false, null, null);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (runner != null) {
            runner.close();
        }
        if (w != null) {
            w.close();
        }
    }

    /** The texts of the table's cells as drawn in the newest line (the change). */
    private List<String> newestLineCells() {
        Node line = lookup(".table-row-cell").match(n -> ((IndexedCell<?>) n).getIndex() == 0).query();
        return from(line).lookup(".table-cell").queryAll().stream()
                .map(n -> ((IndexedCell<?>) n).getText()).toList();
    }

    @Test
    void aChangedSupplierReadsInDanishWithOldAndNewValue() throws TimeoutException {
        show(I18n.danish());

        assertThat(newestLineCells()).contains("Ændret", "Leverandør", "Nærkøb ApS (CVR 24256790)",
                "Mette Sagsbehandler (Sagsbehandler)",
                "Databehandleraftale underskrevet: 01-05-2024 → 03-02-2025; Navn: Nærkøb Levering ApS → Nærkøb ApS");
        assertThat(String.join(" ", newestLineCells())).doesNotContain("UPDATE", "Supplier", "dpaSignedOn", "\"");
        Node changeCell = lookup(".table-cell").match(n -> String.valueOf(((IndexedCell<?>) n).getText())
                .startsWith("Databehandleraftale underskrevet: 01-05-2024 → 03-02-2025")).query();
        assertThat(((IndexedCell<?>) changeCell).getTooltip().getText()).as("the whole change on hover")
                .endsWith("Navn: Nærkøb Levering ApS → Nærkøb ApS");

        clickOn(lookup(".table-row-cell").match(n -> ((IndexedCell<?>) n).getIndex() == 1).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        String details = lookup("#details").queryAs(TextArea.class).getText();
        assertThat(details).contains("Ydelser: Dagligvarer", "Lederens telefon: 86120011",
                "ISO 27001: Nej", "Databehandleraftale underskrevet: 01-05-2024");
    }

    @Test
    void theSameLineReadsInEnglishWhenTheAppIsInEnglish() throws TimeoutException {
        show(I18n.of(I18n.ENGLISH));

        assertThat(newestLineCells()).contains("Changed", "Supplier", "Mette Sagsbehandler (Clerk)",
                "Data-processing agreement signed: 01-05-2024 → 03-02-2025; Name: Nærkøb Levering ApS → Nærkøb ApS");
    }
}
