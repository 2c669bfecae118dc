package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.supplier.SupplierRecord;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Issue 18.6 (ControlsFX where it serves): the supplier on the print form is picked by typing part of its name
 * or CVR, not by scrolling the whole list.
 */
class SupplierSearchUiTest extends DemoAppUiTest {

    @Test
    void typingPartOfTheNameOrCvrPicksTheSupplier() throws Exception {
        waitForMainWindow();
        clickOn("#nav-consents");
        clickOn("#printFormButton");
        waitUntil(() -> lookup("#printFormSupplier").tryQuery().isPresent());
        ComboBox<SupplierRecord> supplier = lookup("#printFormSupplier").queryComboBox();
        assertThat(supplier).isInstanceOf(org.controlsfx.control.SearchableComboBox.class);
        SupplierRecord byens = supplier.getItems().stream().filter(s -> s.name().startsWith("Byens")).findFirst()
                .orElseThrow();

        clickOn(supplier);
        write("yens bu");
        type(KeyCode.ENTER);
        waitUntil(() -> supplier.getValue() != null);
        assertThat(supplier.getValue()).isEqualTo(byens);

        SupplierRecord other = supplier.getItems().stream().filter(s -> !s.equals(byens)).findFirst().orElseThrow();
        clickOn(supplier);
        write(other.cvr());
        type(KeyCode.ENTER);
        waitUntil(() -> other.equals(supplier.getValue()));
    }
}
