package dk.elaas.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.common.persistence.ConcurrentChangeException;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Validated;
import dk.elaas.testsupport.TestDatabases;
import dk.elaas.user.CurrentUser;
import dk.elaas.identity.Role;
import dk.elaas.user.UserRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supplier register's use cases on a real H2 file database. */
class SupplierServiceTest {

    /** 15 March 2025, mid-morning in Denmark. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-15T09:30:00Z"), ZoneId.of("Europe/Copenhagen"));

    // Public CVR numbers (Novo Nordisk, Danske Bank, LEGO) and invented ones that satisfy modulus 11.
    private static final String NOVO = "24256790";
    private static final String DANSKE_BANK = "61126228";
    private static final String LEGO = "54562519";

    @TempDir
    Path dir;

    private Database db;
    private SupplierService service;

    @BeforeEach
    void openDatabase() {
        CurrentUser user = new CurrentUser();
        user.set(new UserRecord(UUID.randomUUID(), "Mette Sagsbehandler", Role.CLERK, null));
        db = TestDatabases.h2(dir, user::actor, CLOCK);
        service = new SupplierService(db.tx(), CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static SupplierForm form(String name, String cvr, Set<String> services) {
        return new SupplierForm(name, cvr, services, "Mette Holm", "mette@naerkoeb.example", "86 12 00 11",
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), true, false, LocalDate.of(2024, 9, 1),
                "Leverer tirsdag og fredag");
    }

    private long supplierRows() {
        return db.tx().call(s -> s.createSelectionQuery("select count(*) from Supplier", Long.class).getSingleResult());
    }

    private long auditRows() {
        return db.tx().call(s -> s.createSelectionQuery("select count(*) from AuditEvent", Long.class).getSingleResult());
    }

    @Test
    void createdSupplierIsListedAndFoundWithItsServicesAndNormalisedContact() {
        SupplierRecord created = service.create(new SupplierForm("  Nærkøb Levering ApS ", "DK " + NOVO,
                Set.of("DAGLIGVARER", "MEDICIN"), " Mette Holm ", "Mette@Naerkoeb.example", "+45 86 12 00 11",
                LocalDate.of(2024, 5, 1), null, true, true, LocalDate.of(2024, 9, 1), "  "));

        assertThat(service.list(null)).extracting(SupplierRecord::id).containsExactly(created.id());
        SupplierRecord found = service.get(created.id());
        assertThat(found.name()).isEqualTo("Nærkøb Levering ApS");
        assertThat(found.cvr()).isEqualTo(NOVO);
        assertThat(found.services()).containsExactly("DAGLIGVARER", "MEDICIN");
        assertThat(found.managerName()).isEqualTo("Mette Holm");
        assertThat(found.managerPhone()).isEqualTo("86120011");
        assertThat(found.dpaSignedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(found.iso27001()).isTrue();
        assertThat(found.isae3402()).isTrue();
        assertThat(found.lastAccessReviewOn()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(found.notes()).as("blank notes are stored as nothing").isNull();
        assertThat(found).isEqualTo(created);
    }

    @Test
    void supplierSurvivesReopeningTheDatabase() {
        SupplierRecord created = service.create(form("Apoteksbudet A/S", DANSKE_BANK, Set.of("MEDICIN")));
        db.close();

        db = TestDatabases.h2(dir, () -> null, CLOCK);
        SupplierRecord found = new SupplierService(db.tx(), CLOCK).get(created.id());

        assertThat(found.name()).isEqualTo("Apoteksbudet A/S");
        assertThat(found.services()).containsExactly("MEDICIN");
    }

    @Test
    void updateWithTheVersionTheUserSawSavesTheChangesAndBumpsTheVersion() {
        SupplierRecord created = service.create(form("Rent Vasketøj I/S", LEGO, Set.of("TOEJVASK")));
        SupplierForm changed = new SupplierForm("Rent Vasketøj ApS", LEGO, Set.of("TOEJVASK", "MADSERVICE"),
                "Sara Lund", null, null, null, null, false, true, LocalDate.of(2025, 1, 10), null);

        SupplierRecord updated = service.update(created.id(), created.version(), changed);

        assertThat(updated.version()).isGreaterThan(created.version());
        SupplierRecord found = service.get(created.id());
        assertThat(found.name()).isEqualTo("Rent Vasketøj ApS");
        assertThat(found.services()).containsExactly("MADSERVICE", "TOEJVASK");
        assertThat(found.managerName()).isEqualTo("Sara Lund");
        assertThat(found.managerEmail()).isNull();
        assertThat(found.isae3402()).isTrue();
        assertThat(found.lastAccessReviewOn()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(found.version()).isEqualTo(updated.version());
    }

    @Test
    void updateOfAStaleVersionIsRefusedAndChangesNothing() {
        SupplierRecord seen = service.create(form("Byens Bud K/S", NOVO, Set.of("DAGLIGVARER")));
        SupplierRecord someoneElses = service.update(seen.id(), seen.version(),
                form("Byens Bud K/S (ny ejer)", NOVO, Set.of("DAGLIGVARER")));
        long auditsBefore = auditRows();

        assertThatThrownBy(() -> service.update(seen.id(), seen.version(),
                form("Byens Bud – min rettelse", NOVO, Set.of("MEDICIN"))))
                .isInstanceOf(ConcurrentChangeException.class);

        assertThat(service.get(seen.id())).isEqualTo(someoneElses);
        assertThat(auditRows()).as("a refused update writes no audit event").isEqualTo(auditsBefore);
    }

    @Test
    void rejectsCvrWithBadChecksumAndSavesNothing() {
        long auditsBefore = auditRows();

        assertThatThrownBy(() -> service.create(form("Forkert CVR ApS", "24256791", Set.of("MEDICIN"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).containsOnlyKeys("cvr");
                    assertThat(e.errors().get("cvr").errorKey()).isEqualTo("validation.cvr.checksum");
                });

        assertThat(supplierRows()).isZero();
        assertThat(service.list("")).isEmpty();
        assertThat(auditRows()).isEqualTo(auditsBefore);
    }

    @Test
    void rejectsMissingNameMissingCvrAndNoServicesTogetherAndSavesNothing() {
        assertThatThrownBy(() -> service.create(form("   ", "", Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).containsOnlyKeys("name", "cvr", "services");
                    assertThat(e.errors().get("name").errorKey()).isEqualTo("validation.required");
                    assertThat(e.errors().get("cvr").errorKey()).isEqualTo("validation.required");
                    assertThat(e.errors().get("services").errorKey()).isEqualTo("supplier.validation.services");
                });

        assertThat(supplierRows()).isZero();
    }

    @Test
    void rejectsServiceCodeThatIsNotInTheConfiguredListAndSavesNothing() {
        assertThatThrownBy(() -> service.create(form("Vinduespudser ApS", NOVO, Set.of("DAGLIGVARER", "VINDUESPUDS"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).containsOnlyKeys("services");
                    assertThat(e.errors().get("services").errorKey()).isEqualTo("supplier.validation.unknownService");
                });

        assertThat(supplierRows()).isZero();
    }

    @Test
    void rejectsMalformedManagerEmailAndPhoneAndSavesNothing() {
        SupplierForm bad = new SupplierForm("Madservice ApS", NOVO, Set.of("MADSERVICE"), "Ali", "ali@", "1234",
                null, null, false, false, null, null);

        assertThatThrownBy(() -> service.create(bad))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("managerEmail", "managerPhone"));

        assertThat(supplierRows()).isZero();
    }

    @Test
    void rejectsSecondSupplierWithTheSameCvrEvenWrittenDifferentlyAndSavesNothing() {
        SupplierRecord first = service.create(form("Nærkøb Levering ApS", NOVO, Set.of("DAGLIGVARER")));
        long auditsBefore = auditRows();

        assertThatThrownBy(() -> service.create(form("Nærkøb Kopi ApS", "DK-2425 6790", Set.of("MEDICIN"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).containsOnlyKeys("cvr");
                    Validated cvr = e.errors().get("cvr");
                    assertThat(cvr.errorKey()).isEqualTo("supplier.validation.cvrTaken");
                    assertThat(cvr.errorArgs()).containsExactly(NOVO);
                });

        assertThat(service.list(null)).extracting(SupplierRecord::id).containsExactly(first.id());
        assertThat(auditRows()).isEqualTo(auditsBefore);
    }

    @Test
    void updateMayKeepItsOwnCvrButNotTakeAnotherSuppliersCvr() {
        SupplierRecord a = service.create(form("Alfa Bud ApS", NOVO, Set.of("DAGLIGVARER")));
        SupplierRecord b = service.create(form("Beta Bud ApS", LEGO, Set.of("MEDICIN")));

        SupplierRecord renamed = service.update(a.id(), a.version(), form("Alfa Bud A/S", NOVO, Set.of("DAGLIGVARER")));
        assertThat(renamed.name()).isEqualTo("Alfa Bud A/S");

        assertThatThrownBy(() -> service.update(b.id(), b.version(), form("Beta Bud ApS", NOVO, Set.of("MEDICIN"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("cvr"));
        assertThat(service.get(b.id())).isEqualTo(b);
    }

    @Test
    void invalidUpdateLeavesTheStoredSupplierUnchanged() {
        SupplierRecord created = service.create(form("Smag & Omsorg ApS", NOVO, Set.of("MADSERVICE")));

        assertThatThrownBy(() -> service.update(created.id(), created.version(), form("", "12345678", Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("name", "cvr", "services"));

        assertThat(service.get(created.id())).isEqualTo(created);
    }

    @Test
    void checkReportsTheSameProblemsAsCreateWithoutTouchingTheDatabase() {
        Map<String, Validated> errors = SupplierService.check(form("", "24256791", Set.of("X")), Set.of("MEDICIN"));

        assertThat(errors).containsOnlyKeys("name", "cvr", "services");
        assertThat(SupplierService.check(form("OK ApS", NOVO, Set.of("MEDICIN")), Set.of("MEDICIN"))).isEmpty();
    }

    @Test
    void filterFindsSuppliersByPartOfNameCaseInsensitivelyAndListsByName() {
        service.create(form("Rent Vasketøj I/S", LEGO, Set.of("TOEJVASK")));
        service.create(form("apoteksbudet A/S", DANSKE_BANK, Set.of("MEDICIN")));
        service.create(form("Nærkøb Levering ApS", NOVO, Set.of("DAGLIGVARER")));

        assertThat(service.list("VASKETØJ")).extracting(SupplierRecord::name).containsExactly("Rent Vasketøj I/S");
        assertThat(service.list("  ")).extracting(SupplierRecord::name)
                .containsExactly("apoteksbudet A/S", "Nærkøb Levering ApS", "Rent Vasketøj I/S");
        assertThat(service.list("findes ikke")).isEmpty();
    }

    @Test
    void filterFindsSupplierByPartOfCvr() {
        service.create(form("Rent Vasketøj I/S", LEGO, Set.of("TOEJVASK")));
        service.create(form("Nærkøb Levering ApS", NOVO, Set.of("DAGLIGVARER")));

        assertThat(service.list("2425")).extracting(SupplierRecord::cvr).containsExactly(NOVO);
    }

    @Test
    void filterFindsSupplierByServiceCode() {
        service.create(form("Rent Vasketøj I/S", LEGO, Set.of("TOEJVASK")));
        service.create(form("Nærkøb Levering ApS", NOVO, Set.of("DAGLIGVARER", "MEDICIN")));

        assertThat(service.list("medicin")).extracting(SupplierRecord::cvr).containsExactly(NOVO);
    }

    /** The search field promises "navn, CVR eller kontaktperson" (supplier.filter.prompt). */
    @Test
    void filterFindsSupplierByContactPersonName() {
        service.create(new SupplierForm("Rent Vasketøj I/S", LEGO, Set.of("TOEJVASK"), "Sara Lund", null, null,
                null, null, false, false, null, null));
        service.create(new SupplierForm("Nærkøb Levering ApS", NOVO, Set.of("DAGLIGVARER"), "Mette Holm", null, null,
                null, null, false, false, null, null));

        assertThat(service.list("lund")).extracting(SupplierRecord::name).containsExactly("Rent Vasketøj I/S");
    }

    @Test
    void suppliersNeverReviewedOrReviewedTwelveOrMoreMonthsAgoAreDueForAccessReview() {
        // Today is 2025-03-15, so the cut-off is 2024-03-15.
        service.create(review("Aldrig Gennemgået ApS", NOVO, null));
        service.create(review("Præcis Et År ApS", DANSKE_BANK, LocalDate.of(2024, 3, 15)));
        service.create(review("Næsten Et År ApS", LEGO, LocalDate.of(2024, 3, 16)));
        service.create(review("For Længe Siden ApS", "55133018", LocalDate.of(2022, 1, 1)));
        service.create(review("Nylig ApS", "22756214", LocalDate.of(2025, 3, 1)));

        assertThat(service.reviewDue(12)).extracting(SupplierRecord::name)
                .containsExactly("Aldrig Gennemgået ApS", "For Længe Siden ApS", "Præcis Et År ApS");
    }

    private static SupplierForm review(String name, String cvr, LocalDate lastReview) {
        return new SupplierForm(name, cvr, Set.of("DAGLIGVARER"), null, null, null, null, null, false, false,
                lastReview, null);
    }

    @Test
    void offersTheFourStandardServicesInDisplayOrderInDanishAndEnglish() {
        List<ServiceOption> options = service.services();

        assertThat(options).extracting(ServiceOption::code)
                .containsExactly("DAGLIGVARER", "MEDICIN", "TOEJVASK", "MADSERVICE");
        assertThat(options).extracting(o -> o.name(Locale.forLanguageTag("da")))
                .containsExactly("Dagligvarer", "Medicin", "Tøjvask", "Madservice");
        assertThat(options).extracting(o -> o.name(Locale.ENGLISH))
                .containsExactly("Groceries", "Medicine", "Laundry", "Meals");
    }

    @Test
    void aServiceAddedToTheConfiguredListIsOfferedAndAccepted() {
        db.tx().run(s -> s.persist(new ServiceType("RENGOERING", "Rengøring", "Cleaning", 25)));

        assertThat(service.services()).extracting(ServiceOption::code)
                .containsExactly("DAGLIGVARER", "MEDICIN", "RENGOERING", "TOEJVASK", "MADSERVICE");
        SupplierRecord created = service.create(form("Rengøring ApS", NOVO, Set.of("RENGOERING")));
        assertThat(service.get(created.id()).services()).containsExactly("RENGOERING");
    }

    @Test
    void aDeactivatedServiceIsNoLongerOffered() {
        db.tx().run(s -> s.find(ServiceType.class, "TOEJVASK").setActive(false));

        assertThat(service.services()).extracting(ServiceOption::code)
                .containsExactly("DAGLIGVARER", "MEDICIN", "MADSERVICE");
    }

    @Test
    void unknownSupplierIdIsRefusedWithAReason() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> service.get(unknown))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(unknown.toString());
    }
}
