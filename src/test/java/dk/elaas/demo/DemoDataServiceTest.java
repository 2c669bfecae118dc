package dk.elaas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.audit.AuditQuery;
import dk.elaas.audit.AuditService;
import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.validation.Cpr;
import dk.elaas.common.validation.Cvr;
import dk.elaas.common.validation.Phone;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.consent.Consent;
import dk.elaas.supplier.ServiceOption;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import dk.elaas.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --demo: invented suppliers, citizens and consents that look real and pass the app's own validation. */
class DemoDataServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-15T09:30:00Z"), ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path dir;

    private Database db;
    private DemoDataService demo;
    private SupplierService suppliers;

    @BeforeEach
    void openDatabase() {
        db = TestDatabases.h2(dir, () -> null, CLOCK);
        demo = new DemoDataService(db.tx(), CLOCK);
        suppliers = new SupplierService(db.tx(), CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private long count(String entity) {
        return db.tx().call(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class).getSingleResult());
    }

    private List<Citizen> citizens() {
        return db.tx().call(s -> s.createSelectionQuery("from Citizen", Citizen.class).getResultList());
    }

    @Test
    void loadsSuppliersCitizensAndConsentsIntoAnEmptyDatabase() {
        DemoDataService.Loaded loaded = demo.load();

        assertThat(loaded.suppliers()).isPositive();
        assertThat(loaded.citizens()).isPositive();
        assertThat(loaded.consents()).isPositive();
        assertThat(count("Supplier")).isEqualTo(loaded.suppliers());
        assertThat(count("Citizen")).isEqualTo(loaded.citizens());
        assertThat(count("Consent")).isEqualTo(loaded.consents());
        assertThat(suppliers.list(null)).hasSize(loaded.suppliers());
    }

    @Test
    void loadingASecondTimeAddsNothing() {
        demo.load();
        long suppliersBefore = count("Supplier");
        long citizensBefore = count("Citizen");
        long consentsBefore = count("Consent");
        long auditBefore = count("AuditEvent");

        DemoDataService.Loaded second = demo.load();

        assertThat(second).isEqualTo(new DemoDataService.Loaded(0, 0, 0));
        assertThat(count("Supplier")).isEqualTo(suppliersBefore);
        assertThat(count("Citizen")).isEqualTo(citizensBefore);
        assertThat(count("Consent")).isEqualTo(consentsBefore);
        assertThat(count("AuditEvent")).isEqualTo(auditBefore);
    }

    @Test
    void loadingAfterARestartAddsNothing() {
        demo.load();
        long suppliersBefore = count("Supplier");
        db.close();

        db = TestDatabases.h2(dir, () -> null, CLOCK);
        DemoDataService.Loaded second = new DemoDataService(db.tx(), CLOCK).load();

        assertThat(second).isEqualTo(new DemoDataService.Loaded(0, 0, 0));
        assertThat(count("Supplier")).isEqualTo(suppliersBefore);
    }

    @Test
    void everyDemoSupplierPassesTheSupplierRegistersOwnValidation() {
        demo.load();
        Set<String> known = suppliers.services().stream().map(ServiceOption::code).collect(Collectors.toSet());

        for (SupplierRecord s : suppliers.list(null)) {
            assertThat(Cvr.validate(s.cvr()).value()).as("CVR of %s", s.name()).isEqualTo(s.cvr());
            assertThat(SupplierService.check(s.toForm(), known)).as("form of %s", s.name()).isEmpty();
        }
    }

    @Test
    void everyDemoCitizenHasAValidCprPostcodeAndPhone() {
        demo.load();
        Postcodes postcodes = Postcodes.load();

        for (Citizen c : citizens()) {
            assertThat(Cpr.validate(c.getCpr()).value()).as("CPR of %s", c.getName()).isEqualTo(c.getCpr());
            assertThat(postcodes.validate(c.getPostalCode()).isValid()).as("postcode of %s", c.getName()).isTrue();
            assertThat(Phone.validate(c.getPhone()).isValid()).as("phone of %s", c.getName()).isTrue();
        }
    }

    /** The demo citizens are elderly home-care users; a CPR's 7th digit decides the century. */
    @Test
    void everyDemoCitizenWasBornBeforeToday() {
        demo.load();
        LocalDate today = LocalDate.now(CLOCK);

        for (Citizen c : citizens()) {
            assertThat(Cpr.birthDate(c.getCpr())).as("birth date of %s (%s)", c.getName(), c.getCpr())
                    .hasValueSatisfying(d -> assertThat(d).isBefore(today));
        }
    }

    @Test
    void demoConsentsOnlyCoverServicesTheirSupplierOffers() {
        demo.load();

        List<String> mismatches = db.tx().call(s -> s.createSelectionQuery("from Consent", Consent.class)
                .getResultList().stream()
                .filter(c -> !c.getSupplier().getServices().containsAll(c.getServices()))
                .map(c -> c.getId().toString()).toList());

        assertThat(mismatches).isEmpty();
    }

    @Test
    void loadingDemoDataIsAuditedLikeAnyOtherChange() {
        DemoDataService.Loaded loaded = demo.load();

        long creates = new AuditService(db.tx(), CLOCK).search(new AuditQuery(null, "supplier", null, null, 1000))
                .stream().filter(e -> e.action().equals("CREATE")).count();

        assertThat(creates).isEqualTo(loaded.suppliers());
    }

    @Test
    void demoHasOnboardingCasesAtDifferentStepsMadeThroughTheRealWizardService() {
        dk.elaas.identity.Actor demoActor = new dk.elaas.identity.Actor("Demodata", "ADMINISTRATOR");
        dk.elaas.mail.OutboxService outbox = new dk.elaas.mail.OutboxService(db.tx(), new dk.elaas.mail.EmlComposer(CLOCK),
                dir.resolve("outbox"));
        dk.elaas.mail.MailSettings mail = new dk.elaas.mail.MailSettings(new dk.elaas.settings.SettingsService(db.tx(), () -> dk.elaas.identity.Actor.SYSTEM));
        dk.elaas.onboarding.OnboardingService onboarding = new dk.elaas.onboarding.OnboardingService(db.tx(), CLOCK,
                outbox, mail, () -> demoActor, () -> null);
        new DemoDataService(db.tx(), CLOCK, onboarding).load();

        List<dk.elaas.onboarding.CaseSummary> cases = onboarding.list(null, null);
        assertThat(cases).extracting(dk.elaas.onboarding.CaseSummary::employeeName)
                .containsExactlyInAnyOrder("Mikkel Berg", "Jens Krogh", "Sofie Andersen");
        dk.elaas.onboarding.CaseDetail active = onboarding.detail(byName(cases, "Mikkel Berg"));
        assertThat(active.state()).isEqualTo(dk.elaas.onboarding.CaseState.ACTIVE);
        assertThat(active.citizens()).isNotEmpty().allMatch(dk.elaas.onboarding.CitizenLine::grantActive);
        dk.elaas.onboarding.CaseDetail blocked = onboarding.detail(byName(cases, "Jens Krogh"));
        assertThat(blocked.currentStep()).isEqualTo(dk.elaas.onboarding.OnboardingStepKind.PHONIRO);
        assertThat(blocked.citizens()).isNotEmpty()
                .allSatisfy(l -> assertThat(l.problem().key()).isEqualTo("onboarding.gate.notReceived"));
        assertThat(onboarding.detail(byName(cases, "Sofie Andersen")).currentStep())
                .isEqualTo(dk.elaas.onboarding.OnboardingStepKind.EXT_ACTIVATION);
    }

    private static java.util.UUID byName(List<dk.elaas.onboarding.CaseSummary> cases, String name) {
        return cases.stream().filter(c -> c.employeeName().equals(name)).findFirst().orElseThrow().id();
    }
}
