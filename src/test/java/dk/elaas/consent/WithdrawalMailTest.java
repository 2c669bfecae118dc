package dk.elaas.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.mail.MailRecord;
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

/** Issue 16 point 2: a withdrawal tells ØJB and the system owner to remove the access in Phoniro. */
class WithdrawalMailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld w;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void withdrawingAReceivedConsentQueuesTheMailToOejbAndTheSystemOwnerToRemoveThePhoniroAccess() {
        UUID supplier = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER");
        UUID id = w.receivedConsent("Inger Marie Kjær", "120438-1234", supplier, Set.of("DAGLIGVARER"),
                TODAY.minusDays(20), TODAY.plusYears(1));
        w.grants.grant(id, null, Set.of("DAGLIGVARER"));

        LifecycleResult r = w.lifecycle.withdraw(id, new Withdrawal(TODAY, WithdrawnBy.CITIZEN, "Vil selv handle ind"));

        assertThat(r.mailId()).as("the draft is on the consent like the other mails").isNotNull();
        MailRecord mail = w.outbox.forConsent(id).stream().filter(m -> m.id().equals(r.mailId())).findFirst().orElseThrow();
        assertThat(mail.kind()).isEqualTo(ConsentMail.WITHDRAWAL_KIND);
        assertThat(mail.subject()).contains("fjern adgang i Phoniro").contains("Inger Marie Kjær");
        for (String to : w.mailSettings.oejb()) {
            assertThat(mail.recipients()).contains(to);
        }
        for (String to : w.mailSettings.systemOwner()) {
            assertThat(mail.recipients()).contains(to);
        }
    }

    /** Issue 16.2: the withdrawal stays on the task list until someone records that ØJB removed the access. */
    @Test
    void aTaskWaitsUntilOejbHasConfirmedTheAccessIsRemoved() {
        UUID supplier = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER");
        UUID id = w.receivedConsent("Inger Marie Kjær", "120438-1234", supplier, Set.of("DAGLIGVARER"),
                TODAY.minusDays(20), TODAY.plusYears(1));
        w.lifecycle.withdraw(id, new Withdrawal(TODAY.minusDays(1), WithdrawnBy.CITIZEN, "Vil selv handle ind"));

        assertThat(w.tasks().open()).filteredOn(t -> t.kind() == dk.elaas.task.TaskKind.ACCESS_REMOVAL_UNCONFIRMED)
                .singleElement().satisfies(t -> {
                    assertThat(t.consentId()).isEqualTo(id);
                    assertThat(t.citizenName()).isEqualTo("Inger Marie Kjær");
                    assertThat(t.date()).isEqualTo(TODAY.minusDays(1));
                });

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> w.lifecycle.confirmAccessRemoved(id, TODAY.minusDays(2), "Hasse Eriksen"))
                .as("before the withdrawal").isInstanceOfSatisfying(ConsentTransitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consent.error.removedDate"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> w.lifecycle.confirmAccessRemoved(id, TODAY.plusDays(1), "Hasse Eriksen"))
                .isInstanceOf(ConsentTransitionException.class);
        assertThat(w.tasks().open()).anyMatch(t -> t.kind() == dk.elaas.task.TaskKind.ACCESS_REMOVAL_UNCONFIRMED);

        w.lifecycle.confirmAccessRemoved(id, TODAY, "Hasse Eriksen, ØJB");

        assertThat(w.tasks().open()).noneMatch(t -> t.kind() == dk.elaas.task.TaskKind.ACCESS_REMOVAL_UNCONFIRMED);
        Consent c = w.db.tx().call(s -> s.find(Consent.class, id));
        assertThat(c.getAccessRemovedOn()).isEqualTo(TODAY);
        assertThat(c.getAccessRemovedBy()).isEqualTo("Hasse Eriksen, ØJB");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.lifecycle.confirmAccessRemoved(id, TODAY, null))
                .isInstanceOfSatisfying(ConsentTransitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consent.error.removedAlready"));
    }

    @Test
    void aConsentReplacedByANewerOneMakesNoRemovalTaskAndAnOpenOneCannotBeConfirmed() {
        UUID supplier = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER");
        UUID older = w.receivedConsent("Inger Marie Kjær", "120438-1234", supplier, Set.of("DAGLIGVARER"),
                TODAY.minusDays(40), null);
        UUID newer = w.receivedConsent("Inger Marie Kjær", "120438-1234", supplier, Set.of("DAGLIGVARER"),
                TODAY.minusDays(2), null);
        assertThat(w.status(older)).isEqualTo(ConsentStatus.WITHDRAWN);

        assertThat(w.tasks().open()).noneMatch(t -> t.kind() == dk.elaas.task.TaskKind.ACCESS_REMOVAL_UNCONFIRMED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.lifecycle.confirmAccessRemoved(newer, TODAY, null))
                .isInstanceOfSatisfying(ConsentTransitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consent.error.removedNotWithdrawn"));
    }
}
