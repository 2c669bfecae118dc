package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.consent.PrintedFormService.CitizenChoice;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The consent register offers "Ny samtykkeerklæring til udskrift…": headless, whole app, demo data. The save
 * dialog itself is the operating system's, so the test stops at the form (PrintFormViewModelTest saves).
 */
class PrintFormUiTest extends DemoAppUiTest {

    @Test
    void theRegisterOpensThePrintFormAndFindsTheCitizenByCpr() throws Exception {
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
