package dk.elaas.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.identity.Actor;
import dk.elaas.audit.AuditQuery;
import dk.elaas.audit.AuditRecord;
import dk.elaas.audit.AuditService;
import dk.elaas.common.validation.InvalidInputException;
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

/** "Ret…" on a real H2 file: one transaction, registration's rules, final states refused, optimistic locking. */
class ConsentCorrectionServiceTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), CPH);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld w;
    private ConsentCorrectionService corrections;
    private UUID supplier;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        corrections = new ConsentCorrectionService(w.db.tx(), CLOCK, CLERK::name);
        supplier = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER", "MEDICIN");
    }

    @AfterEach
    void close() {
        w.close();
    }

    private UUID registered() {
        return w.paperConsent("Inger Marie Kjær", "120438-1234", supplier, Set.of("DAGLIGVARER"), TODAY.minusDays(5),
                TODAY.plusYears(1));
    }

    private Consent load(UUID id) {
        return w.db.tx().call(s -> s.find(Consent.class, id));
    }

    private long version(UUID id) {
        return load(id).getVersion();
    }

    private static ConsentCorrection fix(LocalDate validUntil, Set<String> services) {
        return new ConsentCorrection(services, TODAY.minusDays(5), validUntil, SignerRole.REPRESENTATIVE, " Jens Kjær ",
                TODAY.minusDays(5), "Lars Gravesen", CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE, true);
    }

    @Test
    void correctsTheConsentsOwnFieldsAndKeepsTheReasonInTheHistory() {
        UUID id = registered();

        CorrectionResult r = corrections.correct(id, version(id), fix(TODAY.plusYears(2), Set.of("DAGLIGVARER", "MEDICIN")),
                "Gyldig til var læst forkert af OCR");

        Consent c = load(id);
        assertThat(c.getValidUntil()).isEqualTo(TODAY.plusYears(2));
        assertThat(c.getServices()).containsExactly("DAGLIGVARER", "MEDICIN");
        assertThat(c.getSignerRole()).isEqualTo(SignerRole.REPRESENTATIVE);
        assertThat(c.getRepresentativeName()).isEqualTo("Jens Kjær");
        assertThat(c.isCopyRequested()).isTrue();
        assertThat(c.getStatus()).isEqualTo(ConsentStatus.REGISTERED);
        assertThat(r.changedFields()).containsExactly("services", "validUntil", "signerRole", "representativeName",
                "copyRequested");
        ConsentStatusChange last = w.history(id).get(w.history(id).size() - 1);
        assertThat(last.getFromStatus()).isEqualTo(ConsentStatus.REGISTERED);
        assertThat(last.getToStatus()).isEqualTo(ConsentStatus.REGISTERED);
        assertThat(last.getChangedBy()).isEqualTo("Mette Sagsbehandler");
        assertThat(last.getReason()).startsWith(ConsentCorrectionService.HISTORY_PREFIX)
                .contains("validUntil").endsWith("Gyldig til var læst forkert af OCR");
    }

    @Test
    void correctionIsVisibleInTheDetailHistoryWithTheNewVersion() {
        UUID id = registered();
        CorrectionResult r = corrections.correct(id, version(id), fix(TODAY.plusYears(2), Set.of("DAGLIGVARER")), "Rettet dato");

        ConsentDetail d = new ConsentDetailService(w.db.tx(), CLOCK, w.grants, w.outbox, null).detail(id);

        assertThat(d.version()).isEqualTo(r.version());
        assertThat(d.history()).filteredOn(ConsentDetail.History::correction).singleElement()
                .satisfies(h -> assertThat(h.reason()).endsWith("Rettet dato"));
    }

    @Test
    void writesAnAuditRowWithTheChangedFieldsAndTheReason() {
        UUID id = registered();

        corrections.correct(id, version(id), fix(TODAY.plusYears(2), Set.of("DAGLIGVARER")), "Forkert udløbsdato");

        List<AuditRecord> events = new AuditService(w.db.tx(), CLOCK).search(AuditQuery.all());
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("UPDATE");
            assertThat(e.entityType()).isEqualTo("Consent");
            assertThat(e.entityId()).isEqualTo(id.toString());
            assertThat(e.changedFields()).contains("validUntil");
            assertThat(e.userName()).isEqualTo("Mette Sagsbehandler");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.entityType()).isEqualTo("ConsentStatusChange");
            assertThat(e.details()).contains("Forkert udløbsdato");
        });
    }

    @Test
    void refusesACorrectionWithoutAReasonAndChangesNothing() {
        UUID id = registered();
        long before = version(id);

        assertThatThrownBy(() -> corrections.correct(id, before, fix(TODAY.plusYears(2), Set.of("DAGLIGVARER")), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("reason"));
        assertThat(load(id).getValidUntil()).isEqualTo(TODAY.plusYears(1));
        assertThat(version(id)).isEqualTo(before);
    }

    @Test
    void validatesLikeRegistration() {
        UUID id = registered();

        assertThatThrownBy(() -> corrections.correct(id, version(id), new ConsentCorrection(Set.of(), TODAY,
                TODAY.minusDays(1), SignerRole.REPRESENTATIVE, "", TODAY.plusDays(1), null, null, false), "Rettelse"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("services", "valid_until", "representative_name", "signed_date"));
    }

    @Test
    void refusesToCorrectAWithdrawnConsent() {
        UUID id = registered();
        w.lifecycle.withdraw(id, new Withdrawal(TODAY, WithdrawnBy.CITIZEN, "Fortrudt"));

        assertThatThrownBy(() -> corrections.correct(id, version(id), fix(TODAY.plusYears(2), Set.of("DAGLIGVARER")),
                "Rettelse")).isInstanceOfSatisfying(ConsentTransitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consent.error.correctFinal"));
        assertThat(load(id).getValidUntil()).isEqualTo(TODAY.plusYears(1));
    }

    @Test
    void refusesAStaleVersionAndChangesNothing() {
        UUID id = registered();
        long seen = version(id);
        corrections.correct(id, seen, fix(TODAY.plusYears(2), Set.of("DAGLIGVARER")), "Første rettelse");
        int historyRows = w.history(id).size();

        assertThatThrownBy(() -> corrections.correct(id, seen, fix(TODAY.plusYears(3), Set.of("MEDICIN")), "Anden rettelse"))
                .isInstanceOfSatisfying(ConsentTransitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consent.error.changedMeanwhile"));
        Consent c = load(id);
        assertThat(c.getValidUntil()).isEqualTo(TODAY.plusYears(2));
        assertThat(c.getServices()).containsExactly("DAGLIGVARER");
        assertThat(w.history(id)).hasSize(historyRows);
    }

    @Test
    void supplierRoleMayNotCorrect() {
        UUID id = registered();
        ConsentCorrectionService asSupplier = new ConsentCorrectionService(w.db.tx(), CLOCK, CLERK::name,
                () -> dk.elaas.identity.Role.SUPPLIER);

        assertThat(asSupplier.mayCorrect()).isFalse();
        assertThatThrownBy(() -> asSupplier.correct(id, version(id), fix(TODAY.plusYears(2), Set.of("DAGLIGVARER")),
                "Rettelse")).isInstanceOfSatisfying(ConsentTransitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consent.error.correctNotAllowed"));
        assertThat(load(id).getValidUntil()).isEqualTo(TODAY.plusYears(1));
    }

    @Test
    void refusesACorrectionThatChangesNothing() {
        UUID id = registered();
        ConsentCorrection same = new ConsentCorrection(Set.of("DAGLIGVARER"), TODAY.minusDays(5), TODAY.plusYears(1),
                SignerRole.CITIZEN, null, TODAY.minusDays(5), "Lars Gravesen", CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE,
                false);

        assertThatThrownBy(() -> corrections.correct(id, version(id), same, "Ingen ændring"))
                .isInstanceOfSatisfying(ConsentTransitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consent.error.nothingCorrected"));
    }
}
