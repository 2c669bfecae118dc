package dk.elaas.audit;

import dk.elaas.identity.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Database;
import dk.elaas.supplier.SupplierForm;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import dk.elaas.testsupport.TestDatabases;
import dk.elaas.user.CurrentUser;
import dk.elaas.identity.Role;
import dk.elaas.user.UserRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change Hibernate flushes is audited in the same transaction, by whom, what and which fields. */
class AuditTrailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-15T09:30:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final String NOVO = "24256790";

    @TempDir
    Path dir;

    private final CurrentUser currentUser = new CurrentUser();
    private Database db;
    private SupplierService suppliers;
    private AuditService audit;

    @BeforeEach
    void openDatabase() {
        currentUser.set(new UserRecord(UUID.randomUUID(), "Mette Sagsbehandler", Role.CLERK, null));
        db = TestDatabases.h2(dir, currentUser::actor, CLOCK);
        suppliers = new SupplierService(db.tx(), CLOCK);
        audit = new AuditService(db.tx(), CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static SupplierForm form(String name, String phone) {
        return new SupplierForm(name, NOVO, Set.of("DAGLIGVARER", "MEDICIN"), "Mette Holm", null, phone,
                LocalDate.of(2024, 5, 1), null, false, false, null, null);
    }

    private long auditRows() {
        return db.tx().call(s -> s.createSelectionQuery("select count(*) from AuditEvent", Long.class).getSingleResult());
    }

    private static Set<String> fields(AuditRecord r) {
        return Set.copyOf(Arrays.asList(r.changedFields().split(",\\s*")));
    }

    @Test
    void creatingASupplierRecordsWhoWhenWhatWhichRecordAndWhichFields() {
        SupplierRecord created = suppliers.create(form("Nærkøb Levering ApS", "86120011"));

        List<AuditRecord> events = audit.search(AuditQuery.all());

        assertThat(events).hasSize(1);
        AuditRecord e = events.get(0);
        assertThat(e.userName()).isEqualTo("Mette Sagsbehandler");
        assertThat(e.userRole()).isEqualTo("CLERK");
        assertThat(e.occurredAt()).isEqualTo(CLOCK.instant());
        assertThat(e.action()).isEqualTo("CREATE");
        assertThat(e.entityType()).isEqualTo("Supplier");
        assertThat(e.entityId()).isEqualTo(created.id().toString());
        assertThat(e.recordLabel()).isEqualTo("Nærkøb Levering ApS (CVR 24256790)");
        assertThat(fields(e)).contains("name", "cvr", "services", "managerName", "managerPhone", "dpaSignedOn")
                .doesNotContain("version", "createdAt", "updatedAt", "managerEmail", "notes");
        assertThat(e.details()).contains("name: \"Nærkøb Levering ApS\"");
    }

    @Test
    void updatingASupplierRecordsOnlyTheChangedFieldsWithOldAndNewValues() {
        SupplierRecord created = suppliers.create(form("Nærkøb Levering ApS", "86120011"));

        suppliers.update(created.id(), created.version(), form("Nærkøb ApS", "86120099"));

        AuditRecord e = audit.search(AuditQuery.all()).stream().filter(r -> r.action().equals("UPDATE"))
                .findFirst().orElseThrow();
        assertThat(fields(e)).containsExactlyInAnyOrder("name", "managerPhone");
        assertThat(e.details()).contains("\"Nærkøb Levering ApS\" → \"Nærkøb ApS\"", "\"86120011\" → \"86120099\"");
        assertThat(e.recordLabel()).isEqualTo("Nærkøb ApS (CVR 24256790)");
        assertThat(e.entityId()).isEqualTo(created.id().toString());
    }

    @Test
    void savingASupplierWithoutChangesWritesNoAuditEvent() {
        SupplierRecord created = suppliers.create(form("Nærkøb Levering ApS", "86120011"));

        suppliers.update(created.id(), created.version(), created.toForm());

        assertThat(audit.search(AuditQuery.all())).extracting(AuditRecord::action).containsExactly("CREATE");
    }

    @Test
    void deletingARecordWritesADeleteEventWithItsLabel() {
        SupplierRecord created = suppliers.create(form("Nærkøb Levering ApS", "86120011"));

        db.tx().run(s -> s.remove(s.find(dk.elaas.supplier.Supplier.class, created.id())));

        AuditRecord e = audit.search(AuditQuery.all()).get(0);
        assertThat(e.action()).isEqualTo("DELETE");
        assertThat(e.entityId()).isEqualTo(created.id().toString());
        assertThat(e.recordLabel()).isEqualTo("Nærkøb Levering ApS (CVR 24256790)");
        assertThat(e.userName()).isEqualTo("Mette Sagsbehandler");
    }

    @Test
    void auditEventIsWrittenInTheSameTransactionAndRolledBackWithAFailedChange() {
        long[] seenInsideTransaction = new long[1];

        assertThatThrownBy(() -> db.tx().run(s -> {
            s.persist(new Citizen("Inger Marie Kjær", "120438-1234"));
            s.flush();
            seenInsideTransaction[0] = s.createSelectionQuery("select count(*) from AuditEvent", Long.class)
                    .getSingleResult();
            throw new IllegalStateException("the use case fails after the change was flushed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(seenInsideTransaction[0]).as("the audit row is written before commit").isEqualTo(1);
        assertThat(auditRows()).as("and rolled back with the change").isZero();
        long citizens = db.tx().call(s -> s.createSelectionQuery("select count(*) from Citizen", Long.class)
                .getSingleResult());
        assertThat(citizens).isZero();
    }

    @Test
    void changeRefusedByTheDatabaseAtCommitLeavesNoAuditEvent() {
        suppliers.create(form("Nærkøb Levering ApS", "86120011"));
        long before = auditRows();

        // Bypasses the service's own duplicate check: the unique constraint refuses the row at flush.
        assertThatThrownBy(() -> db.tx().run(s -> {
            dk.elaas.supplier.Supplier dup = new dk.elaas.supplier.Supplier("Kopi ApS", NOVO);
            dup.setServices(Set.of("MEDICIN"));
            s.persist(dup);
        })).isInstanceOf(RuntimeException.class);

        assertThat(auditRows()).isEqualTo(before);
    }

    @Test
    void recordsTheUserWhoIsSignedInAtTheTimeOfTheChange() {
        SupplierRecord created = suppliers.create(form("Nærkøb Levering ApS", "86120011"));
        currentUser.set(new UserRecord(UUID.randomUUID(), "Ali Administrator", Role.ADMINISTRATOR, null));

        suppliers.update(created.id(), created.version(), form("Nærkøb ApS", "86120011"));

        assertThat(audit.search(AuditQuery.all()))
                .extracting(AuditRecord::action, AuditRecord::userName, AuditRecord::userRole)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UPDATE", "Ali Administrator", "ADMINISTRATOR"),
                        org.assertj.core.groups.Tuple.tuple("CREATE", "Mette Sagsbehandler", "CLERK"));
    }

    @Test
    void changesWithNobodySignedInAreRecordedAsTheSystem() {
        currentUser.set(null);

        suppliers.create(form("Nærkøb Levering ApS", "86120011"));

        AuditRecord e = audit.search(AuditQuery.all()).get(0);
        assertThat(e.userName()).isEqualTo(Actor.SYSTEM.name());
        assertThat(e.userRole()).isEqualTo("SYSTEM");
    }

    @Test
    void cprIsMaskedInTheAuditLogWhenACitizenIsCreatedAndWhenItChanges() {
        Citizen citizen = new Citizen("Inger Marie Kjær", "120438-1234");
        db.tx().run(s -> s.persist(citizen));
        db.tx().run(s -> s.find(Citizen.class, citizen.getId()).setCpr("120438-5678"));

        List<AuditRecord> events = audit.search(AuditQuery.all());

        assertThat(events).extracting(AuditRecord::action).containsExactly("UPDATE", "CREATE");
        assertThat(events.get(1).changedFields()).contains("cpr");
        assertThat(events.get(1).details()).contains("cpr: 120438-xxxx");
        assertThat(events.get(0).details()).isEqualTo("cpr: 120438-xxxx → 120438-xxxx");
        for (AuditRecord e : events) {
            assertThat(e.details() + e.changedFields() + e.recordLabel()).doesNotContain("1234", "5678");
            assertThat(e.recordLabel()).isEqualTo("Inger Marie Kjær");
        }
    }
}
