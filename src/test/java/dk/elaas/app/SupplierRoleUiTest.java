package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.onboarding.CaseSummary;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.identity.Role;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * Least privilege for a supplier's user, in the whole app on the demo data: the navigation offers only consents,
 * onboarding and settings; the onboarding list and its supplier filter hold only their own company; the consent
 * register shows only their own consents and offers no export.
 */
class SupplierRoleUiTest extends DemoAppUiTest {

    private static final String OWN = "Nærkøb Levering ApS";

    private boolean shown(String id) {
        return lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void supplierUserSeesOnlyTheirOwnCompanyAndNoExport() throws Exception {
        waitForMainWindow();
        // The administrator (the first account here) gives a colleague's computer account the Supplier role.
        clickOn("#nav-settings");
        waitUntil(() -> lookup("#addUser").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#addUser");
        clickOn("#account").write("mholm");
        clickOn("#name").write("Mette Holm");
        ComboBox<Role> role = lookup("#role").queryComboBox();
        interact(() -> role.setValue(Role.SUPPLIER));
        ComboBox<SupplierRecord> supplier = lookup("#supplier").queryComboBox();
        waitUntil(() -> supplier.getItems().stream().anyMatch(s -> s.name().equals(OWN)));
        interact(() -> supplier.setValue(supplier.getItems().stream().filter(s -> s.name().equals(OWN)).findFirst()
                .orElseThrow()));
        clickOn("#saveUser");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("mholm").contains("Leverandør – " + OWN);
        clickOn("Ja");
        TableView<dk.elaas.user.UserRecord> users = lookup("#userTable").queryTableView();
        waitUntil(() -> users.getItems().stream().anyMatch(u -> "mholm".equals(u.account())));
        assertThat(users.getItems()).filteredOn(u -> "mholm".equals(u.account())).singleElement()
                .satisfies(u -> assertThat(u.role()).isEqualTo(Role.SUPPLIER));

        // Mette Holm starts eLås under her own computer account: nothing to choose, her role applies at once.
        startAs(new dk.elaas.user.OsAccount("mholm", "Mette Holm"));
        waitForMainWindow();
        assertThat(lookup("#status-user").queryAs(javafx.scene.control.Label.class).getText())
                .contains("Mette Holm").contains("Leverandør");

        assertThat(shown("#nav-consents")).isTrue();
        assertThat(shown("#nav-onboarding")).isTrue();
        assertThat(shown("#nav-settings")).isTrue();
        assertThat(shown("#nav-intake")).as("no citizen look-up by CPR").isFalse();
        assertThat(shown("#nav-suppliers")).isFalse();
        assertThat(shown("#nav-tasks")).isFalse();
        assertThat(shown("#nav-audit")).isFalse();

        clickOn("#nav-onboarding");
        TableView<CaseSummary> cases = lookup("#onboarding-cases").queryTableView();
        waitUntil(() -> !cases.getItems().isEmpty());
        assertThat(cases.getItems()).extracting(CaseSummary::supplierName).containsOnly(OWN);
        assertThat(cases.getItems()).extracting(CaseSummary::employeeName)
                .contains("Mikkel Berg", "Sofie Andersen").doesNotContain("Jens Krogh");
        ComboBox<SupplierRecord> filter = lookup("#onboarding-supplier-filter").queryComboBox();
        waitUntil(() -> filter.getItems().stream().anyMatch(s -> s != null));
        assertThat(filter.getItems().stream().filter(s -> s != null).map(SupplierRecord::name)).containsOnly(OWN);

        clickOn("#nav-consents");
        waitUntil(() -> lookup("#checkField").tryQuery().isPresent());
        assertThat(shown("#exportCsvButton")).as("suppliers have no export").isFalse();
        assertThat(app.context().consents().search(dk.elaas.consent.ConsentSearch.text("", 100)))
                .isNotEmpty().allMatch(c -> c.supplierName().equals(OWN));
    }
}
