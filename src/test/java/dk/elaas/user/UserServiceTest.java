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
import java.util.List;
import java.util.Set;
import dk.elaas.audit.AuditQuery;
import dk.elaas.audit.AuditRecord;
import dk.elaas.audit.AuditService;
import dk.elaas.identity.AccessDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standalone identity: the operating-system account is who a person is. The first account on a data folder is
 * Administrator, every later one waits for a role, and only an administrator gives roles (tried as a clerk and
 * as a supplier, refused); the last administrator cannot be removed; every change is in the audit log.
 */
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

    private static final OsAccount ANNA = new OsAccount("anna", "Anna Admin");
    private static final OsAccount METTE = new OsAccount("AARHUS\\Mette", "Mette Hansen");

    private List<AuditRecord> auditOf(String entityType) {
        return new AuditService(db.tx(), CLOCK).search(new AuditQuery(null, null, null, null, 100)).stream()
                .filter(r -> r.entityType().equals(entityType)).toList();
    }

    private SupplierRecord supplier() {
        return new SupplierService(db.tx(), CLOCK).create(new SupplierForm("Byens Bud K/S",
                "24256790", Set.of("DAGLIGVARER"), null, null, null, null, null, false, false, null, null));
    }

    /** Restart as another account: a fresh CurrentUser over the same data folder. */
    private UserService.Start restartAs(OsAccount account) {
        db.close();
        open();
        return users.start(account);
    }

    @Test
    void theFirstAccountOnANewDataFolderIsAdministratorAndTheLogSaysItWasThemselves() {
        UserService.Start start = users.start(ANNA);

        assertThat(start).isInstanceOfSatisfying(UserService.Ready.class, r -> {
            assertThat(r.firstAdministrator()).isTrue();
            assertThat(r.user().role()).isEqualTo(Role.ADMINISTRATOR);
            assertThat(r.user().account()).isEqualTo("anna");
            assertThat(r.user().displayName()).isEqualTo("Anna Admin");
        });
        assertThat(currentUser.actor()).extracting(Actor::name, Actor::role).containsExactly("Anna Admin", Role.ADMINISTRATOR);
        assertThat(auditOf("AppUser")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.userName()).isEqualTo("Anna Admin");
            assertThat(e.details()).contains("ADMINISTRATOR").contains("anna");
        });
    }

    @Test
    void theSameAccountIsTheSameUserAfterARestartWithNothingToChoose() {
        UserRecord first = ((UserService.Ready) users.start(ANNA)).user();

        UserService.Start again = restartAs(ANNA);

        assertThat(again).isInstanceOfSatisfying(UserService.Ready.class, r -> {
            assertThat(r.user()).isEqualTo(first);
            assertThat(r.firstAdministrator()).isFalse();
        });
        assertThat(currentUser.actor().subject()).isEqualTo("local:" + first.id());
        assertThat(userRows()).isEqualTo(1);
    }

    @Test
    void aLaterAccountGetsNoRoleAndIsNotSignedInUntilAnAdministratorGivesOne() {
        users.start(ANNA);

        UserService.Start start = restartAs(METTE);

        assertThat(start).isInstanceOfSatisfying(UserService.AwaitingRole.class, w -> {
            assertThat(w.user().role()).isNull();
            assertThat(w.user().account()).as("Windows accounts compare without case").isEqualTo("aarhus\\mette");
            assertThat(w.administrators()).containsExactly("Anna Admin");
        });
        assertThat(currentUser.get()).isEmpty();
        assertThat(currentUser.actor()).isEqualTo(Actor.SYSTEM);

        restartAs(ANNA);
        UserRecord mette = users.list().stream().filter(u -> "aarhus\\mette".equals(u.account())).findFirst().orElseThrow();
        users.assign(mette.id(), Role.FIELD_STAFF, null);

        assertThat(restartAs(new OsAccount("aarhus\\METTE", "Mette Hansen"))).isInstanceOfSatisfying(UserService.Ready.class,
                r -> assertThat(r.user().role()).isEqualTo(Role.FIELD_STAFF));
        assertThat(auditOf("AppUser")).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("UPDATE");
            assertThat(e.userName()).isEqualTo("Anna Admin");
            assertThat(e.details()).contains("FIELD_STAFF");
        });
    }

    @Test
    void rowsFromTheTypedNameSignInDoNotKeepAnAdministratorOut() {
        db.tx().run(s -> s.persist(new AppUser(null, "Skrevet Navn", Role.ADMINISTRATOR, null)));

        assertThat(users.start(ANNA)).isInstanceOfSatisfying(UserService.Ready.class,
                r -> assertThat(r.user().role()).isEqualTo(Role.ADMINISTRATOR));
        assertThat(users.list()).extracting(UserRecord::account).containsExactly("anna");
    }

    @Test
    void aClerkCannotListUsersGiveThemselvesAdministratorOrAddAnAccount() {
        users.start(ANNA);
        UserRecord mette = users.add("mette", "Mette Hansen", Role.CLERK, null);
        restartAs(new OsAccount("mette", "Mette Hansen"));

        assertThatThrownBy(() -> users.assign(mette.id(), Role.ADMINISTRATOR, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.add("ole", "Ole", Role.ADMINISTRATOR, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);

        assertThat(restartAs(new OsAccount("mette", "Mette Hansen")).user().role()).isEqualTo(Role.CLERK);
        assertThat(userRows()).isEqualTo(2);
    }

    @Test
    void aSupplierUserCannotChangeRolesEither() {
        users.start(ANNA);
        SupplierRecord supplier = supplier();
        UserRecord lone = users.add("lone", "Lone Bak", Role.SUPPLIER, supplier.id());
        restartAs(new OsAccount("lone", "Lone Bak"));

        assertThat(currentUser.actor().supplierScope()).isEqualTo(supplier.id());
        assertThatThrownBy(() -> users.assign(lone.id(), Role.ADMINISTRATOR, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(restartAs(new OsAccount("lone", "Lone Bak")).user().role()).isEqualTo(Role.SUPPLIER);
    }

    @Test
    void theLastAdministratorKeepsTheRoleButOneOfTwoMayGiveItUp() {
        UserRecord anna = ((UserService.Ready) users.start(ANNA)).user();

        assertThatThrownBy(() -> users.assign(anna.id(), Role.CLERK, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("role").errorKey())
                        .isEqualTo("user.validation.lastAdministrator"));
        assertThat(restartAs(ANNA).user().role()).isEqualTo(Role.ADMINISTRATOR);

        users.add("ole", "Ole Olsen", Role.ADMINISTRATOR, null);
        UserRecord demoted = users.assign(anna.id(), Role.CLERK, null);

        assertThat(demoted.role()).isEqualTo(Role.CLERK);
        assertThat(currentUser.actor().role()).as("the window follows at once").isEqualTo(Role.CLERK);
    }

    @Test
    void aSupplierRoleNeedsAnExistingCompanyAndOtherRolesNeverCarryOne() {
        users.start(ANNA);
        SupplierRecord supplier = supplier();

        assertThatThrownBy(() -> users.add("lone", "Lone Bak", Role.SUPPLIER, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("supplier"));
        assertThatThrownBy(() -> users.add("lone", "Lone Bak", Role.SUPPLIER, java.util.UUID.randomUUID()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(userRows()).isEqualTo(1);

        assertThat(users.add("kim", "Kim Lund", Role.CLERK, supplier.id()).supplierId()).isNull();
    }

    @Test
    void anAccountIsRegisteredOnceAndMustBeAName() {
        users.start(ANNA);
        users.add("AARHUS\\Ole", "Ole", Role.CLERK, null);

        assertThatThrownBy(() -> users.add("aarhus\\ole", "Ole igen", Role.OEJB, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("account").errorKey())
                        .isEqualTo("user.validation.accountTaken"));
        assertThatThrownBy(() -> users.add("  ", "Ingen", Role.CLERK, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.add("to ord", "Mellemrum", Role.CLERK, null)).isInstanceOf(InvalidInputException.class);
        assertThat(userRows()).isEqualTo(2);
    }

    @Test
    void settingsAreChangedOnlyByAnAdministratorWhateverTheWindowShows() {
        users.start(ANNA);
        users.add("mette", "Mette Hansen", Role.CLERK, null);
        dk.elaas.mail.MailSettings mail = new dk.elaas.mail.MailSettings(
                new dk.elaas.settings.SettingsService(db.tx(), currentUser::actor));
        mail.save("ejer@aarhus.dk", "he@ostbv.dk");

        restartAs(new OsAccount("mette", "Mette Hansen"));
        dk.elaas.mail.MailSettings asClerk = new dk.elaas.mail.MailSettings(
                new dk.elaas.settings.SettingsService(db.tx(), currentUser::actor));

        assertThatThrownBy(() -> asClerk.save("ude@example.com", "he@ostbv.dk")).isInstanceOf(AccessDeniedException.class);
        assertThat(asClerk.systemOwner()).containsExactly("ejer@aarhus.dk");
    }
}
