package dk.elaas.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.common.concurrent.InlineTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.CaseState;
import dk.elaas.onboarding.NewEmployee;
import dk.elaas.onboarding.OnboardingService;
import dk.elaas.onboarding.StepInput;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case list and the "Ny onboarding" form, headless on a real H2 file with the real services. */
class CaseListViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Actor CLERK = new Actor("Mette Clerk", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld w;
    private OnboardingService onboarding;
    private final List<String> errors = new ArrayList<>();
    private final List<UUID> opened = new ArrayList<>();
    private UUID groceries;
    private UUID laundry;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        onboarding = w.onboarding(() -> CLERK, () -> null);
        groceries = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER", "MEDICIN");
        laundry = w.supplier("Vaskeriet Øst A/S", "29403473", "TOEJVASK");
    }

    @AfterEach
    void close() {
        w.close();
    }

    private final DialogService dialogs = new DialogService() {
        @Override public void showError(String title, String message) { errors.add(message); }
        @Override public void showInfo(String title, String message) { }
        @Override public boolean confirm(String title, String message) { return true; }
        @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
    };

    private CaseListViewModel list() {
        SupplierService suppliers = new SupplierService(w.db.tx(), CLOCK);
        return new CaseListViewModel(onboarding, () -> suppliers.list(""), new InlineTaskRunner(), dialogs,
                I18n.danish(), opened::add);
    }

    @Test
    void listsCasesWithTheirStepAndWhomTheyWaitOnAndFiltersBySupplierAndState() {
        CaseDetail anna = onboarding.start(new NewEmployee(groceries, "Anna", "Holm", "anna@naerkoeb.dk", false, Set.of(), null));
        onboarding.start(new NewEmployee(laundry, "Bo", "Lund", "leder@vaskeriet.dk", true, Set.of(), null));
        UUID consent = w.paperConsent("Karen Jensen", "120438-1234", groceries, Set.of("DAGLIGVARER", "MEDICIN"),
                LocalDate.of(2026, 3, 1), null);
        UUID citizen = w.db.tx().call(s -> s.find(dk.elaas.consent.Consent.class, consent).getCitizen().getId());
        onboarding.save(anna.id(), new StepInput.Consents(List.of(new StepInput.CitizenChoice(citizen, consent))), null);

        CaseListViewModel vm = list();
        vm.load();

        assertThat(vm.cases()).extracting(c -> c.employeeName()).containsExactlyInAnyOrder("Anna Holm", "Bo Lund");
        var annaRow = vm.cases().stream().filter(c -> c.employeeName().equals("Anna Holm")).findFirst().orElseThrow();
        assertThat(vm.stepText(annaRow)).isEqualTo("2 · " + I18n.danish().get("onboarding.step.employeedetails.title"));
        assertThat(vm.waitingText(annaRow)).isEqualTo("Venter på leder hos leverandøren (fra i dag)");

        vm.supplierFilterProperty().set(vm.supplierChoices().stream().filter(s -> s.id().equals(laundry)).findFirst()
                .orElseThrow());
        assertThat(vm.cases()).extracting(c -> c.employeeName()).containsExactly("Bo Lund");

        vm.supplierFilterProperty().set(null);
        vm.stateFilterProperty().set(CaseListViewModel.StateFilter.ACTIVE);
        assertThat(vm.cases()).isEmpty();
        vm.stateFilterProperty().set(CaseListViewModel.StateFilter.WAITING);
        assertThat(vm.cases()).hasSize(2).allMatch(c -> c.state() == CaseState.OPEN);
        assertThat(errors).isEmpty();
    }

    @Test
    void newCaseFormNeedsTheRequiredFieldsShowsServiceErrorsInDanishAndOpensTheCreatedCase() {
        CaseListViewModel vm = list();
        vm.load();
        List<CaseDetail> created = new ArrayList<>();
        NewCaseViewModel form = new NewCaseViewModel(onboarding, new InlineTaskRunner(), dialogs, I18n.danish(), d -> {
            created.add(d);
            vm.refreshAndOpen(d.id());
        });
        SupplierRecord company = vm.supplierChoices().stream().filter(s -> s.id().equals(groceries)).findFirst().orElseThrow();
        form.reset(company);
        assertThat(form.services()).containsExactlyInAnyOrder("DAGLIGVARER", "MEDICIN");
        assertThat(form.cvrText()).contains("12972997");
        assertThat(form.completeBinding().get()).isFalse();

        form.firstNameProperty().set("Anna");
        form.lastNameProperty().set("Holm");
        form.workEmailProperty().set("anna@naerkoeb");
        assertThat(form.completeBinding().get()).isTrue();
        java.util.concurrent.atomic.AtomicInteger shownAgain = new java.util.concurrent.atomic.AtomicInteger();
        form.setOnRefused(shownAgain::incrementAndGet);
        form.submit();
        assertThat(form.errors()).containsEntry("workEmail", I18n.danish().get("validation.email.format"));
        assertThat(shownAgain.get()).as("the form comes back with the error").isEqualTo(1);
        assertThat(form.firstNameProperty().get()).as("nothing typed is lost").isEqualTo("Anna");
        assertThat(created).isEmpty();
        assertThat(onboarding.list(null, null)).isEmpty();

        form.workEmailProperty().set("anna@naerkoeb.dk");
        form.services().remove("MEDICIN");
        form.submit();
        assertThat(form.errors()).isEmpty();
        assertThat(created).singleElement().satisfies(d -> {
            assertThat(d.services()).containsExactly("DAGLIGVARER");
            assertThat(d.supplierCvr()).isEqualTo("12972997");
        });
        assertThat(opened).containsExactly(created.get(0).id());
        assertThat(vm.cases()).extracting(c -> c.employeeName()).containsExactly("Anna Holm");
    }
}
