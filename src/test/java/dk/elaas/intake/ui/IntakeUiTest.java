package dk.elaas.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.app.ElaasApp;
import dk.elaas.app.LaunchOptions;
import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Database;
import dk.elaas.consent.Consent;
import dk.elaas.consent.ConsentDocument;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.consent.DocumentKind;
import dk.elaas.testsupport.TestDatabases;
import java.io.File;
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
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * End to end through the intake panel on the real app, real Tesseract and a real H2 file: a phone photo
 * dropped on the panel, the fields waited for, one corrected, the new supplier confirmed, saved; after a
 * restart the consent is in the register with the corrected value, the original photo and a searchable PDF.
 */
class IntakeUiTest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-02T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Path PHOTO = Path.of("..", "shared", "samples", "consents", "consent_004.jpg");

    @TempDir
    Path dataDir;

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

    private void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextField field(String key) {
        return lookup("#field-" + key).queryAs(TextField.class);
    }

    @Test
    void droppedPhotoIsReadCorrectedSavedAndStillThereAfterRestart() throws Exception {
        start();
        waitUntil(30, () -> lookup("#nav-intake").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        clickOn("#nav-intake");
        waitUntil(30, () -> lookup("#field-citizen_name").tryQuery().isPresent());

        Node root = lookup(".intake-view").query();
        IntakeView view = (IntakeView) root.getProperties().get(IntakeView.class);
        interact(() -> view.filesDropped(List.of(PHOTO.toFile())));

        // Real OCR of a 12-MP photo: allow for a slow CI machine.
        waitUntil(180, () -> !field("citizen_name").getText().isBlank());
        assertThat(field("citizen_name").getText()).isEqualTo("Edel Andersen");
        assertThat(field("cpr").getText()).isEqualTo("040361-1542");
        assertThat(lookup("#service-MEDICIN").queryAs(CheckBox.class).isSelected()).isTrue();

        // The reviewer corrects the address (a floor the form did not show) …
        doubleClickOn(field("address"));
        interact(() -> field("address").clear());
        clickOn(field("address")).write("Ørnevej 4, 1. th.");
        // Issue 16.10: the corrected field is the reviewer's value now — "rettet", neither yellow nor green …
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#corrected-address").query().isVisible()).isTrue();
        assertThat(field("address").getStyleClass()).contains("field-corrected")
                .doesNotContain("field-check", "field-confident");
        assertThat(lookup("#corrected-citizen_name").query().isVisible()).as("an untouched field").isFalse();
        // … and the focused field's box on the image lies round the value, never over it.
        dk.elaas.intake.Box box = view.viewModel().boxes().get(dk.elaas.intake.ConsentField.ADDRESS);
        javafx.scene.shape.Rectangle mark = lookup("#box-address").queryAs(javafx.scene.shape.Rectangle.class);
        assertThat(mark.getStyleClass()).contains("focused-box");
        assertThat(mark.getFill()).isEqualTo(javafx.scene.paint.Color.TRANSPARENT);
        assertThat(mark.getStrokeType()).isEqualTo(javafx.scene.shape.StrokeType.OUTSIDE);
        assertThat(mark.getX()).isLessThan(box.x());
        assertThat(mark.getY()).isLessThan(box.y());
        assertThat(mark.getX() + mark.getWidth()).isGreaterThan(box.x() + box.width());
        assertThat(mark.getY() + mark.getHeight()).isGreaterThan(box.y() + box.height());
        // … and confirms that the unknown supplier should be created.
        CheckBox create = lookup("#createSupplier").queryAs(CheckBox.class);
        assertThat(create.isVisible()).as("the supplier is not in the (empty) register").isTrue();
        clickOn(create);

        // Issue 18.6: an invalid value gets ControlsFX's error mark on the field, and the text under it; nothing
        // is saved until it is put right, and then the mark goes.
        String cpr = field("cpr").getText();
        interact(() -> field("cpr").setText("320161-1542"));
        clickOn("#saveButton");
        waitUntil(10, () -> lookup("#error-cpr").query().isVisible());
        assertThat(org.controlsfx.control.decoration.Decorator.getDecorations(field("cpr"))).as("error mark on CPR")
                .isNotEmpty();
        assertThat(org.controlsfx.control.decoration.Decorator.getDecorations(field("citizen_name"))).isNullOrEmpty();
        @SuppressWarnings("unchecked")
        ListView<IntakeItem> queue = lookup("#queueList").queryAs(ListView.class);
        assertThat(queue.getItems().get(0).state()).isNotEqualTo(IntakeItem.State.SAVED);
        interact(() -> field("cpr").setText(cpr));
        clickOn("#saveButton");
        waitUntil(60, () -> queue.getItems().get(0).state() == IntakeItem.State.SAVED);
        assertThat(org.controlsfx.control.decoration.Decorator.getDecorations(field("cpr"))).isNullOrEmpty();

        // A notification says it is saved and offers to show it: the register opens on that consent.
        waitUntil(10, () -> lookup(n -> n instanceof javafx.scene.control.Button b && "Vis samtykket".equals(b.getText()))
                .tryQuery().isPresent());
        assertThat(lookup(n -> n instanceof javafx.scene.control.Label l && "Samtykket er gemt i registret.".equals(l.getText()))
                .tryQuery()).isPresent();
        clickOn(lookup(n -> n instanceof javafx.scene.control.Button b && "Vis samtykket".equals(b.getText()))
                .queryAs(javafx.scene.control.Button.class));
        waitUntil(30, () -> lookup("#detail-title").tryQuery()
                .map(t -> t.isVisible() && ((javafx.scene.control.Labeled) t).getText().contains("Edel Andersen")).orElse(false));
        assertThat(lookup("#nav-consents").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();

        FxToolkit.cleanupApplication(app);
        app = null;
        start();
        waitUntil(30, () -> lookup("#nav-consents").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        clickOn("#nav-consents");
        waitUntil(30, () -> lookup("#table").tryQuery()
                .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        FxToolkit.cleanupApplication(app);
        app = null;

        byte[] photo = Files.readAllBytes(PHOTO);
        try (Database db = TestDatabases.h2(dataDir, () -> new dk.elaas.identity.Actor("test", "CLERK"), CLOCK)) {
            db.tx().run(s -> {
                Consent c = s.createSelectionQuery("from Consent", Consent.class).getSingleResult();
                assertThat(c.getStatus()).isEqualTo(ConsentStatus.REGISTERED);
                Citizen citizen = c.getCitizen();
                assertThat(citizen.getName()).isEqualTo("Edel Andersen");
                assertThat(citizen.getAddress()).as("the corrected value is stored").isEqualTo("Ørnevej 4, 1. th.");
                assertThat(c.getSupplier().getCvr()).isEqualTo("64763091");
                assertThat(c.getServices()).containsExactly("MEDICIN");
                List<ConsentDocument> docs = s.createSelectionQuery("from ConsentDocument d", ConsentDocument.class)
                        .getResultList();
                ConsentDocument original = docs.stream().filter(d -> d.getKind() == DocumentKind.ORIGINAL).findFirst().orElseThrow();
                assertThat(original.getContent()).as("the original photo unchanged").isEqualTo(photo);
                ConsentDocument pdf = docs.stream().filter(d -> d.getKind() == DocumentKind.NORMALIZED_PDF).findFirst().orElseThrow();
                try (PDDocument doc = Loader.loadPDF(pdf.getContent())) {
                    assertThat(doc.getNumberOfPages()).isEqualTo(1);
                    assertThat(new PDFTextStripper().getText(doc)).as("searchable text layer")
                            .contains("Andersen").contains("Samtykkeerklæring");
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
