package dk.elaas.onboarding;

import static dk.elaas.onboarding.OnboardingFixture.BOTH;
import static dk.elaas.onboarding.OnboardingFixture.CLERK;
import static dk.elaas.onboarding.OnboardingFixture.MANAGER_A;
import static dk.elaas.onboarding.OnboardingFixture.NOW;
import static dk.elaas.onboarding.OnboardingFixture.OEJB;
import static dk.elaas.onboarding.OnboardingFixture.TODAY;
import static dk.elaas.onboarding.OnboardingFixture.choose;
import static dk.elaas.onboarding.OnboardingFixture.doorEntry;
import static dk.elaas.onboarding.OnboardingFixture.under;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.access.GrantRecord;
import dk.elaas.supplier.SupplierEmployee;
import dk.elaas.task.TaskKind;
import dk.elaas.task.TaskRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offboarding (seed 000, section 4): the mail, ØJB's confirmation, exactly the affected grants ending, the task. */
class OffboardingServiceTest {

    @TempDir
    Path dir;

    private OnboardingFixture f;
    private OffboardingService clerkOff;
    private OffboardingService oejbOff;
    private UUID ingerConsent;
    private UUID inger;
    private UUID karen;
    private UUID bent;
    private UUID anna;
    private UUID peter;

    @BeforeEach
    void open() {
        f = new OnboardingFixture(dir);
        clerkOff = f.offboarding(CLERK, null);
        oejbOff = f.offboarding(OEJB, null);
        ingerConsent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        UUID karenConsent = f.received("Karen Sørensen", "170945-3456", f.supplierA, BOTH);
        UUID bentConsentB = f.received("Bent Østergaard", "290236-1567", f.supplierB, OnboardingFixture.GROCERIES);
        inger = f.citizenOf(ingerConsent);
        karen = f.citizenOf(karenConsent);
        bent = f.citizenOf(bentConsentB);
        anna = f.start(f.supplierA, "Anna", "Hansen").id();
        f.active(anna, choose(under(inger, ingerConsent), under(karen, karenConsent), doorEntry(bent)),
                "ext34481@aarhus.dk");
        peter = f.start(f.supplierA, "Peter", "Madsen").id();
        f.active(peter, choose(under(inger, ingerConsent)), "ext34482@aarhus.dk");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(OnboardingException.class)
                .extracting(e -> ((OnboardingException) e).messageKey()).isEqualTo(key);
    }

    private List<String> activeHolders(UUID citizen) {
        return f.activeGrants(citizen).stream().map(GrantRecord::employeeName).sorted().toList();
    }

    private SupplierEmployee employee(UUID caseId) {
        UUID id = f.clerk().detail(caseId).employeeId();
        return f.w.db.tx().call(s -> s.find(SupplierEmployee.class, id));
    }

    @Test
    void startNeedsAReasonAndOtherwiseStoresNothing() {
        long cases = f.count("OnboardingCase");
        long mails = f.count("OutgoingMail");

        refused(() -> clerkOff.start(anna, null, null), "onboarding.error.offboardReason");
        refused(() -> clerkOff.start(anna, inger, "   "), "onboarding.error.offboardReason");

        assertThat(f.count("OnboardingCase")).isEqualTo(cases);
        assertThat(f.count("OutgoingMail")).isEqualTo(mails);
        assertThat(f.clerk().detail(anna).offboardingCaseId()).isNull();
    }

    @Test
    void startQueuesTheMailAndTheCaseWaitsOnOejbWhileAccessStaysUntilOejbConfirms() {
        CaseDetail off = clerkOff.start(anna, null, " Fratrådt ");

        assertThat(off.kind()).isEqualTo(CaseKind.OFFBOARDING);
        assertThat(off.state()).isEqualTo(CaseState.OPEN);
        assertThat(off.waitingOn()).isEqualTo(WaitingOn.OEJB);
        assertThat(off.waitingSince()).isEqualTo(NOW);
        assertThat(off.endsCaseId()).isEqualTo(anna);
        assertThat(off.reason()).isEqualTo("Fratrådt");
        assertThat(off.citizenName()).isNull();
        assertThat(off.mails()).singleElement().extracting(r -> r.kind()).isEqualTo(OnboardingMails.OFFBOARDING);
        assertThat(f.clerk().detail(anna).offboardingCaseId()).isEqualTo(off.id());
        assertThat(f.clerk().detail(anna).state()).isEqualTo(CaseState.ACTIVE);
        assertThat(activeHolders(inger)).as("access ends when ØJB confirms, not before")
                .containsExactly("Anna Hansen", "Peter Madsen");
    }

    @Test
    void aSecondOffboardingOfTheSameAccessIsRefused() {
        clerkOff.start(anna, karen, "Borgeren er flyttet");
        refused(() -> clerkOff.start(anna, karen, "Igen"), "onboarding.error.alreadyOffboarding");

        clerkOff.start(anna, null, "Fratrådt");
        refused(() -> clerkOff.start(anna, null, "Igen"), "onboarding.error.alreadyOffboarding");
        refused(() -> clerkOff.start(anna, inger, "Borgeren er død"), "onboarding.error.alreadyOffboarding");

        assertThat(f.count("OnboardingCase where kind = dk.elaas.onboarding.CaseKind.OFFBOARDING")).isEqualTo(2);
        assertThat(f.clerk().list(null, List.of(CaseState.OPEN))).filteredOn(c -> c.kind() == CaseKind.OFFBOARDING)
                .hasSize(2);
    }

    @Test
    void offboardingACitizenTheEmployeeDoesNotServeIsRefused() {
        UUID stranger = f.received("Poul Nørgaard", "051233-1111", f.supplierB, OnboardingFixture.GROCERIES);
        long mails = f.count("OutgoingMail");

        refused(() -> clerkOff.start(peter, f.citizenOf(stranger), "Forkert borger"), "onboarding.error.citizenNotServed");
        refused(() -> clerkOff.start(peter, karen, "Peter har ikke Karen"), "onboarding.error.citizenNotServed");
        refused(() -> clerkOff.start(peter, UUID.randomUUID(), "Findes ikke"), "onboarding.error.citizenNotServed");

        assertThat(f.count("OutgoingMail")).as("no mail about a citizen outside the case").isEqualTo(mails);
    }

    @Test
    void confirmingAWholeEmployeeOffboardingEndsAllTheirGrantsClosesTheOnboardingAndSetsTheEndDate() {
        CaseDetail off = clerkOff.start(anna, null, "Fratrådt");
        LocalDate confirmed = TODAY.minusDays(1);

        f.sendMails(off.id());
        CaseDetail done = oejbOff.confirmDeletion(off.id(), confirmed, "Hasse Eriksen, ØJB");

        assertThat(done.state()).isEqualTo(CaseState.CLOSED);
        assertThat(done.waitingOn()).isNull();
        assertThat(done.deletionConfirmedOn()).isEqualTo(confirmed);
        assertThat(done.deletionConfirmedBy()).isEqualTo("Hasse Eriksen, ØJB");
        assertThat(activeHolders(inger)).as("Peter keeps his access").containsExactly("Peter Madsen");
        assertThat(activeHolders(karen)).isEmpty();
        assertThat(activeHolders(bent)).as("the door-entry grant ends too").isEmpty();
        assertThat(f.w.grants.forConsent(ingerConsent))
                .filteredOn(g -> g.employeeName().equals("Anna Hansen")).singleElement().satisfies(g -> {
                    assertThat(g.revokedAt()).isEqualTo(NOW);
                    assertThat(g.revokeReason()).contains("Fratrådt");
                });
        CaseDetail onboarding = f.clerk().detail(anna);
        assertThat(onboarding.state()).isEqualTo(CaseState.CLOSED);
        assertThat(onboarding.citizens()).allSatisfy(l -> assertThat(l.grantActive()).isFalse());
        assertThat(employee(anna).getEndDate()).isEqualTo(confirmed);
        assertThat(f.clerk().detail(peter).state()).isEqualTo(CaseState.ACTIVE);

        refused(() -> oejbOff.confirmDeletion(off.id(), TODAY, null), "onboarding.error.notWaitingDeletion");
        refused(() -> clerkOff.start(anna, null, "Igen"), "onboarding.error.closed");
        refused(() -> f.clerk().save(anna, new StepInput.TwoFactor(true, TODAY), "Ret"), "onboarding.error.closed");
    }

    @Test
    void confirmingACitizenOnlyOffboardingEndsOnlyThatCitizensGrantAndTheOnboardingStaysActive() {
        CaseDetail off = f.offboarding(MANAGER_A, f.supplierA).start(anna, inger, "Borgeren er flyttet");
        assertThat(off.citizenName()).isEqualTo("Inger Marie Kjær");
        assertThat(f.clerk().detail(anna).offboardingCaseId()).as("not a whole-employee offboarding").isNull();

        f.sendMails(off.id());
        CaseDetail done = oejbOff.confirmDeletion(off.id(), TODAY, null);

        assertThat(done.state()).isEqualTo(CaseState.CLOSED);
        assertThat(done.deletionConfirmedBy()).as("the signed-in ØJB user when no name is given")
                .isEqualTo(OEJB.name());
        assertThat(activeHolders(inger)).containsExactly("Peter Madsen");
        assertThat(activeHolders(karen)).containsExactly("Anna Hansen");
        assertThat(activeHolders(bent)).containsExactly("Anna Hansen");
        CaseDetail onboarding = f.clerk().detail(anna);
        assertThat(onboarding.state()).isEqualTo(CaseState.ACTIVE);
        assertThat(onboarding.citizens()).extracting(CitizenLine::citizenName, CitizenLine::grantActive)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bent Østergaard", true),
                        org.assertj.core.groups.Tuple.tuple("Inger Marie Kjær", false),
                        org.assertj.core.groups.Tuple.tuple("Karen Sørensen", true));
        assertThat(employee(anna).getEndDate()).isNull();
    }

    @Test
    void aConfirmationDatedInTheFutureOrByASupplierIsRefusedAndNothingEnds() {
        CaseDetail off = clerkOff.start(anna, null, "Fratrådt");

        refused(() -> oejbOff.confirmDeletion(off.id(), TODAY.plusDays(1), null), "onboarding.error.deletionDate");
        refused(() -> oejbOff.confirmDeletion(off.id(), null, null), "onboarding.error.deletionDate");
        refused(() -> f.offboarding(MANAGER_A, f.supplierA).confirmDeletion(off.id(), TODAY, null),
                "onboarding.error.notAllowed");

        assertThat(f.clerk().detail(off.id()).state()).isEqualTo(CaseState.OPEN);
        assertThat(f.clerk().detail(anna).state()).isEqualTo(CaseState.ACTIVE);
        assertThat(activeHolders(karen)).containsExactly("Anna Hansen");
        assertThat(employee(anna).getEndDate()).isNull();
    }

    @Test
    void aSupplierUserCannotOffboardAnotherCompanysEmployee() {
        UUID consentB = f.received("Ellen Holm", "030344-2222", f.supplierB,
                OnboardingFixture.MEALS_AND_GROCERIES);
        UUID ole = f.start(f.supplierB, "Ole", "Bak").id();
        f.active(ole, choose(under(f.citizenOf(consentB), consentB)), "ext55501@aarhus.dk");

        refused(() -> f.offboarding(MANAGER_A, f.supplierA).start(ole, null, "Ikke vores"),
                "onboarding.error.otherSupplier");
        assertThat(f.clerk().detail(ole).offboardingCaseId()).isNull();
    }

    @Test
    void theOffboardingDueTaskAppearsWhenTheEndDateHasPassedAndDisappearsOnceOffboardingStarts() {
        f.clerk().save(anna, new StepInput.EmployeeDetails("Anna", "Hansen", "anna@naerkoeb.dk", false, TODAY),
                "Slutdato kendt");
        assertThat(due()).as("the end date is today: not passed yet").isEmpty();

        f.clerk().save(anna, new StepInput.EmployeeDetails("Anna", "Hansen", "anna@naerkoeb.dk", false,
                TODAY.minusDays(1)), "Sidste arbejdsdag var i går");
        assertThat(due()).singleElement().satisfies(t -> {
            assertThat(t.caseId()).isEqualTo(anna);
            assertThat(t.citizenName()).as("the task names the employee").isEqualTo("Anna Hansen");
            assertThat(t.supplierId()).isEqualTo(f.supplierA);
            assertThat(t.supplierName()).isEqualTo("Nærkøb Risskov ApS");
            assertThat(t.date()).isEqualTo(TODAY.minusDays(1));
        });
        assertThat(clerkOff.due()).extracting(CaseSummary::id).containsExactly(anna);
        assertThat(f.offboarding(MANAGER_A, f.supplierB).due()).as("another supplier does not see it").isEmpty();

        clerkOff.start(anna, inger, "Kun én borger");
        assertThat(due()).as("a citizen-only offboarding does not end the employee").hasSize(1);

        clerkOff.start(anna, null, "Fratrådt");
        assertThat(due()).isEmpty();
    }

    private List<TaskRecord> due() {
        return f.w.tasks().open().stream().filter(t -> t.kind() == TaskKind.OFFBOARDING_DUE).toList();
    }
}
