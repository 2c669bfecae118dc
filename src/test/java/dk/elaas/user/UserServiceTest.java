package dk.elaas.user;

import dk.elaas.identity.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.identity.Actor;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.supplier.SupplierForm;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import dk.elaas.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First start: the user states name and role; the choice is stored and restored on the next start. */
class UserServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-15T09:30:00Z"), ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path dir;

    private CurrentUser currentUser;
    private Database db;
    private UserService users;

    @BeforeEach
    void openDatabase() {
        open();
    }

    /** What the app does on every start: a fresh CurrentUser over the database in the data folder. */
    private void open() {
        currentUser = new CurrentUser();
        db = TestDatabases.h2(dir, currentUser::actor, CLOCK);
        users = new UserService(db.tx(), currentUser);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private long userRows() {
        return db.tx().call(s -> s.createSelectionQuery("select count(*) from AppUser", Long.class).getSingleResult());
    }

    @Test
    void onFirstStartNobodyIsSignedInAndTheSystemActs() {
        assertThat(users.restore()).isEmpty();
        assertThat(currentUser.get()).isEmpty();
        assertThat(currentUser.actor()).isEqualTo(Actor.SYSTEM);
    }

    @Test
    void chosenNameAndRoleBecomeTheCurrentUserAndTheAuditActor() {
        UserRecord user = users.signIn("  Mette Sagsbehandler ", Role.CLERK, null);

        assertThat(user.displayName()).isEqualTo("Mette Sagsbehandler");
        assertThat(user.role()).isEqualTo(Role.CLERK);
        assertThat(currentUser.get()).contains(user);
        assertThat(currentUser.actor()).extracting(Actor::name, Actor::role).containsExactly("Mette Sagsbehandler", Role.CLERK);
    }

    @Test
    void chosenUserIsRestoredAfterReopeningTheDatabase() {
        UserRecord chosen = users.signIn("Mette Sagsbehandler", Role.FIELD_STAFF, null);
        db.close();

        open();
        var restored = users.restore();

        assertThat(restored).contains(chosen);
        assertThat(currentUser.get()).contains(chosen);
        assertThat(currentUser.actor()).extracting(Actor::name, Actor::role, Actor::subject)
                .containsExactly("Mette Sagsbehandler", Role.FIELD_STAFF, "local:" + chosen.id());
    }

    @Test
    void theLastChosenUserIsRestoredWhenSeveralUseThePc() {
        users.signIn("Mette Sagsbehandler", Role.CLERK, null);
        UserRecord last = users.signIn("Ali Administrator", Role.ADMINISTRATOR, null);
        db.close();

        open();

        assertThat(users.restore()).contains(last);
        assertThat(users.list()).extracting(UserRecord::displayName)
                .containsExactly("Ali Administrator", "Mette Sagsbehandler");
    }

    @Test
    void signingInAgainWithTheSameNameAndRoleReusesTheUser() {
        UserRecord first = users.signIn("Mette Sagsbehandler", Role.CLERK, null);

        UserRecord again = users.signIn("Mette Sagsbehandler", Role.CLERK, null);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(userRows()).isEqualTo(1);
    }

    @Test
    void supplierRoleWithoutASupplierIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> users.signIn("Lone Bak", Role.SUPPLIER, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).containsOnlyKeys("supplier");
                    assertThat(e.errors().get("supplier").errorKey()).isEqualTo("user.validation.supplierRequired");
                });

        assertThat(userRows()).isZero();
        assertThat(currentUser.get()).isEmpty();
        assertThat(users.restore()).isEmpty();
    }

    @Test
    void supplierUserIsBoundToTheirSupplierAcrossRestarts() {
        SupplierRecord supplier = new SupplierService(db.tx(), CLOCK).create(new SupplierForm("Byens Bud K/S",
                "24256790", Set.of("DAGLIGVARER"), null, null, null, null, null, false, false, null, null));

        users.signIn("Lone Bak", Role.SUPPLIER, supplier.id());
        db.close();
        open();

        assertThat(users.restore()).get().satisfies(u -> {
            assertThat(u.role()).isEqualTo(Role.SUPPLIER);
            assertThat(u.supplierId()).isEqualTo(supplier.id());
        });
    }

    @Test
    void supplierUserForASupplierThatDoesNotExistIsRefusedAndNobodyIsSignedIn() {
        assertThatThrownBy(() -> users.signIn("Lone Bak", Role.SUPPLIER, java.util.UUID.randomUUID()))
                .isInstanceOf(RuntimeException.class);

        assertThat(userRows()).isZero();
        assertThat(currentUser.get()).isEmpty();
        assertThat(users.restore()).isEmpty();
    }

    @Test
    void otherRolesAreNeverBoundToASupplier() {
        SupplierRecord supplier = new SupplierService(db.tx(), CLOCK).create(new SupplierForm("Byens Bud K/S",
                "24256790", Set.of("DAGLIGVARER"), null, null, null, null, null, false, false, null, null));

        UserRecord clerk = users.signIn("Mette Sagsbehandler", Role.CLERK, supplier.id());

        assertThat(clerk.supplierId()).isNull();
    }

    @Test
    void missingNameAndRoleAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> users.signIn("  ", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("name", "role"));

        assertThat(userRows()).isZero();
        assertThat(currentUser.get()).isEmpty();
    }
}
