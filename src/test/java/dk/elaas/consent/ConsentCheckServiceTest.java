package dk.elaas.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.audit.AuditEvent;
import dk.elaas.audit.AuditTrail;
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

/** "May this supplier enter?" per supplier, the register's search and the audited full CPR, on real H2. */
class ConsentCheckServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld w;
    private ConsentCheckService check;
    private UUID groceries;
    private UUID pharmacy;
    private UUID laundry;
    private UUID meals;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        check = new ConsentCheckService(w.db.tx(), CLOCK);
        groceries = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        pharmacy = w.supplier("Apoteksbudet Østjylland A/S", "93478878", "MEDICIN");
        laundry = w.supplier("Rent Vasketøj I/S", "44125242", "TOEJVASK");
        meals = w.supplier("Smag & Omsorg Madservice ApS", "18838737", "MADSERVICE");
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void answersPerSupplierValidUntilWhenAndWhyNot() {
        String cpr = "120438-1234";
        w.receivedConsent("Inger Marie Kjær", cpr, groceries, Set.of("DAGLIGVARER"), TODAY.minusMonths(2), TODAY.plusMonths(10));
        UUID sent = w.paperConsent("Inger Marie Kjær", cpr, pharmacy, Set.of("MEDICIN"), TODAY.minusDays(4), null);
        w.lifecycle.send(sent);
        UUID withdrawn = w.receivedConsent("Inger Marie Kjær", cpr, laundry, Set.of("TOEJVASK"), TODAY.minusYears(1), null);
        w.lifecycle.withdraw(withdrawn, new Withdrawal(TODAY.minusDays(1), WithdrawnBy.CITIZEN, "Vasker selv"));
        UUID meal = w.receivedConsent("Inger Marie Kjær", cpr, meals, Set.of("MADSERVICE"), TODAY.minusYears(2), TODAY);
        w.lastValidDay(meal, TODAY.minusDays(2));

        ConsentCheck answer = check.check("1204381234");

        assertThat(answer.citizens()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Inger Marie Kjær");
            assertThat(c.maskedCpr()).isEqualTo("120438-xxxx");
            assertThat(c.suppliers()).extracting(ConsentCheck.SupplierLine::supplierName, ConsentCheck.SupplierLine::verdict)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Apoteksbudet Østjylland A/S", ConsentVerdict.SENT_NOT_RECEIVED),
                            org.assertj.core.groups.Tuple.tuple("Nærkøb Levering ApS", ConsentVerdict.VALID),
                            org.assertj.core.groups.Tuple.tuple("Rent Vasketøj I/S", ConsentVerdict.WITHDRAWN),
                            org.assertj.core.groups.Tuple.tuple("Smag & Omsorg Madservice ApS", ConsentVerdict.EXPIRED));
            ConsentCheck.SupplierLine valid = c.suppliers().get(1);
            assertThat(valid.valid()).isTrue();
            assertThat(valid.validUntil()).isEqualTo(TODAY.plusMonths(10));
            assertThat(valid.services()).containsExactly("DAGLIGVARER");
            ConsentCheck.SupplierLine gone = c.suppliers().get(2);
            assertThat(gone.reasonDate()).isEqualTo(TODAY.minusDays(1));
            assertThat(gone.reason()).isEqualTo("Vasker selv");
            assertThat(c.suppliers().get(3).status()).as("expired by date even before the daily run")
                    .isEqualTo(ConsentStatus.EXPIRED);
        });
        assertThat(ConsentCheck.DOOR_ENTRY_NEEDS_NO_CONSENT).isTrue();
    }

    @Test
    void aValidConsentWinsOverANewerOneStillOnItsWay() {
        w.receivedConsent("Karen Sørensen", "170945-3456", groceries, Set.of("DAGLIGVARER"), TODAY.minusYears(1), null);
        w.paperConsent("Karen Sørensen", "170945-3456", groceries, Set.of("DAGLIGVARER"), TODAY, null);

        ConsentCheck.SupplierLine line = check.check("karen").citizens().get(0).suppliers().get(0);

        assertThat(line.verdict()).isEqualTo(ConsentVerdict.VALID);
    }

    @Test
    void unknownCitizenGivesAnEmptyAnswer() {
        assertThat(check.check("010101-0101").citizens()).isEmpty();
        assertThat(check.check("  ").citizens()).isEmpty();
    }

    @Test
    void registerSearchFindsByCprPrefixNameSupplierStatusAndExpiryRangeWithCprMasked() {
        UUID a = w.receivedConsent("Inger Marie Kjær", "120438-1234", groceries, Set.of("DAGLIGVARER"), TODAY, TODAY.plusDays(20));
        UUID b = w.paperConsent("Poul Erik Damgaard", "030241-2345", pharmacy, Set.of("MEDICIN"), TODAY, TODAY.plusYears(1));
        ConsentQueryService q = new ConsentQueryService(w.db.tx(), () -> null, w.clock);

        assertThat(q.search(ConsentSearch.text("120438", 50))).extracting(ConsentSummary::id).containsExactly(a);
        assertThat(q.search(ConsentSearch.text("1204381234", 50))).extracting(ConsentSummary::id).containsExactly(a);
        assertThat(q.search(ConsentSearch.text("damgaard", 50))).extracting(ConsentSummary::id).containsExactly(b);
        assertThat(q.search(ConsentSearch.text("apoteks", 50))).extracting(ConsentSummary::id).containsExactly(b);
        assertThat(q.search(new ConsentSearch(null, null, ConsentStatus.RECEIVED, null, null, 50)))
                .extracting(ConsentSummary::id).containsExactly(a);
        assertThat(q.search(new ConsentSearch(null, pharmacy, null, null, null, 50)))
                .extracting(ConsentSummary::id).containsExactly(b);
        assertThat(q.search(new ConsentSearch("", null, null, TODAY, TODAY.plusDays(30), 50)))
                .extracting(ConsentSummary::id).containsExactly(a);
        assertThat(q.search(ConsentSearch.text("", 50))).extracting(ConsentSummary::maskedCpr)
                .containsExactlyInAnyOrder("120438-xxxx", "030241-xxxx");
    }

    @Test
    void detailShowsHistoryGrantsAndMailsAndTheFullCprOnlyWithAnAuditedView() {
        UUID id = w.receivedConsent("Inger Marie Kjær", "120438-1234", groceries, Set.of("DAGLIGVARER"), TODAY, null);
        w.grants.grant(id, null, Set.of("DAGLIGVARER"));
        ConsentDetailService details = new ConsentDetailService(w.db.tx(), CLOCK, w.grants, w.outbox,
                new AuditTrail(() -> CLERK, CLOCK));

        ConsentDetail d = details.detail(id);

        assertThat(d.maskedCpr()).isEqualTo("120438-xxxx");
        assertThat(d.verdict()).isEqualTo(ConsentVerdict.VALID);
        assertThat(d.history()).extracting(ConsentDetail.History::to)
                .containsExactly(ConsentStatus.REGISTERED, ConsentStatus.SENT, ConsentStatus.RECEIVED);
        assertThat(d.receivedBy()).isEqualTo("Hasse Eriksen");
        assertThat(d.grants()).singleElement().satisfies(g -> assertThat(g.active()).isTrue());
        assertThat(d.mails()).hasSize(1);
        assertThat(d.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.kind()).isEqualTo(DocumentKind.NORMALIZED_PDF);
            assertThat(details.document(doc.id())).isEqualTo(ConsentWorld.samplePdf());
        });
        long viewsBefore = views();

        assertThat(details.revealCpr(id)).isEqualTo("120438-1234");

        assertThat(views()).isEqualTo(viewsBefore + 1);
        w.db.tx().run(s -> assertThat(s.createSelectionQuery("from AuditEvent e where e.action = 'VIEW'", AuditEvent.class)
                .getSingleResult()).satisfies(e -> {
                    assertThat(e.getUserName()).isEqualTo("Mette Sagsbehandler");
                    assertThat(e.getEntityType()).isEqualTo("Citizen");
                    assertThat(e.getRecordLabel()).isEqualTo("Inger Marie Kjær");
                    assertThat(e.getChangedFields()).startsWith("cpr");
                }));
    }

    @Test
    void aSupplierUserSeesOnlyTheirOwnCompanysConsentsWhateverTheSearch() {
        UUID own = w.receivedConsent("Inger Marie Kjær", "120438-1234", groceries, Set.of("DAGLIGVARER"), TODAY, null);
        UUID other = w.receivedConsent("Inger Marie Kjær", "120438-1234", pharmacy, Set.of("MEDICIN"), TODAY, null);
        java.util.function.Supplier<UUID> asGroceries = () -> groceries;

        assertThat(new ConsentQueryService(w.db.tx(), asGroceries).search(ConsentSearch.text("120438", 50)))
                .extracting(ConsentSummary::id).containsExactly(own);
        assertThat(new ConsentQueryService(w.db.tx(), asGroceries).search(new ConsentSearch(null, pharmacy, null, null,
                null, 50))).extracting(ConsentSummary::id).containsExactly(own);
        assertThat(new ConsentCheckService(w.db.tx(), CLOCK, asGroceries).check("120438-1234").citizens().get(0).suppliers())
                .extracting(ConsentCheck.SupplierLine::supplierId).containsExactly(groceries);
        ConsentDetailService details = new ConsentDetailService(w.db.tx(), CLOCK, w.grants, w.outbox,
                new AuditTrail(() -> CLERK, CLOCK), asGroceries);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> details.revealCpr(other))
                .isInstanceOf(ConsentTransitionException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> details.detail(other))
                .isInstanceOf(ConsentTransitionException.class);
        assertThat(views()).as("a refused look is not a view").isZero();
    }

    private long views() {
        return w.db.tx().call(s -> s.createSelectionQuery("select count(*) from AuditEvent e where e.action = 'VIEW'",
                Long.class).getSingleResult());
    }
}
