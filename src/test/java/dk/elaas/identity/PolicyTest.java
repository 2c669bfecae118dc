package dk.elaas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PolicyTest {

    final Policy policy = new Policy();
    final UUID companyA = UUID.randomUUID();
    final Actor supplierA = new Actor("s", "Karin", Role.SUPPLIER, companyA, "pc");
    final Actor clerk = new Actor("c", "Mette", Role.CLERK, null, "pc");
    final Actor admin = new Actor("a", "Anders", Role.ADMINISTRATOR, null, "pc");

    @Test
    void aSupplierMayNotSearchCitizensSeeDetailsExportChangeSettingsOrReadTheAuditLog() {
        for (Action a : new Action[] {Action.SEARCH_CITIZENS, Action.SEE_CITIZEN_DETAILS, Action.EXPORT,
                Action.CHANGE_SETTINGS, Action.READ_AUDIT, Action.MANAGE_USERS, Action.MANAGE_SUPPLIERS,
                Action.REGISTER_CONSENT}) {
            assertThat(policy.allows(supplierA, a)).as(a.name()).isFalse();
        }
        assertThat(policy.allows(supplierA, Action.CHECK_CONSENT)).isTrue();
    }

    @Test
    void onlyTheAdministratorChangesSettingsAndUsers() {
        assertThat(policy.allows(clerk, Action.CHANGE_SETTINGS)).isFalse();
        assertThat(policy.allows(clerk, Action.MANAGE_USERS)).isFalse();
        assertThat(policy.allows(admin, Action.CHANGE_SETTINGS)).isTrue();
    }

    @Test
    void aSupplierActsOnlyWithinItsOwnCompany() {
        policy.require(supplierA, Action.READ_CONSENTS, companyA);

        assertThatThrownBy(() -> policy.require(supplierA, Action.READ_CONSENTS, UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(policy.inScope(clerk, UUID.randomUUID())).isTrue();
    }

    @Test
    void aSupplierWithoutACompanySeesNothingRatherThanEverything() {
        Actor orphan = new Actor("s2", "Uden firma", Role.SUPPLIER, null, "pc");

        assertThat(orphan.supplierScope()).isEqualTo(Actor.NO_COMPANY);
        assertThat(policy.inScope(orphan, companyA)).isFalse();
    }

    @Test
    void nobodyIsAllowedNothing() {
        assertThat(policy.allows(null, Action.READ_CONSENTS)).isFalse();
    }
}
