package dk.elaas.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.common.i18n.I18n;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A date a person types that does not exist is never dropped quietly (issue 16, point 6). */
class DateFieldsUiTest extends FxRobot {

    private DatePicker validUntil;

    @BeforeEach
    void show() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            validUntil = new DatePicker();
            validUntil.setId("validUntil");
            validUntil.setEditable(true);
            DateFields.danishFormat(validUntil, I18n.of(I18n.DANISH));
            TextField next = new TextField();
            next.setId("next");
            return new VBox(8, validUntil, next);
        });
        FxToolkit.showStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void anImpossibleDateStaysInTheFieldTurnsItRedAndSaysWhyInDanish() {
        clickOn(validUntil.getEditor()).write("31-02-2026");
        clickOn("#next");

        assertThat(validUntil.getEditor().getText()).as("the typed text is kept to be fixed").isEqualTo("31-02-2026");
        assertThat(validUntil.getValue()).isNull();
        assertThat(validUntil.getStyleClass()).contains("invalid");
        assertThat(DateFields.problem(validUntil)).hasValueSatisfying(m -> assertThat(m)
                .contains("31-02-2026").contains("findes ikke"));
        assertThat(validUntil.getTooltip().getText()).contains("findes ikke");
    }

    @Test
    void commitRefusesTheFormWhileADateIsImpossibleAndAcceptsItOnceFixed() throws Exception {
        clickOn(validUntil.getEditor()).write("31-02-2026");

        boolean accepted = WaitForAsyncUtils.asyncFx(() -> DateFields.commit(validUntil)).get();

        assertThat(accepted).as("the form must not be saved without its date").isFalse();
        assertThat(validUntil.getValue()).isNull();
        assertThat(validUntil.getEditor().getText()).isEqualTo("31-02-2026");

        clickOn(validUntil.getEditor());
        validUntil.getEditor().selectAll();
        eraseText(1);
        write("28-02-2026");
        assertThat(validUntil.getStyleClass()).as("red goes as soon as it is right").doesNotContain("invalid");
        boolean fixed = WaitForAsyncUtils.asyncFx(() -> DateFields.commit(validUntil)).get();

        assertThat(fixed).isTrue();
        assertThat(validUntil.getValue()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(DateFields.problem(validUntil)).isEmpty();
    }

    @Test
    void textThatIsNoDateAtAllIsNamed() {
        clickOn(validUntil.getEditor());
        interact(() -> validUntil.getEditor().setText("i morgen"));
        assertThat(validUntil.getEditor().getText()).isEqualTo("i morgen");
        clickOn("#next");

        assertThat(validUntil.getEditor().getText()).isEqualTo("i morgen");
        assertThat(DateFields.problem(validUntil)).hasValueSatisfying(m -> assertThat(m).contains("kan ikke læses"));
    }

    @Test
    void anEmptyFieldIsFineAndAGoodDateIsTakenOver() throws Exception {
        assertThat(WaitForAsyncUtils.asyncFx(() -> DateFields.commit(validUntil)).get()).isTrue();
        assertThat(validUntil.getValue()).isNull();

        clickOn(validUntil.getEditor()).write("3. marts 2026");
        assertThat(WaitForAsyncUtils.asyncFx(() -> DateFields.commit(validUntil)).get()).isTrue();
        assertThat(validUntil.getValue()).isEqualTo(LocalDate.of(2026, 3, 3));
    }
}
