package dk.elaas.onboarding.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.common.concurrent.InlineTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.mail.MailRecord;
import dk.elaas.onboarding.AccessReviewService;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.CaseKind;
import dk.elaas.onboarding.CaseSummary;
import dk.elaas.onboarding.OffboardingService;
import dk.elaas.onboarding.OnboardingService;
import dk.elaas.onboarding.OnboardingSettings;
import dk.elaas.onboarding.WaitingOn;
import dk.elaas.onboarding.ui.review.AccessReviewViewModel.Row;
import dk.elaas.onboarding.ui.review.AccessReviewViewModel.RowKind;
import dk.elaas.settings.SettingsService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The yearly access review, headless with the inline runner on the real services and a real H2 file. */
class AccessReviewViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("Mette Lund", "CLERK");
    private static final I18n DA = I18n.danish();

    @TempDir
    Path dir;

    private ConsentWorld w;
    private final AtomicReference<Actor> actor = new AtomicReference<>(CLERK);
    private final AtomicReference<UUID> scope = new AtomicReference<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private final Deque<Optional<String>> answers = new ArrayDeque<>();
    private final AtomicInteger changes = new AtomicInteger();
    private OnboardingService onboarding;
    private AccessReviewViewModel vm;
    private UUID naerkoeb;
    private UUID apotek;
    private UUID caseId;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        naerkoeb = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        apotek = w.supplier("Apoteket Vest A/S", "29412006", "MEDICIN");
        onboarding = w.onboarding(actor::get, scope::get);
        caseId = ReviewFixture.activeEmployee(w, onboarding, naerkoeb, TODAY);
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { errors.add(message); }
            @Override public void showInfo(String title, String message) { infos.add(message); }
            @Override public boolean confirm(String title, String message) { return true; }
            @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
            @Override public Optional<String> askText(String title, String message, String initial) {
                return answers.isEmpty() ? Optional.empty() : answers.poll();
            }
        };
        OffboardingService offboarding = w.offboarding(actor::get, scope::get);
        AccessReviewService reviews = new AccessReviewService(w.db.tx(), CLOCK,
                new OnboardingSettings(new SettingsService(w.db.tx(), () -> dk.elaas.identity.Actor.SYSTEM)), actor::get, scope::get);
        vm = new AccessReviewViewModel(reviews, offboarding, new InlineTaskRunner(), dialogs, DA, changes::incrementAndGet);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private Row supplierRow(String name) {
        return vm.suppliers().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private Row employeeRow() {
        return supplierRow("Nærkøb Levering ApS").children().get(0);
    }

    private List<CaseSummary> offboardings() {
        return onboarding.list(naerkoeb, null).stream().filter(c -> c.kind() == CaseKind.OFFBOARDING).toList();
    }

    @Test
    void listsTheDueSuppliersWithActiveEmployeesAndTheCitizensEachMayOpen() {
        vm.load();

        assertThat(vm.suppliers()).extracting(Row::name).containsExactly("Apoteket Vest A/S", "Nærkøb Levering ApS");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 leverandører mangler gennemgang");
        Row supplier = supplierRow("Nærkøb Levering ApS");
        assertThat(supplier.detail()).isEqualTo("CVR 12972997");
        assertThat(supplier.status()).isEqualTo("Aldrig gennemgået – skal gennemgås");
        Row employee = employeeRow();
        assertThat(employee.kind()).isEqualTo(RowKind.EMPLOYEE);
        assertThat(employee.name()).isEqualTo("Jonas Holm");
        assertThat(employee.detail()).isEqualTo("ext34481@aarhus.dk");
        assertThat(employee.status()).isEqualTo("2 borgere · aktiv siden 10-03-2026");
        assertThat(employee.children()).extracting(Row::name, Row::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Grethe Bach", "Dagligvarer"),
                        org.assertj.core.groups.Tuple.tuple("Poul Krogh", "Kun opgangsdør"));
        assertThat(errors).isEmpty();
    }

    @Test
    void markingASupplierReviewedRecordsWhoAndWhenAndItLeavesTheDueList() {
        vm.load();
        vm.select(supplierRow("Nærkøb Levering ApS"));
        assertThat(vm.canMarkReviewedProperty().get()).isTrue();
        assertThat(vm.canEndAccessProperty().get()).isFalse();

        vm.markReviewed();

        assertThat(errors).isEmpty();
        assertThat(changes).hasValue(1);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Nærkøb Levering ApS er markeret som gennemgået 10-03-2026 af Mette Lund.");
        assertThat(vm.suppliers()).extracting(Row::name).containsExactly("Apoteket Vest A/S");

        vm.showAllProperty().set(true);
        assertThat(vm.suppliers()).extracting(Row::name).containsExactly("Apoteket Vest A/S", "Nærkøb Levering ApS");
        assertThat(supplierRow("Nærkøb Levering ApS").status()).isEqualTo("Gennemgået 10-03-2026 af Mette Lund");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 leverandører, heraf 1 der mangler gennemgang");
    }

    @Test
    void endingAnEmployeesAccessStartsAnOffboardingThatWaitsOnOejbWithTheMail() {
        vm.load();
        vm.select(employeeRow());
        assertThat(vm.canEndAccessProperty().get()).isTrue();
        answers.add(Optional.of("Fratrådt 28-02-2026"));

        vm.endAccess();

        assertThat(errors).isEmpty();
        assertThat(changes).hasValue(1);
        assertThat(infos).singleElement().asString().contains("Jonas Holm").contains("ligger klar")
                .contains("venter nu på, at ØJB bekræfter");
        List<CaseSummary> off = offboardings();
        assertThat(off).hasSize(1);
        CaseDetail detail = onboarding.detail(off.get(0).id());
        assertThat(detail.waitingOn()).isEqualTo(WaitingOn.OEJB);
        assertThat(detail.endsCaseId()).isEqualTo(caseId);
        assertThat(detail.citizenName()).isNull();
        assertThat(detail.reason()).isEqualTo("Fratrådt 28-02-2026");
        assertThat(detail.mails()).extracting(MailRecord::subject)
                .containsExactly("Ophør af adgang: Jonas Holm, Nærkøb Levering ApS");
        assertThat(detail.mails().get(0).recipients()).contains("he@ostbv.dk");

        // The review says so, and a second attempt is refused in Danish: the first one already waits on ØJB.
        assertThat(employeeRow().status()).endsWith("offboarding venter på ØJB");
        vm.select(employeeRow());
        answers.add(Optional.of("Igen"));
        vm.endAccess();
        assertThat(errors).containsExactly(DA.get("onboarding.error.alreadyOffboarding"));
        assertThat(offboardings()).hasSize(1);
    }

    @Test
    void endingOneCitizensAccessOffboardsOnlyThatCitizen() {
        vm.load();
        Row grant = employeeRow().children().stream().filter(r -> r.name().equals("Grethe Bach")).findFirst()
                .orElseThrow();
        vm.select(grant);
        answers.add(Optional.of("Borgeren får ikke længere varer leveret"));

        vm.endAccess();

        assertThat(errors).isEmpty();
        CaseDetail detail = onboarding.detail(offboardings().get(0).id());
        assertThat(detail.citizenName()).isEqualTo("Grethe Bach");
        assertThat(detail.waitingOn()).isEqualTo(WaitingOn.OEJB);
        assertThat(detail.mails()).hasSize(1);
        assertThat(infos).singleElement().asString().contains("Grethe Bach");
    }

    @Test
    void cancellingTheReasonChangesNothingAndABlankReasonIsRefusedInDanish() {
        vm.load();
        vm.select(employeeRow());

        vm.endAccess(); // the dialog is cancelled
        assertThat(offboardings()).isEmpty();
        assertThat(errors).isEmpty();

        answers.add(Optional.of("  "));
        vm.endAccess();
        assertThat(errors).containsExactly("Skriv, hvorfor adgangen skal ophøre.");
        assertThat(offboardings()).isEmpty();
        assertThat(changes).hasValue(0);
    }

    @Test
    void aSupplierUserSeesOnlyTheirOwnCompany() {
        actor.set(new Actor("Karin (Apoteket Vest)", "SUPPLIER"));
        scope.set(apotek);

        vm.showAllProperty().set(true);

        assertThat(vm.suppliers()).extracting(Row::name).containsExactly("Apoteket Vest A/S");
        vm.select(supplierRow("Apoteket Vest A/S"));
        vm.markReviewed();
        assertThat(errors).isEmpty();
        assertThat(supplierRow("Apoteket Vest A/S").status()).isEqualTo("Gennemgået 10-03-2026 af Karin (Apoteket Vest)");
    }

    @Test
    void fieldStaffMayNotMarkAReviewAndAreToldSoInDanish() {
        actor.set(new Actor("Lars", "FIELD_STAFF"));
        vm.load();
        vm.select(supplierRow("Nærkøb Levering ApS"));

        vm.markReviewed();

        assertThat(errors).containsExactly("Du (Lars) må ikke gøre dette i en onboardingsag med din rolle.");
        assertThat(supplierRow("Nærkøb Levering ApS").status()).isEqualTo("Aldrig gennemgået – skal gennemgås");
        assertThat(changes).hasValue(0);
    }
}
