package dk.elaas.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.common.concurrent.InlineTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.RegisteredConsent;
import dk.elaas.consent.SignerRole;
import dk.elaas.identity.Actor;
import dk.elaas.intake.ConsentField;
import dk.elaas.intake.KnownCitizen;
import dk.elaas.intake.KnownSupplier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16.5: intake matches what exists. The supplier is matched against the register while the reviewer
 * corrects it — by CVR first, then by name with the candidate shown — and the citizen by CPR; a new supplier is
 * asked for only when none matches. Before, a form whose name and CVR the reviewer corrected to a registered
 * supplier's was refused with "Leverandøren findes ikke i registret".
 */
class SupplierAndCitizenMatchTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;

    private ConsentWorld w;
    private UUID naerkoeb;
    private ReviewForm form;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, new Actor("Lise Feltmand", "FIELD_STAFF"));
        naerkoeb = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        w.supplier("Apoteket Vest A/S", "29412006", "MEDICIN");
        form = new ReviewForm(List.of("DAGLIGVARER", "MEDICIN"));
        form.i18n(I18n.danish());
        form.knownSuppliers(List.of(
                new KnownSupplier(naerkoeb.toString(), "Nærkøb Levering ApS", "12972997"),
                new KnownSupplier(UUID.randomUUID().toString(), "Apoteket Vest A/S", "29412006")));
        form.field(ConsentField.CITIZEN_NAME).set("Edel Andersen");
        form.field(ConsentField.CPR).set("040361-1542");
        form.field(ConsentField.VALID_FROM).set("01-03-2026");
        form.field(ConsentField.SIGNED_DATE).set("01-03-2026");
        form.services().get("DAGLIGVARER").set(true);
        form.signerRoleProperty().set(SignerRole.CITIZEN);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private ConsentDraft draft() {
        return form.toDraft(Map.of(), raw -> raw == null ? null : dk.elaas.common.validation.DanishDates.parse(raw).orElse(null));
    }

    @Test
    void aCvrCorrectedToARegisteredSuppliersPicksThatSupplierAndTheConsentIsStoredUnderIt() {
        form.field(ConsentField.SUPPLIER_NAME).set("N~rk L");
        form.field(ConsentField.SUPPLIER_CVR).set("12972 9?");
        assertThat(form.supplierIdProperty().get()).as("a misread CVR and name: not sure yet").isNull();

        form.field(ConsentField.SUPPLIER_CVR).set("12 97 29 97");

        assertThat(form.supplierIdProperty().get()).isEqualTo(naerkoeb);
        assertThat(form.supplierMatchKindProperty().get()).isEqualTo(RegisterMatch.Kind.BY_CVR);
        assertThat(form.supplierMatchTextProperty().get())
                .isEqualTo("Fundet i registret ud fra CVR-nummeret: Nærkøb Levering ApS (CVR 12972997)");
        ConsentDraft d = draft();
        assertThat(form.check(d, w.registrations)).doesNotContainKey("supplier_name").doesNotContainKey("supplier_cvr");
        long suppliers = count("Supplier");

        RegisteredConsent stored = w.registrations.register(withChannel(d));

        assertThat(stored.supplierId()).isEqualTo(naerkoeb);
        assertThat(stored.supplierCreated()).isFalse();
        assertThat(count("Supplier")).as("no second Nærkøb").isEqualTo(suppliers);
    }

    @Test
    void aNameAloneFindsTheSupplierFuzzilyAndShowsTheCandidateWithItsCvr() {
        form.field(ConsentField.SUPPLIER_NAME).set("NAERKØB LEVERING APS");

        assertThat(form.supplierIdProperty().get()).isEqualTo(naerkoeb);
        assertThat(form.supplierMatchKindProperty().get()).isEqualTo(RegisterMatch.Kind.BY_NAME);
        assertThat(form.supplierMatchTextProperty().get()).startsWith(
                "Fundet i registret ud fra navnet: Nærkøb Levering ApS (CVR 12972997).");
        assertThat(form.check(draft(), w.registrations)).doesNotContainKey("supplier_name");
    }

    @Test
    void aSimilarNameUnderAnotherValidCvrIsNotTakenAndANewSupplierMustBeConfirmed() {
        form.field(ConsentField.SUPPLIER_NAME).set("Nærkøb Levering ApS");
        form.field(ConsentField.SUPPLIER_CVR).set("64763091");

        assertThat(form.supplierIdProperty().get()).as("perhaps another company: never chosen on its own").isNull();
        assertThat(form.supplierMatchKindProperty().get()).isEqualTo(RegisterMatch.Kind.NAME_OTHER_CVR);
        assertThat(form.supplierMatchTextProperty().get()).contains("Nærkøb Levering ApS (CVR 12972997)")
                .contains("64763091");
        assertThat(form.check(draft(), w.registrations).get("supplier_name").errorKey())
                .isEqualTo("intake.supplier.confirmNew");

        form.field(ConsentField.SUPPLIER_NAME).set("Hjemmeservice Øst ApS");
        assertThat(form.supplierMatchKindProperty().get()).isEqualTo(RegisterMatch.Kind.NONE);
        assertThat(form.supplierMatchTextProperty().get()).isEqualTo("Leverandøren findes ikke i registret.");
    }

    @Test
    void theCprSaysWhetherTheCitizenIsRegisteredAsItIsCorrected() {
        w.paperConsent("Edel Andersen", "040361-1542", naerkoeb, java.util.Set.of("DAGLIGVARER"), TODAY, null);
        CitizenHint hint = new CitizenHint(form, new InlineTaskRunner(), cpr -> w.registrations.knownCitizen(cpr)
                .map(c -> new KnownCitizen(c.id().toString(), c.name(), c.cpr())), I18n::danish);
        hint.refresh();
        assertThat(form.citizenTextProperty().get())
                .isEqualTo("Borgeren findes i registret: Edel Andersen. Borgerens stamdata bevares.");

        form.field(ConsentField.CPR).set("0403611");
        assertThat(form.citizenTextProperty().get()).as("not a CPR yet: nothing said").isEmpty();

        form.field(ConsentField.CPR).set("170945-3456");
        assertThat(form.citizenTextProperty().get()).isEqualTo("Ny borger – oprettes, når samtykket gemmes.");
    }

    private static ConsentDraft withChannel(ConsentDraft d) {
        assertThat(d.channel()).isEqualTo(ConsentChannel.PAPER);
        return new ConsentDraft(d.citizenName(), d.cpr(), d.address(), d.postalCode(), d.city(), d.phone(),
                d.supplierId(), d.newSupplierName(), d.newSupplierCvr(), d.services(), d.validFrom(), d.validUntil(),
                d.signerRole(), d.representativeName(), d.signedOn(), "Lise Feltmand",
                dk.elaas.consent.CollectorOrganisation.values()[0], ConsentChannel.PAPER, null, false, null, Map.of(),
                List.of(new ConsentDraft.Document(dk.elaas.consent.DocumentKind.ORIGINAL, "samtykke.pdf",
                        "application/pdf", 1, ConsentWorld.samplePdf())));
    }

    private long count(String entity) {
        return w.db.tx().call(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class).getSingleResult());
    }
}
