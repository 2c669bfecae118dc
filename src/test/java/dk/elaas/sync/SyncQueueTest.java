package dk.elaas.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.common.persistence.ChangeRecorder;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.DocumentKind;
import dk.elaas.consent.RegisterConsentCommand;
import dk.elaas.consent.SignerRole;
import dk.elaas.identity.Actor;
import dk.elaas.identity.Role;
import dk.elaas.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15.2 on a real H2 file: a change and its queued operation are stored together or not at all. */
class SyncQueueTest {

    private static final String CVR = "64763091";

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();
    private final Actor lise = new Actor("lise", "Lise Feltmand", Role.FIELD_STAFF, null, "laptop-7");
    private Database db;
    private SyncQueue queue;

    @BeforeEach
    void open() {
        db = TestDatabases.h2(dir, () -> lise, clock);
        queue = new SyncQueue(db.tx(), clock, () -> lise);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ConsentRegistrationService registrations(ChangeRecorder changes) {
        return new ConsentRegistrationService(db.tx(), clock, Postcodes.load(), lise::name, changes);
    }

    private static ConsentDraft draft(String cpr) {
        LocalDate signed = LocalDate.now().minusDays(1);
        return new ConsentDraft("Kaj Kø", cpr, "Bøgevej 14", "8000", "Aarhus C", "40112233", null, "Hverdagshjælp ApS",
                CVR, Set.of("MEDICIN"), signed, signed.plusYears(1), SignerRole.CITIZEN, null, signed, "Lise Feltmand",
                CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE, ConsentChannel.PAPER, null, false, null, Map.of(),
                List.of(new ConsentDraft.Document(DocumentKind.NORMALIZED_PDF, "side1.pdf", "application/pdf", 1,
                        ConsentWorld.samplePdf())));
    }

    @Test
    void aRegistrationQueuesItsCommandWithTheFileByChecksumAndWhoDidIt() throws Exception {
        UUID consent = registrations(queue).register(draft("120343-1111")).consentId();
        UUID second = registrations(queue).register(draft("230451-2222")).consentId();

        List<SyncOperation> ops = queue.due(10);
        assertThat(ops).extracting(SyncOperation::getRecordId).containsExactly(consent, second);
        assertThat(ops).extracting(SyncOperation::getSeq).containsExactly(1L, 2L);
        SyncOperation op = ops.get(0);
        assertThat(op.getKind()).isEqualTo(RegisterConsentCommand.KIND);
        assertThat(op.getActorName()).isEqualTo("Lise Feltmand");
        assertThat(op.getActorRole()).isEqualTo("FIELD_STAFF");
        assertThat(op.getId().version()).as("UUIDv7").isEqualTo(7);
        assertThat(op.getPayload().length()).as("no file bytes in the queue").isLessThan(4000);
        RegisterConsentCommand c = SyncJson.mapper().readValue(op.getPayload(), RegisterConsentCommand.class);
        assertThat(c.consentId()).isEqualTo(consent);
        assertThat(c.draft().newSupplierCvr()).isEqualTo(CVR);
        assertThat(c.draft().supplierId()).as("the server knows the supplier by CVR").isNull();
        assertThat(c.documents()).singleElement().satisfies(d ->
                assertThat(d.sha256()).isEqualTo(ConsentRegistrationService.sha256(ConsentWorld.samplePdf())));
        assertThat(LocalFiles.of(db.tx()).apply(c.documents().get(0).sha256())).hasValue(ConsentWorld.samplePdf());
        // The registration is audited (CPR masked); the queue's own rows, whose JSON holds the full CPR, are not.
        List<String> audit = db.tx().call(s -> s.createNativeQuery("SELECT entity_type || ' ' || COALESCE(details, '')"
                + " FROM audit_event", String.class).getResultList());
        assertThat(audit).anyMatch(a -> a.startsWith("Consent "));
        assertThat(audit).noneMatch(a -> a.startsWith("SyncOperation")).noneMatch(a -> a.contains("120343-1111"));
    }

    @Test
    void aRegistrationRefusedInsideItsTransactionQueuesNothing() {
        // An unknown supplier id is only found out inside the transaction, after the citizen was made.
        ConsentDraft unknownSupplier = new ConsentDraft("Kaj Kø", "120343-1111", "Bøgevej 14", "8000", "Aarhus C",
                "40112233", UUID.randomUUID(), null, null, Set.of("MEDICIN"), LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1), SignerRole.CITIZEN, null, LocalDate.now().minusDays(1), "Lise Feltmand",
                CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE, ConsentChannel.PAPER, null, false, null, Map.of(), List.of());
        assertThatThrownBy(() -> registrations(queue).register(unknownSupplier)).isInstanceOf(InvalidInputException.class);
        assertThat(queue.counts().pending()).isZero();
        long citizens = db.tx().call(s -> s.createSelectionQuery("select count(c) from Citizen c", Long.class)
                .getSingleResult());
        assertThat(citizens).as("rolled back with it").isZero();
    }

    @Test
    void whenTheQueueCannotTakeTheOperationTheChangeIsNotStoredEither() {
        ChangeRecorder broken = (s, kind, id, command) -> {
            queue.record(s, kind, id, command);
            throw new IllegalStateException("disk gone while queuing");
        };
        assertThatThrownBy(() -> registrations(broken).register(draft("120343-1111")))
                .hasMessageContaining("disk gone");
        long consents = db.tx().call(s -> s.createSelectionQuery("select count(c) from Consent c", Long.class)
                .getSingleResult());
        assertThat(consents).isZero();
        assertThat(queue.counts().pending()).isZero();
    }
}
