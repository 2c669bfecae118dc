package dk.elaas.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.identity.Actor;
import dk.elaas.audit.AuditTrail;
import dk.elaas.task.TaskKind;
import dk.elaas.task.TaskRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 point 1: a consent whose "gyldig til" has passed is expired at the moment it is shown and used, not
 * only after the hourly expiry job has run. The job never runs in these tests; time moves on a shared clock.
 */
class ExpiredConsentTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");
    private static final Set<String> GROCERIES = Set.of("DAGLIGVARER");

    /** A clock the test moves forward, as the wall clock does between the job's runs. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void toDay(LocalDate day) {
            now = day.atTime(10, 0).atZone(CPH).toInstant();
        }

        @Override public ZoneId getZone() { return CPH; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock(DAY.atTime(10, 0).atZone(CPH).toInstant());
    private ConsentWorld w;
    private UUID supplier;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, clock, CLERK);
        supplier = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER");
    }

    @AfterEach
    void close() {
        w.close();
    }

    private ConsentDetailService details() {
        return new ConsentDetailService(w.db.tx(), clock, w.grants, w.outbox, new AuditTrail(() -> CLERK, clock));
    }

    private ConsentQueryService queries() {
        return new ConsentQueryService(w.db.tx(), () -> null, clock);
    }

    private static String key(Throwable e) {
        return ((ConsentTransitionException) e).messageKey();
    }

    @Test
    void aReceivedConsentIsExpiredTheDayAfterItsLastValidDayEverywhereItIsShown() {
        UUID id = w.receivedConsent("Inger Marie Kjær", "120438-1234", supplier, GROCERIES, DAY.minusDays(5), DAY.plusDays(2));
        w.grants.grant(id, null, GROCERIES);
        clock.toDay(DAY.plusDays(3));

        assertThat(details().detail(id).status()).as("detail header and buttons").isEqualTo(ConsentStatus.EXPIRED);
        assertThat(details().detail(id).verdict()).isEqualTo(ConsentVerdict.EXPIRED);
        assertThat(queries().list("", 10)).singleElement().extracting(ConsentSummary::status)
                .isEqualTo(ConsentStatus.EXPIRED);
        assertThat(queries().search(new ConsentSearch("", null, ConsentStatus.EXPIRED, null, null, 10))).hasSize(1);
        assertThat(queries().search(new ConsentSearch("", null, ConsentStatus.RECEIVED, null, null, 10))).isEmpty();
        List<TaskRecord> tasks = w.tasks().open();
        assertThat(tasks).extracting(TaskRecord::kind).as("the grant left under it is a task; nothing says 'expiring'")
                .contains(TaskKind.GRANTS_STILL_ACTIVE).doesNotContain(TaskKind.EXPIRING);

        assertThatThrownBy(() -> w.grants.grant(id, null, GROCERIES)).as("no new grant")
                .isInstanceOf(ConsentTransitionException.class).extracting(ExpiredConsentTest::key)
                .isEqualTo("consent.error.expired");
        assertThatThrownBy(() -> w.lifecycle.withdraw(id, new Withdrawal(DAY.plusDays(3), WithdrawnBy.CITIZEN, "x")))
                .isInstanceOf(ConsentTransitionException.class).extracting(ExpiredConsentTest::key)
                .isEqualTo("consent.error.expired");
        assertThat(w.status(id)).as("the refusal stored the expiry it found").isEqualTo(ConsentStatus.EXPIRED);
        assertThat(w.db.tx().<Long>call(s -> w.grants.activeCount(s, id))).as("and ended its grants").isZero();
    }

    @Test
    void anExpiredConsentIsNeitherSentNorReceivedAndIsNotOnTheListToSend() {
        UUID notSent = w.paperConsent("Inger Marie Kjær", "120438-1234", supplier, GROCERIES, DAY.minusDays(5), DAY);
        UUID sent = w.paperConsent("Poul Erik Dahl", "010150-1236", supplier, GROCERIES, DAY.minusDays(5), DAY);
        w.lifecycle.send(sent);
        clock.toDay(DAY.plusDays(1));

        assertThat(w.tasks().open()).filteredOn(t -> t.consentId() != null).as("no 'send it' or 'not received' task for an expired consent").isEmpty();
        assertThatThrownBy(() -> w.lifecycle.send(notSent)).isInstanceOf(ConsentTransitionException.class)
                .extracting(ExpiredConsentTest::key).isEqualTo("consent.error.expired");
        assertThat(w.outbox.forConsent(notSent)).as("no mail queued").isEmpty();
        assertThatThrownBy(() -> w.lifecycle.markReceived(sent, DAY.plusDays(1), null))
                .isInstanceOf(ConsentTransitionException.class).extracting(ExpiredConsentTest::key)
                .isEqualTo("consent.error.expired");
        assertThat(w.status(sent)).isEqualTo(ConsentStatus.EXPIRED);
        assertThat(w.status(notSent)).isEqualTo(ConsentStatus.EXPIRED);
    }

    @Test
    void aConsentWhoseValidUntilHasPassedIsStoredExpiredAtIntake() {
        ConsentDraft draft = new ConsentDraft("Inger Marie Kjær", "120438-1234", "Bøgevej 14", "8000", "Aarhus C",
                null, supplier, null, null, GROCERIES, DAY.minusYears(2), DAY.minusDays(1), SignerRole.CITIZEN, null,
                DAY.minusYears(2), null, null, ConsentChannel.PAPER, null, false, null, Map.of(),
                List.of(new ConsentDraft.Document(DocumentKind.NORMALIZED_PDF, "side1.pdf", "application/pdf", 1,
                        ConsentWorld.samplePdf())));
        assertThat(w.registrations.isExpired(draft)).as("intake asks before saving it").isTrue();

        RegisteredConsent saved = w.registrations.register(draft);

        assertThat(saved.storedExpired()).isTrue();
        assertThat(w.status(saved.consentId())).isEqualTo(ConsentStatus.EXPIRED);
        assertThat(w.history(saved.consentId())).singleElement()
                .satisfies(h -> assertThat(h.getToStatus()).isEqualTo(ConsentStatus.EXPIRED));
        assertThat(w.tasks().open()).filteredOn(t -> t.consentId() != null).as("nothing asks to send it").isEmpty();
    }
}
