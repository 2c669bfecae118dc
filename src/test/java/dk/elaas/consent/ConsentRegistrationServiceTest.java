package dk.elaas.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.identity.Actor;
import dk.elaas.audit.AuditEvent;
import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.supplier.Supplier;
import dk.elaas.testsupport.TestDatabases;
import java.nio.file.Files;
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

/** Registering a checked consent on a real H2 file: all or nothing, with history, files and audit. */
class ConsentRegistrationServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Actor FIELD_WORKER = new Actor("Lise Feltmand", "FIELD_STAFF");
    private static final Path SAMPLE_PDF = Path.of("..", "shared", "samples", "consents", "consent_002.pdf");

    @TempDir
    Path dir;

    private Database db;
    private ConsentRegistrationService service;
    private UUID supplierId;

    @BeforeEach
    void open() {
        db = TestDatabases.h2(dir, () -> FIELD_WORKER, CLOCK);
        service = new ConsentRegistrationService(db.tx(), CLOCK, Postcodes.load(), FIELD_WORKER::name);
        supplierId = db.tx().call(s -> {
            Supplier sup = new Supplier("Nærkøb Risskov ApS", "10150817");
            sup.setServices(Set.of("DAGLIGVARER", "MEDICIN"));
            s.persist(sup);
            return sup.getId();
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static byte[] samplePdf() throws Exception {
        return Files.readAllBytes(SAMPLE_PDF);
    }

    private ConsentDraft draft(String cpr, UUID supplier, List<ConsentDraft.Document> docs) {
        return new ConsentDraft("Ane-Marie Dalsgaard", cpr, "Bispehavevej 43, 4. tv.", "8200", "Aarhus N", "89 91 96 56",
                supplier, null, null, Set.of("DAGLIGVARER"), LocalDate.of(2026, 3, 1), LocalDate.of(2029, 3, 1),
                SignerRole.CITIZEN, null, LocalDate.of(2026, 2, 27), "Lars Gravesen",
                CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE, ConsentChannel.PAPER, null, true,
                "Samtykkeerklæring …", Map.of("cpr", 0.97, "citizen_name", 0.91), docs);
    }

    private List<ConsentDraft.Document> documents() throws Exception {
        byte[] original = samplePdf();
        return List.of(new ConsentDraft.Document(DocumentKind.ORIGINAL, "consent_002.pdf", "application/pdf", 1, original),
                new ConsentDraft.Document(DocumentKind.NORMALIZED_PDF, "samtykke.pdf", "application/pdf", 1, original));
    }

    private long count(String entity) {
        return db.tx().call(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class).getSingleResult());
    }

    @Test
    void registersConsentWithNewCitizenHistoryFilesAndAuditInOneGo() throws Exception {
        RegisteredConsent r = service.register(draft("190557-1848", supplierId, documents()));

        assertThat(r.citizenCreated()).isTrue();
        assertThat(r.supplierCreated()).isFalse();
        db.tx().run(s -> {
            Consent c = s.find(Consent.class, r.consentId());
            assertThat(c.getStatus()).isEqualTo(ConsentStatus.REGISTERED);
            assertThat(c.getCitizen().getCpr()).isEqualTo("190557-1848");
            assertThat(c.getCitizen().getPhone()).isEqualTo("89919656");
            assertThat(c.getSupplier().getId()).isEqualTo(supplierId);
            assertThat(c.getServices()).containsExactly("DAGLIGVARER");
            assertThat(c.getValidUntil()).isEqualTo(LocalDate.of(2029, 3, 1));
            assertThat(c.isCopyRequested()).isTrue();
            List<ConsentStatusChange> history = s.createSelectionQuery(
                    "from ConsentStatusChange h where h.consent.id = :id", ConsentStatusChange.class)
                    .setParameter("id", r.consentId()).getResultList();
            assertThat(history).singleElement().satisfies(h -> {
                assertThat(h.getToStatus()).isEqualTo(ConsentStatus.REGISTERED);
                assertThat(h.getChangedBy()).isEqualTo("Lise Feltmand");
            });
            List<ConsentDocument> docs = s.createSelectionQuery(
                    "from ConsentDocument d where d.consent.id = :id", ConsentDocument.class)
                    .setParameter("id", r.consentId()).getResultList();
            assertThat(docs).extracting(ConsentDocument::getKind)
                    .containsExactlyInAnyOrder(DocumentKind.ORIGINAL, DocumentKind.NORMALIZED_PDF);
            byte[] original;
            try {
                original = samplePdf();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertThat(docs).allSatisfy(d -> {
                assertThat(d.getContent()).isEqualTo(original);
                assertThat(d.getSha256()).isEqualTo(ConsentRegistrationService.sha256(original));
            });
            List<AuditEvent> audit = s.createSelectionQuery("from AuditEvent e", AuditEvent.class).getResultList();
            assertThat(audit).extracting(AuditEvent::getEntityType).contains("Citizen", "Consent", "ConsentDocument");
            assertThat(audit).allSatisfy(e -> assertThat(e.getUserName()).isEqualTo("Lise Feltmand"));
            assertThat(audit).noneSatisfy(e -> assertThat(e.getDetails()).contains("190557-1848"));
        });
        assertThat(service.consentWithFile(ConsentRegistrationService.sha256(samplePdf()))).contains(r.consentId());
    }

    @Test
    void knownCitizenIsReusedByCprAndKeepsTheirOwnData() throws Exception {
        UUID known = db.tx().call(s -> {
            Citizen c = new Citizen("Ane-Marie Dalsgaard", "190557-1848");
            c.setAddress("Gammel Adresse 1");
            s.persist(c);
            return c.getId();
        });
        RegisteredConsent r = service.register(draft("1905571848", supplierId, documents()));
        assertThat(r.citizenCreated()).isFalse();
        assertThat(r.citizenId()).isEqualTo(known);
        assertThat(count("Citizen")).isEqualTo(1);
        db.tx().run(s -> {
            Citizen c = s.find(Citizen.class, known);
            assertThat(c.getAddress()).as("a known address is not overwritten by OCR").isEqualTo("Gammel Adresse 1");
            assertThat(c.getPostalCode()).as("a missing postcode is filled in").isEqualTo("8200");
        });
    }

    @Test
    void newSupplierConfirmedByTheUserIsCreatedAndAnExistingCvrIsReused() throws Exception {
        ConsentDraft base = draft("190557-1848", null, documents());
        ConsentDraft withNew = new ConsentDraft(base.citizenName(), base.cpr(), base.address(), base.postalCode(),
                base.city(), base.phone(), null, "Vaskeriet Øst ApS", "DK 2425 6790", base.services(), base.validFrom(),
                base.validUntil(), base.signerRole(), null, base.signedOn(), base.collectedByName(), base.collectedByOrg(),
                base.channel(), null, false, null, null, base.documents());
        RegisteredConsent first = service.register(withNew);
        assertThat(first.supplierCreated()).isTrue();
        RegisteredConsent second = service.register(withNew);
        assertThat(second.supplierCreated()).isFalse();
        assertThat(second.supplierId()).isEqualTo(first.supplierId());
        assertThat(count("Supplier")).isEqualTo(2);
    }

    @Test
    void invalidFieldsAreRefusedWithTheirKeysAndNothingIsStored() throws Exception {
        ConsentDraft ok = draft("190557-1848", supplierId, documents());
        ConsentDraft bad = new ConsentDraft(" ", "310299-1234", ok.address(), "9999", ok.city(), "1234", supplierId,
                null, null, Set.of(), ok.validFrom(), ok.validFrom().minusDays(1), SignerRole.REPRESENTATIVE, " ",
                LocalDate.of(2026, 3, 11), null, null, ConsentChannel.PAPER, null, false, null, null, List.of());

        assertThatThrownBy(() -> service.register(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("citizen_name", "cpr", "postal_code", "phone", "services",
                        "valid_until", "representative_name", "signed_date", "documents"));
        assertThat(count("Citizen")).isZero();
        assertThat(count("Consent")).isZero();
        assertThat(count("AuditEvent")).as("only the test supplier's own audit row").isEqualTo(1);
    }

    @Test
    void supplierThatVanishedMeanwhileRollsBackTheCitizenToo() throws Exception {
        ConsentDraft draft = draft("190557-1848", UUID.randomUUID(), documents());
        assertThatThrownBy(() -> service.register(draft)).isInstanceOf(InvalidInputException.class);
        assertThat(count("Citizen")).isZero();
        assertThat(count("Consent")).isZero();
        assertThat(count("ConsentDocument")).isZero();
    }

    @Test
    void mitIdConsentNeedsNoScan() {
        ConsentDraft mitId = new ConsentDraft("Bent Østergaard", "290236-1567", null, null, null, null, supplierId,
                null, null, Set.of("MEDICIN"), LocalDate.of(2026, 3, 1), null, SignerRole.CITIZEN, null,
                LocalDate.of(2026, 3, 1), null, null, ConsentChannel.MITID, "MITID-2026-000123", false, null, null,
                List.of());
        RegisteredConsent r = service.register(mitId);
        db.tx().run(s -> {
            Consent c = s.find(Consent.class, r.consentId());
            assertThat(c.getChannel()).isEqualTo(ConsentChannel.MITID);
            assertThat(c.getValidUntil()).as("until withdrawn").isNull();
            assertThat(c.getReceiptReference()).isEqualTo("MITID-2026-000123");
        });
    }
}
