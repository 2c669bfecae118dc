package dk.elaas.task;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.Withdrawal;
import dk.elaas.consent.WithdrawnBy;
import dk.elaas.settings.SettingsService;
import dk.elaas.supplier.SupplierService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clerk's task list from real data: each task appears with its cause and disappears with it. */
class TaskServiceTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;

    private ConsentWorld w;
    private TaskService tasks;
    private TaskSettings settings;
    private UUID supplier;

    private void open(Clock clock) {
        w = ConsentWorld.h2(dir, clock, new Actor("Mette", "CLERK"));
        settings = new TaskSettings(new SettingsService(w.db.tx(), () -> dk.elaas.identity.Actor.SYSTEM));
        tasks = w.tasks();
        supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        w.db.tx().run(s -> s.find(dk.elaas.supplier.Supplier.class, supplier).setLastAccessReviewOn(TODAY.minusMonths(2)));
    }

    @BeforeEach
    void start() {
        open(Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), CPH));
    }

    @AfterEach
    void close() {
        w.close();
    }

    private static long of(java.util.List<TaskRecord> list, TaskKind kind) {
        return list.stream().filter(t -> t.kind() == kind).count();
    }

    @Test
    void listsExpiringNotSentAndGrantsAfterWithdrawalAndClearsThemWhenDone() {
        UUID expiring = w.receivedConsent("Inger Marie Kjær", "120438-1234", supplier, Set.of("DAGLIGVARER"),
                TODAY.minusYears(1), TODAY.plusDays(30));
        w.receivedConsent("Karen Sørensen", "170945-3456", supplier, Set.of("DAGLIGVARER"), TODAY.minusYears(1),
                TODAY.plusDays(31));
        UUID notSent = w.paperConsent("Bent Østergaard", "290236-1567", supplier, Set.of("DAGLIGVARER"), TODAY, null);

        assertThat(tasks.open()).extracting(TaskRecord::kind, TaskRecord::consentId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TaskKind.EXPIRING, expiring),
                org.assertj.core.groups.Tuple.tuple(TaskKind.NOT_SENT, notSent));

        settings.save(31, 7);
        assertThat(of(tasks.open(), TaskKind.EXPIRING)).as("N is a setting").isEqualTo(2);

        w.lifecycle.send(notSent);
        assertThat(of(tasks.open(), TaskKind.NOT_SENT)).isZero();
        assertThat(of(tasks.open(), TaskKind.NOT_RECEIVED)).as("just sent: not yet overdue").isZero();
    }

    @Test
    void sentButNotReceivedAfterNDaysAndGrantsStillActiveAfterExpiry() throws Exception {
        UUID sent = w.paperConsent("Bent Østergaard", "290236-1567", supplier, Set.of("DAGLIGVARER"), TODAY, null);
        w.lifecycle.send(sent);
        UUID lapsing = w.receivedConsent("Inger Marie Kjær", "120438-1234", supplier, Set.of("DAGLIGVARER"),
                TODAY.minusYears(1), TODAY.plusDays(3));
        w.grants.grant(lapsing, null, Set.of("DAGLIGVARER"));
        w.close();

        // Eight days later, on the same database: the sent one is overdue, the other lapsed.
        Clock later = Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), CPH);
        w = new ConsentWorld(dk.elaas.testsupport.TestDatabases.h2(dir.resolve("db"), () -> new Actor("Mette", "CLERK"), later),
                later, dir.resolve("mail"), new Actor("Mette", "CLERK"));
        tasks = w.tasks();
        assertThat(tasks.open()).filteredOn(t -> t.kind() == TaskKind.NOT_RECEIVED).singleElement()
                .satisfies(t -> assertThat(t.consentId()).isEqualTo(sent))
                .satisfies(t -> assertThat(t.date()).isEqualTo(TODAY));

        // A consent withdrawn while a grant was left behind (e.g. synced from another PC) is a task.
        w.db.tx().run(s -> s.createMutationQuery("update Consent c set c.status = 'WITHDRAWN' where c.id = :id")
                .setParameter("id", lapsing).executeUpdate());
        assertThat(tasks.open()).filteredOn(t -> t.kind() == TaskKind.GRANTS_STILL_ACTIVE).singleElement()
                .satisfies(t -> assertThat(t.consentId()).isEqualTo(lapsing))
                .satisfies(t -> assertThat(t.count()).isEqualTo(1));
    }

    @Test
    void yearlyAccessReviewIsStillListed() {
        w.db.tx().run(s -> s.find(dk.elaas.supplier.Supplier.class, supplier).setLastAccessReviewOn(TODAY.minusMonths(13)));
        assertThat(tasks.open()).extracting(TaskRecord::kind).containsExactly(TaskKind.ACCESS_REVIEW);
        assertThat(tasks.count()).isEqualTo(1);
    }
}
