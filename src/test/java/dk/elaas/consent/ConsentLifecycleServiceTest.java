package dk.elaas.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.access.GrantRecord;
import dk.elaas.identity.Actor;
import dk.elaas.audit.AuditEvent;
import dk.elaas.mail.MailRecord;
import dk.elaas.mail.MailStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every lifecycle transition, the illegal ones and automatic expiry, on a real H2 file with a fixed clock. */
class ConsentLifecycleServiceTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), CPH);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");
    private static final Set<String> GROCERIES = Set.of("DAGLIGVARER");

    @TempDir
    Path dir;

    private ConsentWorld w;
    private UUID supplier;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        supplier = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER", "MEDICIN");
    }

    @AfterEach
    void close() {
        w.close();
    }

    private UUID registered() {
        return w.paperConsent("Inger Marie Kjær", "120438-1234", supplier, GROCERIES, TODAY.minusDays(5), TODAY.plusYears(1));
    }

    private ConsentLifecycleService as(String role) {
        return new ConsentLifecycleService(w.db.tx(), CLOCK, w.outbox, w.mailSettings, w.grants,
                () -> new Actor("Someone", role));
    }

    @Test
    void eachRoleMayOnlyDoItsOwnPartOfTheLifecycle() {
        UUID id = registered();
        ConsentLifecycleService supplierUser = as("SUPPLIER");
        ConsentLifecycleService fieldStaff = as("FIELD_STAFF");
        ConsentLifecycleService oejb = as("OEJB");

        for (Runnable refused : List.<Runnable>of(() -> supplierUser.send(id), () -> fieldStaff.send(id),
                () -> oejb.send(id), () -> supplierUser.withdraw(id, new Withdrawal(TODAY, WithdrawnBy.CITIZEN, "x")))) {
            assertThatThrownBy(refused::run).isInstanceOf(ConsentTransitionException.class)
                    .extracting(e -> ((ConsentTransitionException) e).messageKey()).isEqualTo("consent.error.notAllowed");
        }
        assertThat(w.status(id)).as("nothing changed").isEqualTo(ConsentStatus.REGISTERED);
        assertThat(w.outbox.forConsent(id)).as("no mail queued").isEmpty();

        w.lifecycle.send(id);
        assertThatThrownBy(() -> fieldStaff.markReceived(id, TODAY, null))
                .isInstanceOf(ConsentTransitionException.class);
        assertThat(oejb.markReceived(id, TODAY, null).status()).isEqualTo(ConsentStatus.RECEIVED);
        assertThat(fieldStaff.withdraw(id, new Withdrawal(TODAY, WithdrawnBy.EMPLOYEE_ON_BEHALF,
                "Borgeren sagde det ved besøget")).status()).isEqualTo(ConsentStatus.WITHDRAWN);
    }

    @Test
    void sendComposesTheMailAndMovesRegisteredToSentWithHistory() {
        UUID id = registered();

        LifecycleResult r = w.lifecycle.send(id);

        assertThat(r.status()).isEqualTo(ConsentStatus.SENT);
        assertThat(w.status(id)).isEqualTo(ConsentStatus.SENT);
        List<MailRecord> mails = w.outbox.forConsent(id);
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(r.mailId());
            assertThat(m.status()).isEqualTo(MailStatus.DRAFT);
            assertThat(m.recipients()).contains("Systemejerskab-datasikkerhed@mso.aarhus.dk").contains("he@ostbv.dk");
        });
        assertThat(w.history(id)).extracting(ConsentStatusChange::getToStatus)
                .containsExactly(ConsentStatus.REGISTERED, ConsentStatus.SENT);
        assertThat(w.history(id).get(1).getChangedBy()).isEqualTo("Mette Sagsbehandler");
        w.db.tx().run(s -> {
            Consent c = s.find(Consent.class, id);
            assertThat(c.getSentBy()).isEqualTo("Mette Sagsbehandler");
            assertThat(c.getSentAt()).isEqualTo(CLOCK.instant());
            List<AuditEvent> audit = s.createSelectionQuery("from AuditEvent e where e.entityId = :id", AuditEvent.class)
                    .setParameter("id", id.toString()).getResultList();
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.getAction()).isEqualTo("UPDATE");
                assertThat(e.getDetails()).contains("status: \"REGISTERED\" → \"SENT\"");
            });
        });
    }

    @Test
    void markReceivedRecordsDateAndWhoAndAllowsAccess() {
        UUID id = registered();
        w.lifecycle.send(id);
        assertThatThrownBy(() -> w.grants.grant(id, null, GROCERIES))
                .as("no access before ØJB has the consent")
                .isInstanceOf(ConsentTransitionException.class)
                .extracting(e -> ((ConsentTransitionException) e).messageKey()).isEqualTo("access.error.notReceived");

        LifecycleResult r = w.lifecycle.markReceived(id, TODAY.minusDays(1), "Hasse Eriksen");

        assertThat(r.status()).isEqualTo(ConsentStatus.RECEIVED);
        w.db.tx().run(s -> {
            Consent c = s.find(Consent.class, id);
            assertThat(c.getReceivedOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(c.getReceivedBy()).isEqualTo("Hasse Eriksen");
        });
        assertThat(w.grants.grant(id, null, GROCERIES).active()).isTrue();
    }

    @Test
    void withdrawalOnTheCitizensBehalfEndsEveryActiveGrant() {
        UUID id = w.receivedConsent("Poul Erik Damgaard", "030241-2345", supplier, Set.of("DAGLIGVARER", "MEDICIN"),
                TODAY.minusDays(30), null);
        w.grants.grant(id, null, GROCERIES);
        w.grants.grant(id, null, Set.of("MEDICIN"));

        LifecycleResult r = w.lifecycle.withdraw(id, new Withdrawal(TODAY, WithdrawnBy.EMPLOYEE_ON_BEHALF,
                "Borgeren ringede og ønsker ikke længere levering"));

        assertThat(r.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(r.grantsEnded()).isEqualTo(2);
        assertThat(w.grants.forConsent(id)).hasSize(2).allSatisfy(g -> {
            assertThat(g.active()).isFalse();
            assertThat(g.revokedAt()).isEqualTo(CLOCK.instant());
            assertThat(g.revokeReason()).contains("ønsker ikke længere levering");
        });
        w.db.tx().run(s -> {
            Consent c = s.find(Consent.class, id);
            assertThat(c.getWithdrawnOn()).isEqualTo(TODAY);
            assertThat(c.getWithdrawnByKind()).isEqualTo(WithdrawnBy.EMPLOYEE_ON_BEHALF);
            assertThat(c.getWithdrawnBy()).isEqualTo("Mette Sagsbehandler");
            assertThat(c.getStatusReason()).isEqualTo("Borgeren ringede og ønsker ikke længere levering");
        });
        assertThat(w.history(id)).last().satisfies(h -> {
            assertThat(h.getFromStatus()).isEqualTo(ConsentStatus.RECEIVED);
            assertThat(h.getToStatus()).isEqualTo(ConsentStatus.WITHDRAWN);
            assertThat(h.getReason()).contains("ønsker ikke længere");
        });
    }

    @Test
    void withdrawalIsPossibleFromRegisteredAndSentToo() {
        UUID registered = registered();
        UUID sent = w.paperConsent("Karen Sørensen", "170945-3456", supplier, GROCERIES, TODAY, null);
        w.lifecycle.send(sent);
        w.lifecycle.withdraw(registered, new Withdrawal(TODAY, WithdrawnBy.CITIZEN, "Fortrudt"));
        w.lifecycle.withdraw(sent, new Withdrawal(TODAY, WithdrawnBy.CITIZEN, "Fortrudt"));
        assertThat(w.status(registered)).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(w.status(sent)).isEqualTo(ConsentStatus.WITHDRAWN);
    }

    @Test
    void withdrawalWithoutReasonOrWithAFutureDateIsRefusedAndChangesNothing() {
        UUID id = registered();
        assertThatThrownBy(() -> w.lifecycle.withdraw(id, new Withdrawal(TODAY, WithdrawnBy.CITIZEN, "  ")))
                .extracting(e -> ((ConsentTransitionException) e).messageKey()).isEqualTo("consent.error.reasonRequired");
        assertThatThrownBy(() -> w.lifecycle.withdraw(id, new Withdrawal(TODAY.plusDays(1), WithdrawnBy.CITIZEN, "x")))
                .extracting(e -> ((ConsentTransitionException) e).messageKey()).isEqualTo("consent.error.withdrawnDate");
        assertThat(w.status(id)).isEqualTo(ConsentStatus.REGISTERED);
        assertThat(w.history(id)).hasSize(1);
    }

    @Test
    void illegalTransitionsThrowWithADanishMessageKeyAndChangeNothing() {
        UUID registered = registered();
        assertThatThrownBy(() -> w.lifecycle.markReceived(registered, TODAY, "Hasse"))
                .as("a paper consent must be sent before ØJB can have received it")
                .isInstanceOf(ConsentTransitionException.class)
                .extracting(e -> ((ConsentTransitionException) e).messageKey()).isEqualTo("consent.error.transition");

        UUID received = w.receivedConsent("Karen Sørensen", "170945-3456", supplier, GROCERIES, TODAY, null);
        assertThatThrownBy(() -> w.lifecycle.send(received))
                .as("received cannot go back to sent")
                .extracting(e -> ((ConsentTransitionException) e).messageKey()).isEqualTo("consent.error.transition");
        assertThat(w.outbox.forConsent(received)).hasSize(1);

        w.lifecycle.withdraw(received, new Withdrawal(TODAY, WithdrawnBy.CITIZEN, "Flytter på plejehjem"));
        assertThatThrownBy(() -> w.lifecycle.withdraw(received, new Withdrawal(TODAY, WithdrawnBy.CITIZEN, "igen")))
                .extracting(e -> ((ConsentTransitionException) e).messageKey()).isEqualTo("consent.error.final");
        assertThatThrownBy(() -> w.lifecycle.markReceived(received, TODAY, "Hasse"))
                .extracting(e -> ((ConsentTransitionException) e).messageKey()).isEqualTo("consent.error.final");
        assertThatThrownBy(() -> w.lifecycle.send(received))
                .extracting(e -> ((ConsentTransitionException) e).messageKey()).isEqualTo("consent.error.final");
        assertThat(w.status(received)).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(w.history(received)).extracting(ConsentStatusChange::getToStatus).containsExactly(
                ConsentStatus.REGISTERED, ConsentStatus.SENT, ConsentStatus.RECEIVED, ConsentStatus.WITHDRAWN);
    }

    @Test
    void expiryHappensByItselfTheDayAfterValidUntilAndEndsGrants() {
        UUID lastDayToday = w.receivedConsent("Inger Marie Kjær", "120438-1234", supplier, GROCERIES,
                TODAY.minusYears(1), TODAY);
        UUID endedYesterday = w.receivedConsent("Bent Østergaard", "290236-1567", supplier, GROCERIES,
                TODAY.minusYears(1), TODAY.plusDays(1));
        UUID sentEnded = w.paperConsent("Ruth Nielsen", "081150-2678", supplier, GROCERIES, TODAY.minusYears(1),
                TODAY.plusDays(1));
        w.lifecycle.send(sentEnded);
        UUID untilWithdrawn = w.receivedConsent("Aage Laursen", "220833-3789", supplier, GROCERIES, TODAY.minusYears(2), null);
        GrantRecord grant = w.grants.grant(endedYesterday, null, GROCERIES);
        w.lastValidDay(endedYesterday, TODAY.minusDays(1));
        w.lastValidDay(sentEnded, TODAY.minusDays(10));

        ExpiryRun run = w.lifecycle.expireDue();

        assertThat(run.expired()).containsExactlyInAnyOrder(endedYesterday, sentEnded);
        assertThat(run.grantsEnded()).isEqualTo(1);
        assertThat(w.status(lastDayToday)).as("valid until is the last valid day").isEqualTo(ConsentStatus.RECEIVED);
        assertThat(w.status(untilWithdrawn)).isEqualTo(ConsentStatus.RECEIVED);
        assertThat(w.status(endedYesterday)).isEqualTo(ConsentStatus.EXPIRED);
        assertThat(w.grants.forConsent(endedYesterday)).singleElement()
                .satisfies(g -> assertThat(g.id()).isEqualTo(grant.id()))
                .satisfies(g -> assertThat(g.active()).isFalse());
        assertThat(w.history(endedYesterday)).last().satisfies(h -> {
            assertThat(h.getToStatus()).isEqualTo(ConsentStatus.EXPIRED);
            assertThat(h.getChangedBy()).isEqualTo(ConsentLifecycleService.SYSTEM_ACTOR);
        });
        assertThat(w.lifecycle.expireDue().expired()).as("a second run finds nothing").isEmpty();
        assertThatThrownBy(() -> w.lifecycle.withdraw(endedYesterday, new Withdrawal(TODAY, WithdrawnBy.CITIZEN, "x")))
                .extracting(e -> ((ConsentTransitionException) e).messageKey()).isEqualTo("consent.error.expired");
    }

    @Test
    void aNewerConsentReceivedByOejbSupersedesTheOlderOneAndKeepsCoveredGrants() {
        UUID older = w.receivedConsent("Inger Marie Kjær", "120438-1234", supplier, Set.of("DAGLIGVARER", "MEDICIN"),
                TODAY.minusYears(1), null);
        GrantRecord groceries = w.grants.grant(older, null, GROCERIES);
        GrantRecord medicine = w.grants.grant(older, null, Set.of("MEDICIN"));
        UUID newer = w.paperConsent("Inger Marie Kjær", "120438-1234", supplier, GROCERIES, TODAY.minusDays(2), null);
        w.lifecycle.send(newer);
        assertThat(w.status(older)).as("until ØJB has the new one, the old one stands").isEqualTo(ConsentStatus.RECEIVED);

        LifecycleResult r = w.lifecycle.markReceived(newer, TODAY, "Hasse Eriksen");

        assertThat(r.superseded()).containsExactly(older);
        assertThat(r.grantsEnded()).as("medicine is not in the new consent").isEqualTo(1);
        assertThat(w.status(older)).isEqualTo(ConsentStatus.WITHDRAWN);
        w.db.tx().run(s -> {
            Consent c = s.find(Consent.class, older);
            assertThat(c.getSupersededBy()).isEqualTo(newer);
            assertThat(c.getWithdrawnByKind()).isEqualTo(WithdrawnBy.SUPERSEDED);
        });
        assertThat(w.grants.forConsent(newer)).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo(groceries.id());
            assertThat(g.active()).isTrue();
        });
        assertThat(w.grants.forConsent(older)).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo(medicine.id());
            assertThat(g.active()).isFalse();
        });
    }

    @Test
    void aMitIdConsentCanBeMarkedReceivedWithoutBeingSentByUs() {
        UUID id = w.registrations.register(new ConsentDraft("Grethe Bach", "050547-0890", null, null, null, null,
                supplier, null, null, GROCERIES, TODAY, null, SignerRole.CITIZEN, null, TODAY, null, null,
                ConsentChannel.MITID, "MITID-2026-000123", false, null, null, List.of())).consentId();
        w.lifecycle.markReceived(id, TODAY, null);
        assertThat(w.status(id)).isEqualTo(ConsentStatus.RECEIVED);
        w.db.tx().run(s -> assertThat(s.find(Consent.class, id).getReceivedBy()).isEqualTo("Mette Sagsbehandler"));
    }

    @Test
    void aPaperConsentWithoutStoredPdfCannotBeSent() {
        UUID id = w.db.tx().call(s -> {
            dk.elaas.citizen.Citizen citizen = new dk.elaas.citizen.Citizen("Svend Aage Møller", "311239-1901");
            s.persist(citizen);
            Consent c = new Consent(citizen, s.find(dk.elaas.supplier.Supplier.class, supplier));
            c.setServices(GROCERIES);
            s.persist(c);
            return c.getId();
        });
        assertThatThrownBy(() -> w.lifecycle.send(id))
                .extracting(e -> ((ConsentTransitionException) e).messageKey()).isEqualTo("consent.error.noDocument");
        assertThat(w.status(id)).isEqualTo(ConsentStatus.REGISTERED);
        assertThat(w.outbox.forConsent(id)).isEmpty();
    }
}
