package dk.elaas.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.audit.AuditTrail;
import dk.elaas.common.persistence.Database;
import dk.elaas.settings.SettingsService;
import dk.elaas.supplier.SupplierService;
import dk.elaas.task.TaskKind;
import dk.elaas.task.TaskRecord;
import dk.elaas.task.TaskService;
import dk.elaas.task.TaskSettings;
import dk.elaas.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The central database runs the same V003 migration and the same queries: the whole lifecycle, the answer,
 * the register search, the task list and the audited CPR view on a real PostgreSQL.
 */
class ConsentLifecyclePostgresIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");

    @TempDir
    Path dir;

    @Test
    void lifecycleAnswerSearchTasksAndCprViewOnPostgresql() throws Exception {
        Database.Config config = TestDatabases.postgresSchema();
        try (Database db = TestDatabases.start(config, () -> CLERK, CLOCK);
             ConsentWorld w = new ConsentWorld(db, CLOCK, dir, CLERK)) {
            UUID supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER", "MEDICIN");
            UUID older = w.receivedConsent("Inger Marie Kjær", "120438-1234", supplier, Set.of("DAGLIGVARER", "MEDICIN"),
                    TODAY.minusYears(1), null);
            w.grants.grant(older, null, Set.of("DAGLIGVARER"));
            UUID newer = w.paperConsent("Inger Marie Kjær", "120438-1234", supplier, Set.of("DAGLIGVARER"),
                    TODAY.minusDays(1), TODAY.plusDays(10));
            w.lifecycle.send(newer);
            assertThat(w.lifecycle.markReceived(newer, TODAY, "Hasse Eriksen").superseded()).containsExactly(older);
            UUID lapsed = w.receivedConsent("Karen Sørensen", "170945-3456", supplier, Set.of("MEDICIN"),
                    TODAY.minusYears(1), TODAY);
            w.lastValidDay(lapsed, TODAY.minusDays(1)); // time has passed since ØJB received it
            assertThat(w.lifecycle.expireDue().expired()).containsExactly(lapsed);
            assertThat(w.lifecycle.withdraw(newer, new Withdrawal(TODAY, WithdrawnBy.CITIZEN, "Flytter")).grantsEnded())
                    .as("the grant moved to the newer consent and ends with it").isEqualTo(1);

            ConsentCheck answer = new ConsentCheckService(db.tx(), CLOCK).check("120438-1234");
            assertThat(answer.citizens().get(0).suppliers()).singleElement()
                    .satisfies(l -> assertThat(l.verdict()).isEqualTo(ConsentVerdict.WITHDRAWN));
            assertThat(new ConsentQueryService(db.tx()).search(ConsentSearch.text("kjær", 10))).hasSize(2);
            assertThat(new ConsentQueryService(db.tx()).search(
                    new ConsentSearch("120438", null, ConsentStatus.WITHDRAWN, null, null, 10))).hasSize(2);

            UUID pending = w.paperConsent("Bent Østergaard", "290236-1567", supplier, Set.of("MEDICIN"), TODAY, null);
            TaskService tasks = w.tasks();
            assertThat(tasks.open()).extracting(TaskRecord::kind, TaskRecord::consentId)
                    .contains(org.assertj.core.groups.Tuple.tuple(TaskKind.NOT_SENT, pending));

            ConsentDetailService details = new ConsentDetailService(db.tx(), CLOCK, w.grants, w.outbox,
                    new AuditTrail(() -> CLERK, CLOCK));
            assertThat(details.detail(newer).history()).hasSize(4);
            assertThat(details.revealCpr(newer)).isEqualTo("120438-1234");
            long views = db.tx().call(s -> s.createSelectionQuery(
                    "select count(*) from AuditEvent e where e.action = 'VIEW'", Long.class).getSingleResult());
            assertThat(views).isEqualTo(1);
        } finally {
            TestDatabases.dropPostgresSchema(config.schema());
        }
    }
}
