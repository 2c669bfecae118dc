package dk.elaas.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.common.persistence.Database;
import dk.elaas.supplier.SupplierForm;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import dk.elaas.testsupport.TestDatabases;
import dk.elaas.user.CurrentUser;
import dk.elaas.identity.Role;
import dk.elaas.user.UserRecord;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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

/** Reading the audit log: filters by user, record and date; no way to change what was written. */
class AuditServiceTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** A clock the test moves forward, so events get different times (a test fake, not a mock). */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return COPENHAGEN;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("fixed to Copenhagen");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(Instant.parse("2025-03-10T09:00:00Z"));
    private final CurrentUser currentUser = new CurrentUser();
    private Database db;
    private SupplierService suppliers;
    private AuditService audit;

    @BeforeEach
    void openDatabase() {
        db = TestDatabases.h2(dir, currentUser::actor, clock);
        suppliers = new SupplierService(db.tx(), clock);
        audit = new AuditService(db.tx(), clock);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void signIn(String name, Role role) {
        currentUser.set(new UserRecord(UUID.randomUUID(), name, role, null));
    }

    private SupplierRecord createAt(String isoInstant, String name, String cvr) {
        clock.set(Instant.parse(isoInstant));
        return suppliers.create(new SupplierForm(name, cvr, Set.of("MEDICIN"), null, null, null, null, null,
                false, false, null, null));
    }

    private static AuditQuery query(String user, String record, LocalDate from, LocalDate to) {
        return new AuditQuery(user, record, from, to, 500);
    }

    @Test
    void listsNewestEventFirst() {
        signIn("Mette Sagsbehandler", Role.CLERK);
        createAt("2025-03-10T09:00:00Z", "Første ApS", "24256790");
        createAt("2025-03-12T09:00:00Z", "Anden ApS", "61126228");
        createAt("2025-03-11T09:00:00Z", "Tredje ApS", "54562519");

        assertThat(audit.search(AuditQuery.all())).extracting(AuditRecord::recordLabel)
                .containsExactly("Anden ApS (CVR 61126228)", "Tredje ApS (CVR 54562519)", "Første ApS (CVR 24256790)");
    }

    @Test
    void filtersByPartOfTheUserNameIgnoringCase() {
        signIn("Mette Sagsbehandler", Role.CLERK);
        createAt("2025-03-10T09:00:00Z", "Første ApS", "24256790");
        signIn("Ali Administrator", Role.ADMINISTRATOR);
        createAt("2025-03-10T10:00:00Z", "Anden ApS", "61126228");

        assertThat(audit.search(query("  mette ", null, null, null))).extracting(AuditRecord::userName)
                .containsExactly("Mette Sagsbehandler");
        assertThat(audit.search(query("ADMIN", null, null, null))).extracting(AuditRecord::recordLabel)
                .containsExactly("Anden ApS (CVR 61126228)");
        assertThat(audit.search(query("Hanne", null, null, null))).isEmpty();
    }

    @Test
    void filtersByRecordNameCvrIdOrType() {
        signIn("Mette Sagsbehandler", Role.CLERK);
        SupplierRecord first = createAt("2025-03-10T09:00:00Z", "Nærkøb Levering ApS", "24256790");
        createAt("2025-03-10T10:00:00Z", "Rent Vasketøj I/S", "61126228");

        assertThat(audit.search(query(null, "nærkøb", null, null))).extracting(AuditRecord::entityId)
                .containsExactly(first.id().toString());
        assertThat(audit.search(query(null, "24256790", null, null))).extracting(AuditRecord::entityId)
                .containsExactly(first.id().toString());
        assertThat(audit.search(query(null, first.id().toString().toUpperCase(), null, null)))
                .extracting(AuditRecord::entityId).containsExactly(first.id().toString());
        assertThat(audit.search(query(null, "supplier", null, null))).hasSize(2);
    }

    @Test
    void filtersByDateRangeInclusiveOfBothDaysInDanishTime() {
        signIn("Mette Sagsbehandler", Role.CLERK);
        // 00:30 Danish time on 15 March is still 14 March in UTC.
        createAt("2025-03-14T22:59:00Z", "Før ApS", "24256790");      // 14 March 23:59 in Copenhagen
        createAt("2025-03-14T23:30:00Z", "Start ApS", "61126228");    // 15 March 00:30
        createAt("2025-03-16T22:30:00Z", "Slut ApS", "54562519");     // 16 March 23:30
        createAt("2025-03-16T23:00:00Z", "Efter ApS", "55133018");    // 17 March 00:00

        LocalDate from = LocalDate.of(2025, 3, 15);
        LocalDate to = LocalDate.of(2025, 3, 16);

        assertThat(audit.search(query(null, null, from, to))).extracting(AuditRecord::recordLabel)
                .containsExactly("Slut ApS (CVR 54562519)", "Start ApS (CVR 61126228)");
        assertThat(audit.search(query(null, null, from, null))).hasSize(3);
        assertThat(audit.search(query(null, null, null, LocalDate.of(2025, 3, 14)))).extracting(AuditRecord::recordLabel)
                .containsExactly("Før ApS (CVR 24256790)");
    }

    @Test
    void combinesUserRecordAndDateFilters() {
        signIn("Mette Sagsbehandler", Role.CLERK);
        createAt("2025-03-10T09:00:00Z", "Nærkøb ApS", "24256790");
        createAt("2025-03-12T09:00:00Z", "Nærkøb Nord ApS", "61126228");
        signIn("Ali Administrator", Role.ADMINISTRATOR);
        createAt("2025-03-12T10:00:00Z", "Nærkøb Syd ApS", "54562519");

        assertThat(audit.search(query("mette", "nærkøb", LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 12))))
                .extracting(AuditRecord::recordLabel).containsExactly("Nærkøb Nord ApS (CVR 61126228)");
    }

    @Test
    void returnsAtMostTheRequestedNumberOfNewestEvents() {
        signIn("Mette Sagsbehandler", Role.CLERK);
        createAt("2025-03-10T09:00:00Z", "Første ApS", "24256790");
        createAt("2025-03-11T09:00:00Z", "Anden ApS", "61126228");
        createAt("2025-03-12T09:00:00Z", "Tredje ApS", "54562519");

        assertThat(audit.search(new AuditQuery(null, null, null, null, 2))).extracting(AuditRecord::recordLabel)
                .containsExactly("Tredje ApS (CVR 54562519)", "Anden ApS (CVR 61126228)");
    }

    @Test
    void latestOfNamesEachMentionedRecordByItsNewestLabel() {
        signIn("Mette Sagsbehandler", Role.CLERK);
        SupplierRecord first = createAt("2025-03-10T09:00:00Z", "Nærkøb ApS", "24256790");
        clock.set(Instant.parse("2025-03-11T09:00:00Z"));
        suppliers.update(first.id(), first.version(), new SupplierForm("Nærkøb Levering ApS", "24256790",
                Set.of("MEDICIN"), null, null, null, null, null, false, false, null, null));
        SupplierRecord other = createAt("2025-03-12T09:00:00Z", "Anden ApS", "61126228");

        List<AuditRecord> latest = audit.latestOf(List.of(first.id().toString(), other.id().toString(),
                UUID.randomUUID().toString()));

        assertThat(latest).extracting(AuditRecord::entityId, AuditRecord::recordLabel).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(first.id().toString(), "Nærkøb Levering ApS (CVR 24256790)"),
                org.assertj.core.groups.Tuple.tuple(other.id().toString(), "Anden ApS (CVR 61126228)"));
        assertThat(audit.latestOf(List.of())).isEmpty();
    }

    @Test
    void auditServiceOffersNoWayToChangeOrDeleteEvents() {
        List<String> publicMethods = Arrays.stream(AuditService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).toList();

        assertThat(publicMethods).as("reads only").containsExactlyInAnyOrder("search", "latestOf");
    }

    @Test
    void hibernateRefusesBulkUpdatesOfAuditEvents() {
        signIn("Mette Sagsbehandler", Role.CLERK);
        createAt("2025-03-10T09:00:00Z", "Nærkøb ApS", "24256790");

        assertThatThrownBy(() -> db.tx().run(s -> s.createMutationQuery(
                "update AuditEvent e set e.userName = 'Nogen Andre'").executeUpdate()))
                .hasMessageContaining("immutable");

        assertThat(audit.search(AuditQuery.all())).extracting(AuditRecord::userName)
                .containsExactly("Mette Sagsbehandler");
    }

    @Test
    void hibernateRefusesBulkDeletesOfAuditEvents() {
        signIn("Mette Sagsbehandler", Role.CLERK);
        createAt("2025-03-10T09:00:00Z", "Nærkøb ApS", "24256790");

        assertThatThrownBy(() -> db.tx().run(s -> s.createMutationQuery("delete from AuditEvent").executeUpdate()))
                .isInstanceOf(RuntimeException.class);

        assertThat(audit.search(AuditQuery.all())).hasSize(1);
    }

    /** {@code @Immutable} stops updates, but Hibernate lets any code remove() an immutable entity. */
    @Test
    void hibernateRefusesDeletingALoadedAuditEvent() {
        signIn("Mette Sagsbehandler", Role.CLERK);
        createAt("2025-03-10T09:00:00Z", "Nærkøb ApS", "24256790");

        try {
            db.tx().run(s -> s.remove(s.createSelectionQuery("from AuditEvent", AuditEvent.class).getSingleResult()));
        } catch (RuntimeException refused) {
            // refusing loudly is fine; what matters is that the event is still there
        }

        assertThat(audit.search(AuditQuery.all())).hasSize(1);
    }

    @Test
    void databaseItselfRefusesUpdateAndDeleteOfAuditRows() {
        signIn("Mette Sagsbehandler", Role.CLERK);
        createAt("2025-03-10T09:00:00Z", "Nærkøb ApS", "24256790");

        assertThatThrownBy(() -> db.tx().run(s -> s.createNativeMutationQuery(
                "UPDATE audit_event SET user_name = 'Nogen Andre'").executeUpdate()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.tx().run(s -> s.createNativeMutationQuery(
                "DELETE FROM audit_event").executeUpdate()))
                .hasMessageContaining("append-only");

        assertThat(audit.search(AuditQuery.all())).extracting(AuditRecord::userName)
                .containsExactly("Mette Sagsbehandler");
    }
}
