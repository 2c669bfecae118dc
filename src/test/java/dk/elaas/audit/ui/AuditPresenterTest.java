package dk.elaas.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.audit.AuditQuery;
import dk.elaas.audit.AuditRecord;
import dk.elaas.audit.AuditService;
import dk.elaas.audit.AuditTrail;
import dk.elaas.audit.AuditVocabulary;
import dk.elaas.citizen.Citizen;
import dk.elaas.common.i18n.I18n;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.Consent;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.DocumentKind;
import dk.elaas.consent.SignerRole;
import dk.elaas.db.PersistenceUnit;
import dk.elaas.identity.Actor;
import dk.elaas.onboarding.NewEmployee;
import dk.elaas.supplier.Supplier;
import dk.elaas.supplier.SupplierForm;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log in words, on events a real H2 database recorded: actions, record types, fields and enum
 * constants in Danish (and English), changes as "felt: gammel → ny", dates dd-MM-yyyy, Ja/Nej, ids as the
 * records' names, and never a full CPR number.
 */
class AuditPresenterTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), COPENHAGEN);
    private static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");
    private static final AuditVocabulary VOCABULARY = AuditVocabulary.of(PersistenceUnit.ENTITIES);

    @TempDir
    Path dir;

    private ConsentWorld w;
    private AuditService audit;
    private SupplierService suppliers;

    @BeforeEach
    void openDatabase() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        audit = new AuditService(w.db.tx(), CLOCK);
        suppliers = new SupplierService(w.db.tx(), CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        w.close();
    }

    private List<AuditRow> rows(I18n i18n) {
        List<AuditRecord> found = audit.search(AuditQuery.all());
        return new AuditPresenter(i18n, COPENHAGEN, VOCABULARY)
                .present(found, audit.latestOf(AuditPresenter.referencedIds(found)));
    }

    private static AuditRow row(List<AuditRow> rows, String action, String entityType) {
        return rows.stream().filter(r -> r.source().action().equals(action) && r.source().entityType().equals(entityType))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " " + entityType + " in " + rows));
    }

    private static AuditRow row(List<AuditRow> rows, Predicate<AuditRow> which) {
        return rows.stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("not in " + rows));
    }

    private SupplierRecord supplier(String name, String phone) {
        return suppliers.create(supplierForm(name, phone));
    }

    private static SupplierForm supplierForm(String name, String phone) {
        return new SupplierForm(name, "24256790", Set.of("DAGLIGVARER", "MEDICIN"), "Mette Holm", null, phone,
                LocalDate.of(2024, 5, 1), null, false, true, null, null);
    }

    private UUID consentWithOcr(String ocrText) {
        UUID supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        return w.registrations.register(new ConsentDraft("Grethe Bach", "0505470890", "Bøgevej 14, 2. tv.", "8000",
                "Aarhus C", "40112233", supplier, null, null, Set.of("DAGLIGVARER"), LocalDate.of(2026, 3, 1), null,
                SignerRole.CITIZEN, null, LocalDate.of(2026, 3, 1), "Lars Gravesen",
                CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE, ConsentChannel.PAPER, null, false, ocrText, Map.of(),
                List.of(new ConsentDraft.Document(DocumentKind.NORMALIZED_PDF, "side1.pdf", "application/pdf", 1,
                        ConsentWorld.samplePdf())))).consentId();
    }

    @Test
    void aChangedSupplierReadsAsDanishWithOldAndNewValues() {
        SupplierRecord created = supplier("Nærkøb Levering ApS", "86120011");
        suppliers.update(created.id(), created.version(), supplierForm("Nærkøb ApS", "86120099"));

        AuditRow changed = row(rows(I18n.danish()), "UPDATE", "Supplier");

        assertThat(changed.action()).isEqualTo("Ændret");
        assertThat(changed.entity()).isEqualTo("Leverandør");
        assertThat(changed.user()).isEqualTo("Mette Sagsbehandler (Sagsbehandler)");
        assertThat(changed.time()).isEqualTo("10-03-2026 11:00:00");
        assertThat(changed.record()).isEqualTo("Nærkøb ApS (CVR 24256790)");
        assertThat(changed.fields()).isEqualTo("Lederens telefon: 86120011 → 86120099; Navn: Nærkøb Levering ApS → Nærkøb ApS");
        assertThat(changed.details()).isEqualTo("Lederens telefon: 86120011 → 86120099\nNavn: Nærkøb Levering ApS → Nærkøb ApS");
    }

    @Test
    void aCreatedSupplierShowsItsValuesForPeopleNotAsStored() {
        supplier("Nærkøb Levering ApS", "86120011");

        AuditRow created = row(rows(I18n.danish()), "CREATE", "Supplier");

        assertThat(created.action()).isEqualTo("Oprettet");
        assertThat(created.fields()).contains("Navn", "CVR-nummer", "Ydelser", "Databehandleraftale underskrevet")
                .doesNotContain("dpaSignedOn", "managerPhone");
        assertThat(created.details()).contains(
                "Databehandleraftale underskrevet: 01-05-2024",
                "Ydelser: Dagligvarer, Medicin",
                "ISO 27001: Nej",
                "ISAE 3402: Ja",
                "Navn: Nærkøb Levering ApS");
        assertThat(created.details()).doesNotContain("\"", "2024-05-01", "false", "true", "[DAGLIGVARER");
    }

    @Test
    void consentLifecycleShowsStatusesStepsAndDatesInDanish() {
        UUID supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        w.receivedConsent("Grethe Bach", "0505470890", supplier, Set.of("DAGLIGVARER"), LocalDate.of(2026, 3, 1), null);
        w.onboarding(() -> CLERK, () -> null).start(new NewEmployee(supplier, "Jonas", "Holm", "jonas@naerkoeb.dk",
                false, Set.of(), null));

        List<AuditRow> rows = rows(I18n.danish());

        AuditRow received = row(rows, r -> r.source().entityType().equals("Consent") && r.fields().contains("Modtaget"));
        assertThat(received.entity()).isEqualTo("Samtykke");
        assertThat(received.fields()).contains("Status: Sendt → Modtaget af ØJB", "Modtaget af ØJB den: (tom) → 10-03-2026",
                "Modtaget af (ØJB): (tom) → Hasse Eriksen");
        AuditRow registered = row(rows, "CREATE", "Consent");
        assertThat(registered.details()).contains("Kanal: Papir", "Underskrevet af: Borgeren",
                "Indhentet af (organisation): Sundhed & Forebyggelse", "Kopi af side et ønsket: Nej",
                "Borger: Grethe Bach", "Gyldig fra: 01-03-2026");
        AuditRow statusChange = row(rows, r -> r.source().entityType().equals("ConsentStatusChange")
                && r.details().contains("Fra status: Sendt"));
        assertThat(statusChange.entity()).isEqualTo("Statusændring");
        assertThat(statusChange.record()).as("a status change is named by its consent")
                .isEqualTo("Samtykke Grethe Bach / Nærkøb Levering ApS");
        assertThat(statusChange.details()).contains("Til status: Modtaget af ØJB", "Ændret den: 10-03-2026 11:00",
                "Samtykke: Samtykke Grethe Bach / Nærkøb Levering ApS");

        AuditRow mail = row(rows, "CREATE", "OutgoingMail");
        assertThat(mail.details()).as("the consent's id is replaced by its name")
                .contains("Samtykke: Samtykke Grethe Bach / Nærkøb Levering ApS",
                        "Mailtype: Samtykke til systemejer og ØJB", "Status: Kladde i udbakken", "Mailfil: fil på ")
                .doesNotContain(mail.source().details().substring(mail.source().details().indexOf("consentId: ") + 12,
                        mail.source().details().indexOf("consentId: ") + 48));

        AuditRow onboarding = row(rows, "CREATE", "OnboardingCase");
        assertThat(onboarding.details()).contains("Venter på: Leder hos leverandøren", "Aktuelt trin: Samtykkeerklæring",
                "Sagstype: Onboarding", "Tilstand: I gang", "Venter siden: 10-03-2026 11:00",
                "Enhed registreret i Phoniro: Nej");
        AuditRow step = row(rows, r -> r.source().entityType().equals("OnboardingStep")
                && r.source().recordLabel().contains("EMPLOYEE_DETAILS"));
        assertThat(step.record()).isEqualTo("Trin 2 Medarbejderoplysninger (Onboarding Jonas Holm)");
        assertThat(step.details()).contains("Trin: Medarbejderoplysninger", "Status: Ikke begyndt", "Trin nr.: 2");

        for (AuditRow r : rows) {
            assertThat(r.action() + r.entity() + r.fields() + r.details() + r.record())
                    .doesNotContain("REGISTERED", "RECEIVED", "SUPPLIER_MANAGER", "EMPLOYEE_DETAILS", "PAPER",
                            "SUNDHED_OG", "DRAFT", "audit.")
                    .doesNotContainPattern("![a-z]+\\.[A-Za-z.]+!");
        }
    }

    @Test
    void theSameEventsReadInEnglishWhenTheAppIsInEnglish() {
        UUID supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        w.receivedConsent("Grethe Bach", "0505470890", supplier, Set.of("DAGLIGVARER"), LocalDate.of(2026, 3, 1), null);

        List<AuditRow> rows = rows(I18n.of(I18n.ENGLISH));

        AuditRow received = row(rows, r -> r.source().entityType().equals("Consent") && r.fields().contains("Received"));
        assertThat(received.action()).isEqualTo("Changed");
        assertThat(received.entity()).isEqualTo("Consent");
        assertThat(received.user()).isEqualTo("Mette Sagsbehandler (Clerk)");
        assertThat(received.fields()).contains("Status: Sent → Received by ØJB", "Received by ØJB on: (empty) → 10-03-2026");
        assertThat(row(rows, "CREATE", "Consent").details()).contains("Channel: Paper", "Signed by: The citizen",
                "Copy of page one requested: No");
    }

    @Test
    void aFullCprInStoredTextIsMaskedInTheLog() {
        consentWithOcr("SAMTYKKEERKLÆRING\nNavn: Grethe Bach\nCPR-nr.: 050547-0890\nAdresse: Bøgevej 14");

        List<AuditRow> rows = rows(I18n.danish());

        AuditRow registered = row(rows, "CREATE", "Consent");
        assertThat(registered.source().details()).as("as stored, OCR text holds the CPR").contains("050547-0890");
        assertThat(registered.details()).contains("OCR-tekst: SAMTYKKEERKLÆRING", "CPR-nr.: 050547-xxxx");
        assertThat(row(rows, "CREATE", "Citizen").details()).contains("CPR-nummer: 050547-xxxx");
        for (AuditRow r : rows) {
            assertThat(String.join("|", r.user(), r.record(), r.fields(), r.details()))
                    .doesNotContain("0505470890", "050547-0890");
        }
    }

    @Test
    void showingACprAndDeletingARecordAreSaidInWords() {
        UUID consentId = consentWithOcr(null);
        AuditTrail trail = new AuditTrail(() -> CLERK, CLOCK);
        w.db.tx().run(s -> {
            Citizen citizen = s.find(Consent.class, consentId).getCitizen();
            trail.recordView(s, citizen, citizen.getId(), "cpr (samtykke " + consentId + ")");
        });
        SupplierRecord gone = supplier("Rent Vasketøj I/S", "86120011");
        w.db.tx().run(s -> s.remove(s.find(Supplier.class, gone.id())));

        List<AuditRow> rows = rows(I18n.danish());

        AuditRow viewed = row(rows, "VIEW", "Citizen");
        assertThat(viewed.action()).isEqualTo("Vist");
        assertThat(viewed.fields()).isEqualTo("CPR-nummer (samtykke Samtykke Grethe Bach / Nærkøb Levering ApS)");
        assertThat(viewed.details()).isEqualTo("Vist i fuld længde: " + viewed.fields());
        AuditRow deleted = row(rows, "DELETE", "Supplier");
        assertThat(deleted.action()).isEqualTo("Slettet");
        assertThat(deleted.details()).isEqualTo("Leverandør »Rent Vasketøj I/S (CVR 24256790)« blev slettet.");
    }

    @Test
    void aSettingIsNamedByWhatItSetsNotByItsKey() {
        new dk.elaas.settings.SettingsService(w.db.tx(), () -> dk.elaas.identity.Actor.SYSTEM).put(dk.elaas.mail.MailSettings.OEJB_KEY, "he@ostbv.dk");
        new dk.elaas.settings.SettingsService(w.db.tx(), () -> dk.elaas.identity.Actor.SYSTEM).put("some.new_setting", "7");

        List<AuditRow> rows = rows(I18n.danish());

        assertThat(row(rows, r -> r.source().entityId().equals("mail.recipient.oejb")).record())
                .isEqualTo("Modtager hos ØJB");
        assertThat(row(rows, r -> r.source().entityId().equals("some.new_setting")).record())
                .isEqualTo("Some new setting");
        assertThat(row(rows, r -> r.source().entityId().equals("mail.recipient.oejb")).entity()).isEqualTo("Indstilling");
    }

    @Test
    void anExportSaysWhatLeftTheAppWithReadableDates() {
        new dk.elaas.consent.ConsentExportService(w.db.tx(), CLOCK, new AuditTrail(() -> CLERK, CLOCK),
                () -> dk.elaas.identity.Role.CLERK).exportRegisterCsv(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                dir.resolve("register-2026-03.csv"));

        AuditRow exported = row(rows(I18n.danish()), "EXPORT", "RegisterExport");

        assertThat(exported.action()).isEqualTo("Eksporteret");
        assertThat(exported.entity()).isEqualTo("Samtykkeregister (eksport)");
        assertThat(exported.record()).isEqualTo("Samtykkeregister 01-03-2026 – 31-03-2026");
        assertThat(exported.fields()).startsWith("Samtykkeregister som CSV, 0 samtykker registreret 01-03-2026 – 31-03-2026")
                .endsWith("→ register-2026-03.csv");
    }

    @Test
    void codesWithoutATranslationFallBackToWordsNeverToKeys() {
        Instant at = CLOCK.instant();
        AuditPresenter presenter = new AuditPresenter(I18n.danish(), COPENHAGEN, VOCABULARY);
        // What a newer eLås could write: a new status, a new field, a new record type and a new action.
        AuditRecord newStatus = new AuditRecord(at, "Mette", "CLERK", "UPDATE", "Consent", UUID.randomUUID().toString(),
                "Samtykke Grethe Bach / Nærkøb", "status, retentionClass",
                "status: \"SENT\" → \"ARCHIVED\"\nretentionClass: – → \"LONG_TERM\"");
        AuditRecord newType = new AuditRecord(at, "Mette", "SUPPORT_AGENT", "ARCHIVE", "ConsentArchive", "x", null,
                "consent_status", "consent_status");

        AuditRow a = presenter.present(newStatus, Map.of());
        AuditRow b = presenter.present(newType, Map.of());

        assertThat(a.fields()).isEqualTo("Status: Sendt → Archived; Retention class: (tom) → Long term");
        assertThat(b.action()).isEqualTo("Archive");
        assertThat(b.entity()).isEqualTo("Consent archive");
        assertThat(b.user()).isEqualTo("Mette (Support agent)");
        for (AuditRow r : List.of(a, b)) {
            assertThat(r.action() + r.entity() + r.fields() + r.user()).doesNotContain("audit.", "_", "ARCHIVED");
        }
    }

    @Test
    void aStoredValueHoldingAnArrowOrSeveralLinesIsStillSplitRight() {
        SupplierRecord created = supplier("A → B ApS", "86120011");
        SupplierForm notes = new SupplierForm("C ApS", "24256790", Set.of("DAGLIGVARER", "MEDICIN"), "Mette Holm", null,
                "86120011", LocalDate.of(2024, 5, 1), null, false, true, null, "første linje\nanden: linje");
        suppliers.update(created.id(), created.version(), notes);

        AuditRow changed = row(rows(I18n.danish()), "UPDATE", "Supplier");

        assertThat(changed.fields()).isEqualTo("Navn: A → B ApS → C ApS; Noter: (tom) → første linje anden: linje");
        assertThat(changed.details()).isEqualTo("Navn: A → B ApS → C ApS\nNoter: (tom) → første linje\n    anden: linje");
    }
}
