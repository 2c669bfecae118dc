package dk.elaas.onboarding;

import static dk.elaas.onboarding.OnboardingFixture.BOTH;
import static dk.elaas.onboarding.OnboardingFixture.CLERK;
import static dk.elaas.onboarding.OnboardingFixture.FIELD_STAFF;
import static dk.elaas.onboarding.OnboardingFixture.GROCERIES;
import static dk.elaas.onboarding.OnboardingFixture.MANAGER_A;
import static dk.elaas.onboarding.OnboardingFixture.NOW;
import static dk.elaas.onboarding.OnboardingFixture.OEJB;
import static dk.elaas.onboarding.OnboardingFixture.TODAY;
import static dk.elaas.onboarding.OnboardingFixture.choose;
import static dk.elaas.onboarding.OnboardingFixture.clockOn;
import static dk.elaas.onboarding.OnboardingFixture.details;
import static dk.elaas.onboarding.OnboardingFixture.doorEntry;
import static dk.elaas.onboarding.OnboardingFixture.ext;
import static dk.elaas.onboarding.OnboardingFixture.group;
import static dk.elaas.onboarding.OnboardingFixture.newEmployee;
import static dk.elaas.onboarding.OnboardingFixture.phoniro;
import static dk.elaas.onboarding.OnboardingFixture.twoFactor;
import static dk.elaas.onboarding.OnboardingFixture.under;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.elaas.access.AccessGrant;
import dk.elaas.access.GrantRecord;
import dk.elaas.audit.AuditEvent;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.consent.Withdrawal;
import dk.elaas.consent.WithdrawnBy;
import dk.elaas.supplier.SupplierEmployee;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The six-step onboarding case on a real H2 file: order, validation, corrections, the step-6 gate and roles. */
class OnboardingServiceTest {

    @TempDir
    Path dir;

    private OnboardingFixture f;
    private OnboardingService clerk;

    @BeforeEach
    void open() {
        f = new OnboardingFixture(dir);
        clerk = f.clerk();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(OnboardingException.class)
                .extracting(e -> ((OnboardingException) e).messageKey()).isEqualTo(key);
    }

    /** Field → message key of an {@link InvalidInputException}. */
    private static Map<String, String> invalid(ThrowingCallable call) {
        try {
            call.call();
        } catch (InvalidInputException e) {
            Map<String, String> keys = new LinkedHashMap<>();
            e.errors().forEach((field, v) -> keys.put(field, v.errorKey()));
            return keys;
        } catch (Throwable t) {
            throw new AssertionError("Expected InvalidInputException, got " + t, t);
        }
        throw new AssertionError("Expected InvalidInputException, nothing was thrown");
    }

    private UUID caseAtStep3(String first) {
        UUID id = f.start(f.supplierA, first, "Hansen").id();
        UUID consent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        clerk.save(id, choose(under(f.citizenOf(consent), consent)), null);
        clerk.save(id, details(first, "Hansen", first.toLowerCase() + "@naerkoeb.dk"), null);
        return id;
    }

    // --- start -----------------------------------------------------------------------------------------------

    @Test
    void startRefusesMissingNamesBadEmailNoSupplierAndServicesTheSupplierLacksAndStoresNothing() {
        assertThat(invalid(() -> clerk.start(new NewEmployee(f.supplierA, " ", null, "anna@naerkoeb.dk", false, Set.of(),
                null)))).containsEntry("firstName", "validation.required").containsEntry("lastName", "validation.required");
        assertThat(invalid(() -> clerk.start(new NewEmployee(f.supplierA, "Anna", "Hansen", "anna@naerkoeb", false,
                Set.of(), null)))).containsExactly(Map.entry("workEmail", "validation.email.format"));
        assertThat(invalid(() -> clerk.start(new NewEmployee(f.supplierA, "Anna", "Hansen", "", false, Set.of(), null))))
                .containsExactly(Map.entry("workEmail", "validation.required"));
        assertThat(invalid(() -> clerk.start(new NewEmployee(null, "Anna", "Hansen", "anna@naerkoeb.dk", false, Set.of(),
                null)))).containsExactly(Map.entry("supplier", "validation.required"));
        assertThat(invalid(() -> clerk.start(new NewEmployee(UUID.randomUUID(), "Anna", "Hansen", "anna@naerkoeb.dk",
                false, Set.of(), null)))).containsExactly(Map.entry("supplier", "onboarding.validation.noSupplier"));
        assertThat(invalid(() -> clerk.start(new NewEmployee(f.supplierA, "Anna", "Hansen", "anna@naerkoeb.dk", false,
                Set.of("DAGLIGVARER", "MADSERVICE"), null))))
                .as("Nærkøb does not deliver meals").containsExactly(Map.entry("services", "onboarding.validation.services"));

        assertThat(f.count("OnboardingCase")).isZero();
        assertThat(f.count("OnboardingStep")).isZero();
        assertThat(f.count("SupplierEmployee")).isZero();
        assertThat(clerk.list(null, null)).isEmpty();
    }

    @Test
    void aNewCaseStartsAtStepOneWaitingOnTheSuppliersManagerWithAllTheSuppliersServices() {
        CaseDetail d = clerk.start(new NewEmployee(f.supplierA, " Anna ", "Hansen", "Anna.Hansen@NAERKOEB.dk", false,
                Set.of(), LocalDate.of(2026, 12, 31)));

        assertThat(d.kind()).isEqualTo(CaseKind.ONBOARDING);
        assertThat(d.state()).isEqualTo(CaseState.OPEN);
        assertThat(d.currentStep()).isEqualTo(OnboardingStepKind.CONSENT);
        assertThat(d.waitingOn()).isEqualTo(WaitingOn.SUPPLIER_MANAGER);
        assertThat(d.waitingSince()).isEqualTo(NOW);
        assertThat(d.employeeName()).isEqualTo("Anna Hansen");
        assertThat(d.data().employee().workEmail()).isEqualTo("Anna.Hansen@naerkoeb.dk");
        assertThat(d.supplierName()).isEqualTo("Nærkøb Risskov ApS");
        assertThat(d.supplierCvr()).isEqualTo("10150817");
        assertThat(d.services()).containsExactly("DAGLIGVARER", "MEDICIN");
        assertThat(d.steps()).extracting(CaseDetail.StepRecord::step, CaseDetail.StepRecord::status).containsExactly(
                tuple(OnboardingStepKind.CONSENT, StepStatus.IN_PROGRESS),
                tuple(OnboardingStepKind.EMPLOYEE_DETAILS, StepStatus.PENDING),
                tuple(OnboardingStepKind.EXT_ACTIVATION, StepStatus.PENDING),
                tuple(OnboardingStepKind.AZURE_GROUP, StepStatus.PENDING),
                tuple(OnboardingStepKind.TWO_FACTOR, StepStatus.PENDING),
                tuple(OnboardingStepKind.PHONIRO, StepStatus.PENDING));
        assertThat(d.activatedAt()).isNull();
        assertThat(clerk.list(null, null)).singleElement().satisfies(s -> {
            assertThat(s.employeeName()).isEqualTo("Anna Hansen");
            assertThat(s.currentStep()).isEqualTo(OnboardingStepKind.CONSENT);
            assertThat(s.waitingOn()).isEqualTo(WaitingOn.SUPPLIER_MANAGER);
            assertThat(s.endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        });
    }

    // --- order -----------------------------------------------------------------------------------------------

    @Test
    void eachStepInOrderMovesTheCaseOnToWhoeverDoesTheNextStepAndRecordsWhoAndWhen() {
        LocalDate d1 = TODAY.minusDays(5);
        LocalDate d2 = TODAY.minusDays(4);
        LocalDate d3 = TODAY.minusDays(3);
        LocalDate d4 = TODAY.minusDays(2);
        LocalDate d5 = TODAY.minusDays(1);
        UUID consent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        UUID id = f.on(d1, MANAGER_A, f.supplierA).start(newEmployee(f.supplierA, "Anna", "Hansen")).id();

        CaseDetail c = f.on(d1, MANAGER_A, f.supplierA).save(id, choose(under(f.citizenOf(consent), consent)), null);
        assertMovedOn(c, OnboardingStepKind.CONSENT, MANAGER_A.name(), d1, OnboardingStepKind.EMPLOYEE_DETAILS,
                WaitingOn.SUPPLIER_MANAGER);

        c = f.on(d2, MANAGER_A, f.supplierA).save(id, details("Anna", "Hansen", "anna@naerkoeb.dk"), null);
        assertMovedOn(c, OnboardingStepKind.EMPLOYEE_DETAILS, MANAGER_A.name(), d2, OnboardingStepKind.EXT_ACTIVATION,
                WaitingOn.EMPLOYEE);

        c = f.on(d3, MANAGER_A, f.supplierA).save(id, new StepInput.ExtActivation(d2, d3, "ext34481@aarhus.dk"), null);
        assertMovedOn(c, OnboardingStepKind.EXT_ACTIVATION, MANAGER_A.name(), d3, OnboardingStepKind.AZURE_GROUP,
                WaitingOn.SYSTEM_OWNER);
        assertThat(c.extUsername()).isEqualTo("ext34481@aarhus.dk");

        f.on(d4, MANAGER_A, f.supplierA).queueUsernameMail(id);
        c = f.on(d4, CLERK, null).save(id, new StepInput.AzureGroup(d4, d4), null);
        assertMovedOn(c, OnboardingStepKind.AZURE_GROUP, CLERK.name(), d4, OnboardingStepKind.TWO_FACTOR,
                WaitingOn.EMPLOYEE);

        c = f.on(d5, MANAGER_A, f.supplierA).save(id, new StepInput.TwoFactor(true, d5), null);
        assertMovedOn(c, OnboardingStepKind.TWO_FACTOR, MANAGER_A.name(), d5, OnboardingStepKind.PHONIRO,
                WaitingOn.OEJB);

        f.sendMails(id);
        c = f.as(OEJB, null).save(id, phoniro(), null);
        assertThat(c.state()).isEqualTo(CaseState.ACTIVE);
        assertThat(c.activatedAt()).isEqualTo(NOW);
        assertThat(c.currentStep()).isNull();
        assertThat(c.waitingOn()).isNull();
        assertThat(c.step(OnboardingStepKind.PHONIRO)).satisfies(s -> {
            assertThat(s.status()).isEqualTo(StepStatus.DONE);
            assertThat(s.completedBy()).isEqualTo(OEJB.name());
            assertThat(s.completedAt()).isEqualTo(NOW);
        });
        assertThat(c.steps()).extracting(CaseDetail.StepRecord::completedBy).containsExactly(MANAGER_A.name(),
                MANAGER_A.name(), MANAGER_A.name(), CLERK.name(), MANAGER_A.name(), OEJB.name());
        assertThat(c.data().extActivation()).isEqualTo(new StepInput.ExtActivation(d2, d3, "ext34481@aarhus.dk"));
        assertThat(c.data().azureGroup()).isEqualTo(new StepInput.AzureGroup(d4, d4));
        assertThat(c.data().twoFactor()).isEqualTo(new StepInput.TwoFactor(true, d5));
        assertThat(c.data().phoniro()).isEqualTo(phoniro());
    }

    private static void assertMovedOn(CaseDetail c, OnboardingStepKind done, String by, LocalDate on,
                                      OnboardingStepKind next, WaitingOn waitingOn) {
        assertThat(c.state()).as("never active with a step missing").isEqualTo(CaseState.OPEN);
        assertThat(c.activatedAt()).isNull();
        assertThat(c.step(done).status()).isEqualTo(StepStatus.DONE);
        assertThat(c.step(done).completedBy()).isEqualTo(by);
        assertThat(c.step(done).completedAt()).isEqualTo(clockOn(on).instant());
        assertThat(c.currentStep()).isEqualTo(next);
        assertThat(c.step(next).status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(c.steps()).filteredOn(s -> s.step().ordinal() > next.ordinal())
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(StepStatus.PENDING));
        assertThat(c.waitingOn()).isEqualTo(waitingOn);
        assertThat(c.waitingSince()).isEqualTo(clockOn(on).instant());
    }

    @Test
    void skippingAStepIsRefusedAndChangesNothing() {
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        CaseDetail before = clerk.detail(id);

        assertThatThrownBy(() -> clerk.save(id, twoFactor(), null)).isInstanceOf(OnboardingException.class)
                .satisfies(e -> {
                    assertThat(((OnboardingException) e).messageKey()).isEqualTo("onboarding.error.skip");
                    assertThat(((OnboardingException) e).args()).containsExactly(5, 1);
                });
        refused(() -> clerk.save(id, details("Anna", "Hansen", "anna@naerkoeb.dk"), null), "onboarding.error.skip");
        refused(() -> f.as(OEJB, null).save(id, phoniro(), null), "onboarding.error.skip");

        CaseDetail after = clerk.detail(id);
        assertThat(after.currentStep()).isEqualTo(OnboardingStepKind.CONSENT);
        assertThat(after.steps()).isEqualTo(before.steps());
        assertThat(after.data()).isEqualTo(before.data());
        assertThat(after.mails()).as("no step-2 mail from a refused step 2").isEmpty();
        assertThat(f.count("AccessGrant")).isZero();
    }

    // --- validation of each step ----------------------------------------------------------------------------

    @Test
    void stepOneNeedsCitizensUnderThisSuppliersConsentsThatAreNotWithdrawn() {
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        UUID ofB = f.received("Karen Sørensen", "170945-3456", f.supplierB, GROCERIES);
        UUID withdrawn = f.received("Bent Østergaard", "290236-1567", f.supplierA, GROCERIES);
        f.w.lifecycle.withdraw(withdrawn, new Withdrawal(TODAY, WithdrawnBy.CITIZEN, "Flytter på plejehjem"));
        UUID ok = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);

        assertThat(invalid(() -> clerk.save(id, choose(), null)))
                .containsExactly(Map.entry("citizens", "onboarding.validation.noCitizens"));
        assertThat(invalid(() -> clerk.save(id, choose(under(f.citizenOf(ofB), ofB)), null)))
                .containsExactly(Map.entry("citizens", "onboarding.validation.consentNotThisSupplier"));
        assertThat(invalid(() -> clerk.save(id, choose(under(f.citizenOf(withdrawn), withdrawn)), null)))
                .containsExactly(Map.entry("citizens", "onboarding.validation.consentEnded"));
        assertThat(invalid(() -> clerk.save(id, choose(under(f.citizenOf(ok), ok), doorEntry(f.citizenOf(ok))), null)))
                .containsExactly(Map.entry("citizens", "onboarding.validation.duplicateCitizen"));
        assertThat(clerk.detail(id).currentStep()).isEqualTo(OnboardingStepKind.CONSENT);
        assertThat(clerk.detail(id).citizens()).isEmpty();

        assertThat(clerk.consentOptions(id)).as("the supplier's own consents that can still be used")
                .extracting(OnboardingService.ConsentOption::consentId, OnboardingService.ConsentOption::status)
                .containsExactly(tuple(ok, "RECEIVED"));
        assertThat(clerk.save(id, choose(under(f.citizenOf(ok), ok)), null).citizens())
                .extracting(CitizenLine::citizenName, CitizenLine::consentStatus).containsExactly(
                        tuple("Inger Marie Kjær", "RECEIVED"));
    }

    @Test
    void extUsernameMustLookLikeExt12345AtAarhusDkAndIsStoredInLowerCase() {
        UUID id = caseAtStep3("Anna");

        for (String bad : List.of("anna.hansen@aarhus.dk", "ext12345@aarhus.com", "ext12@aarhus.dk", "ext12345",
                "ext 12345@aarhus.dk")) {
            assertThat(invalid(() -> clerk.save(id, ext(bad), null))).as(bad)
                    .containsExactly(Map.entry("extUsername", "onboarding.validation.extUsername"));
        }
        assertThat(invalid(() -> clerk.save(id, ext(" "), null)))
                .containsExactly(Map.entry("extUsername", "validation.required"));
        assertThat(clerk.detail(id).extUsername()).isNull();
        assertThat(clerk.detail(id).currentStep()).isEqualTo(OnboardingStepKind.EXT_ACTIVATION);

        assertThat(clerk.save(id, ext(" EXT34481@Aarhus.DK "), null).extUsername()).isEqualTo("ext34481@aarhus.dk");
    }

    @Test
    void aUsernameAnotherEmployeeAlreadyHasIsRefused() {
        UUID first = caseAtStep3("Anna");
        clerk.save(first, ext("ext34481@aarhus.dk"), null);
        UUID second = f.start(f.supplierA, "Peter", "Madsen").id();
        UUID consent = f.received("Karen Sørensen", "170945-3456", f.supplierA, BOTH);
        clerk.save(second, choose(under(f.citizenOf(consent), consent)), null);
        clerk.save(second, details("Peter", "Madsen", "peter@naerkoeb.dk"), null);

        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> clerk.save(second, ext("EXT34481@aarhus.dk"), null));
        assertThat(e).isNotNull();
        assertThat(e.errors().get("extUsername").errorKey()).isEqualTo("onboarding.validation.usernameTaken");
        assertThat(e.errors().get("extUsername").errorArgs()).containsExactly("ext34481@aarhus.dk");

        CaseDetail d = clerk.detail(second);
        assertThat(d.extUsername()).isNull();
        assertThat(d.currentStep()).isEqualTo(OnboardingStepKind.EXT_ACTIVATION);
        assertThat(d.data().extActivation()).isNull();
        assertThat(clerk.save(first, ext("ext34481@aarhus.dk"), "Samme brugernavn, ny dato").extUsername())
                .as("an employee keeps their own username on a correction").isEqualTo("ext34481@aarhus.dk");
    }

    @Test
    void stepDatesMayNotBeInTheFutureNorBeforeTheStepsEarlierDate() {
        UUID id = caseAtStep3("Anna");

        assertThat(invalid(() -> clerk.save(id, new StepInput.ExtActivation(TODAY.plusDays(1), TODAY.plusDays(1),
                "ext34481@aarhus.dk"), null))).containsEntry("invitationMailOn", "onboarding.validation.future")
                .containsEntry("createdMailOn", "onboarding.validation.future");
        assertThat(invalid(() -> clerk.save(id, new StepInput.ExtActivation(TODAY.minusDays(2), TODAY.minusDays(3),
                "ext34481@aarhus.dk"), null)))
                .as("the 'oprettet' mail comes after the invitation")
                .containsExactly(Map.entry("createdMailOn", "onboarding.validation.beforePrevious"));
        assertThat(invalid(() -> clerk.save(id, new StepInput.ExtActivation(TODAY, null, "ext34481@aarhus.dk"), null)))
                .containsExactly(Map.entry("createdMailOn", "validation.required"));
        assertThat(clerk.detail(id).currentStep()).isEqualTo(OnboardingStepKind.EXT_ACTIVATION);

        clerk.save(id, ext("ext34481@aarhus.dk"), null);
        clerk.queueUsernameMail(id);
        assertThat(invalid(() -> clerk.save(id, new StepInput.AzureGroup(TODAY, TODAY.plusDays(1)), null)))
                .containsExactly(Map.entry("groupConfirmedOn", "onboarding.validation.future"));
        assertThat(invalid(() -> clerk.save(id, new StepInput.AzureGroup(TODAY, TODAY.minusDays(1)), null)))
                .containsExactly(Map.entry("groupConfirmedOn", "onboarding.validation.beforePrevious"));
        assertThat(invalid(() -> clerk.save(id, new StepInput.AzureGroup(TODAY.minusDays(1), TODAY), null)))
                .as("ordered before the username was mailed today")
                .containsExactly(Map.entry("groupOrderedOn", "onboarding.validation.beforeUsernameMail"));
        assertThat(clerk.detail(id).currentStep()).isEqualTo(OnboardingStepKind.AZURE_GROUP);

        clerk.save(id, group(), null);
        assertThat(invalid(() -> clerk.save(id, new StepInput.TwoFactor(true, TODAY.plusDays(1)), null)))
                .containsExactly(Map.entry("doneOn", "onboarding.validation.future"));
        clerk.save(id, twoFactor(), null);
        assertThat(invalid(() -> f.as(OEJB, null).save(id, new StepInput.Phoniro(TODAY, true, true, TODAY.minusDays(1)),
                null))).containsExactly(Map.entry("confirmedOn", "onboarding.validation.beforePrevious"));
        assertThat(invalid(() -> f.as(OEJB, null).save(id, new StepInput.Phoniro(TODAY.plusDays(1), true, true,
                TODAY.plusDays(1)), null))).containsEntry("oejbContactedOn", "onboarding.validation.future");
        assertThat(clerk.detail(id).state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void twoFactorOnASharedPhoneIsRefused() {
        UUID id = caseAtStep3("Anna");
        clerk.save(id, ext("ext34481@aarhus.dk"), null);
        clerk.queueUsernameMail(id);
        clerk.save(id, group(), null);

        assertThat(invalid(() -> clerk.save(id, new StepInput.TwoFactor(false, TODAY), null)))
                .containsExactly(Map.entry("onPersonalPhone", "onboarding.validation.personalPhone"));

        CaseDetail d = clerk.detail(id);
        assertThat(d.currentStep()).isEqualTo(OnboardingStepKind.TWO_FACTOR);
        assertThat(d.data().twoFactor()).isNull();
    }

    @Test
    void phoniroWithoutOejbConfirmingUserAndDeviceIsRefusedAndGrantsNothing() {
        UUID consent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        f.toStepSix(id, choose(under(f.citizenOf(consent), consent)), "ext34481@aarhus.dk");
        OnboardingService oejb = f.as(OEJB, null);

        assertThat(invalid(() -> oejb.save(id, new StepInput.Phoniro(TODAY, false, false, TODAY), null)))
                .containsExactly(Map.entry("userCreated", "onboarding.validation.userCreated"),
                        Map.entry("deviceRegistered", "onboarding.validation.deviceRegistered"));
        assertThat(invalid(() -> oejb.save(id, new StepInput.Phoniro(TODAY, true, false, TODAY), null)))
                .containsExactly(Map.entry("deviceRegistered", "onboarding.validation.deviceRegistered"));

        assertThat(clerk.detail(id).state()).isEqualTo(CaseState.OPEN);
        assertThat(f.activeGrants(f.citizenOf(consent))).isEmpty();
    }

    @Test
    void theAzureGroupStepWaitsForTheUsernameMail() {
        UUID id = caseAtStep3("Anna");
        refused(() -> clerk.queueUsernameMail(id), "onboarding.error.noUsername");
        clerk.save(id, ext("ext34481@aarhus.dk"), null);

        refused(() -> clerk.save(id, group(), null), "onboarding.error.usernameMailFirst");
        assertThat(clerk.detail(id).currentStep()).isEqualTo(OnboardingStepKind.AZURE_GROUP);
        assertThat(clerk.detail(id).step(OnboardingStepKind.AZURE_GROUP).status()).isEqualTo(StepStatus.IN_PROGRESS);

        clerk.queueUsernameMail(id);
        assertThat(clerk.save(id, group(), null).currentStep()).isEqualTo(OnboardingStepKind.TWO_FACTOR);
    }

    @Test
    void resendingTheUsernameMailAfterACorrectionKeepsWhomTheCaseWaitsOn() throws Exception {
        UUID consent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        f.toStepSix(id, choose(under(f.citizenOf(consent), consent)), "ext34481@aarhus.dk");
        clerk.save(id, ext("ext34488@aarhus.dk"), "Forkert ciffer i brugernavnet");

        CaseDetail atSix = clerk.queueUsernameMail(id);

        assertThat(atSix.currentStep()).isEqualTo(OnboardingStepKind.PHONIRO);
        assertThat(atSix.waitingOn()).as("step 6 still waits on ØJB").isEqualTo(WaitingOn.OEJB);
        assertThat(atSix.mails()).filteredOn(m -> m.kind().equals(OnboardingMails.USERNAME)).hasSize(2)
                .anySatisfy(m -> assertThat(m.subject()).contains("ext34488@aarhus.dk"));

        f.sendMails(id);
        f.as(OEJB, null).save(id, phoniro(), null);
        CaseDetail active = clerk.queueUsernameMail(id);
        assertThat(active.state()).isEqualTo(CaseState.ACTIVE);
        assertThat(active.waitingOn()).as("an active case waits on no one").isNull();
        assertThat(clerk.list(null, null)).singleElement().extracting(CaseSummary::waitingOn).isNull();

        f.offboarding(OEJB, null).confirmDeletion(
                f.sendMails(f.offboarding(CLERK, null).start(id, null, "Fratrådt").id()).id(), TODAY,
                null);
        long mails = f.count("OutgoingMail");
        refused(() -> clerk.queueUsernameMail(id), "onboarding.error.closed");
        assertThat(f.count("OutgoingMail")).as("no group order for an offboarded employee").isEqualTo(mails);
    }

    // --- corrections -----------------------------------------------------------------------------------------

    @Test
    void correctingADoneStepNeedsAReasonIsNotedOnTheStepAuditedAndLeavesTheCurrentStep() {
        UUID id = caseAtStep3("Anna");
        clerk.save(id, ext("ext34481@aarhus.dk"), null);
        UUID employee = clerk.detail(id).employeeId();
        StepInput.EmployeeDetails corrected = details("Anna", "Hansen-Berg", "anna@naerkoeb.dk");

        refused(() -> clerk.save(id, corrected, null), "onboarding.error.correctionReason");
        refused(() -> clerk.save(id, corrected, "  "), "onboarding.error.correctionReason");
        assertThat(clerk.detail(id).employeeName()).isEqualTo("Anna Hansen");

        CaseDetail d = clerk.save(id, corrected, "Efternavnet var stavet forkert");

        assertThat(d.employeeName()).isEqualTo("Anna Hansen-Berg");
        assertThat(d.currentStep()).as("a correction does not move the case").isEqualTo(OnboardingStepKind.AZURE_GROUP);
        assertThat(d.waitingOn()).isEqualTo(WaitingOn.SYSTEM_OWNER);
        assertThat(d.step(OnboardingStepKind.EMPLOYEE_DETAILS).status()).isEqualTo(StepStatus.DONE);
        assertThat(d.step(OnboardingStepKind.EMPLOYEE_DETAILS).notes())
                .isEqualTo("Rettet 10-03-2026 af Mette Sagsbehandler: Efternavnet var stavet forkert");
        assertThat(d.step(OnboardingStepKind.AZURE_GROUP).status()).isEqualTo(StepStatus.IN_PROGRESS);

        List<AuditEvent> employeeAudit = f.audit(employee);
        assertThat(employeeAudit).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("UPDATE");
            assertThat(e.getUserName()).isEqualTo("Mette Sagsbehandler");
            assertThat(e.getDetails()).contains("lastName: \"Hansen\" → \"Hansen-Berg\"");
        });
        UUID stepRow = f.w.db.tx().call(s -> s.createSelectionQuery("select t.id from OnboardingStep t"
                + " where t.onboardingCase.id = :c and t.step = :k", UUID.class).setParameter("c", id)
                .setParameter("k", OnboardingStepKind.EMPLOYEE_DETAILS).getSingleResult());
        assertThat(f.audit(stepRow)).anySatisfy(e -> assertThat(e.getDetails())
                .contains("notes: – → \"Rettet 10-03-2026 af Mette Sagsbehandler: Efternavnet var stavet forkert\""));

        CaseDetail again = clerk.save(id, ext("ext34482@aarhus.dk"), "Forkert brugernavn tastet");
        assertThat(again.extUsername()).isEqualTo("ext34482@aarhus.dk");
        assertThat(again.currentStep()).isEqualTo(OnboardingStepKind.AZURE_GROUP);
        assertThat(f.audit(employee)).anySatisfy(e -> assertThat(e.getDetails())
                .contains("extUsername: \"ext34481@aarhus.dk\" → \"ext34482@aarhus.dk\""));
    }

    @Test
    void correctingTheCitizensOfAnOpenCaseReplacesThemAndStepSixGrantsExactlyTheCorrectedOnes() {
        UUID ingerConsent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        UUID karenConsent = f.received("Karen Sørensen", "170945-3456", f.supplierA, BOTH);
        UUID bentConsent = f.received("Bent Østergaard", "290236-1567", f.supplierA, BOTH);
        UUID inger = f.citizenOf(ingerConsent);
        UUID karen = f.citizenOf(karenConsent);
        UUID bent = f.citizenOf(bentConsent);
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        f.toStepSix(id, choose(under(inger, ingerConsent), under(karen, karenConsent)), "ext34481@aarhus.dk");

        CaseDetail d = clerk.save(id, choose(doorEntry(inger), under(bent, bentConsent)),
                "Karen er flyttet; hos Inger kun opgangsdøren");

        assertThat(d.currentStep()).isEqualTo(OnboardingStepKind.PHONIRO);
        assertThat(d.citizens()).extracting(CitizenLine::citizenName, CitizenLine::doorEntryOnly, CitizenLine::consentId)
                .containsExactly(tuple("Bent Østergaard", false, bentConsent), tuple("Inger Marie Kjær", true, null));
        assertThat(d.step(OnboardingStepKind.CONSENT).notes()).contains("Karen er flyttet");

        f.as(OEJB, null).save(id, phoniro(), null);
        assertThat(f.activeGrants(inger)).singleElement().extracting(GrantRecord::doorEntryOnly).isEqualTo(true);
        assertThat(f.activeGrants(bent)).singleElement().extracting(GrantRecord::consentId).isEqualTo(bentConsent);
        assertThat(f.activeGrants(karen)).isEmpty();
    }

    @Test
    void theCaseListCountsTheDaysTheCaseHasWaited() {
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();

        assertThat(f.on(TODAY.plusDays(4), CLERK, null).list(null, List.of(CaseState.OPEN)))
                .singleElement().satisfies(s -> {
                    assertThat(s.id()).isEqualTo(id);
                    assertThat(s.waitingOn()).isEqualTo(WaitingOn.SUPPLIER_MANAGER);
                    assertThat(s.daysWaiting()).isEqualTo(4);
                });
        assertThat(clerk.list(null, List.of(CaseState.ACTIVE, CaseState.CLOSED))).isEmpty();
    }

    @Test
    void anActiveCaseRefusesCorrectingItsCitizensAndPhoniroButAllowsTheOtherSteps() {
        UUID consent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        UUID other = f.received("Karen Sørensen", "170945-3456", f.supplierA, BOTH);
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        f.active(id, choose(under(f.citizenOf(consent), consent)), "ext34481@aarhus.dk");

        refused(() -> clerk.save(id, choose(under(f.citizenOf(consent), consent), under(f.citizenOf(other), other)),
                "Ny borger"), "onboarding.error.activeLocked");
        refused(() -> f.as(OEJB, null).save(id, phoniro(), "Ny enhed"), "onboarding.error.activeLocked");
        assertThat(clerk.detail(id).citizens()).extracting(CitizenLine::citizenName).containsExactly("Inger Marie Kjær");
        assertThat(f.activeGrants(f.citizenOf(other))).isEmpty();

        CaseDetail d = clerk.save(id, new StepInput.TwoFactor(true, TODAY.minusDays(1)), "Datoen var forkert");
        assertThat(d.state()).isEqualTo(CaseState.ACTIVE);
        assertThat(d.data().twoFactor().doneOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(d.step(OnboardingStepKind.TWO_FACTOR).notes()).contains("Datoen var forkert");
    }

    // --- the step-6 gate -------------------------------------------------------------------------------------

    @Test
    void stepSixIsBlockedWhileAConsentIsOnlyRegisteredOrSentAndGrantsOnceOejbHasReceivedThem() {
        UUID registered = f.w.paperConsent("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH, TODAY.minusDays(3),
                TODAY.plusYears(1));
        UUID sent = f.w.paperConsent("Karen Sørensen", "170945-3456", f.supplierA, BOTH, TODAY.minusDays(3), null);
        f.w.lifecycle.send(sent);
        UUID inger = f.citizenOf(registered);
        UUID karen = f.citizenOf(sent);
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        CaseDetail atSix = f.toStepSix(id, choose(under(inger, registered), under(karen, sent)), "ext34481@aarhus.dk");
        assertThat(atSix.currentStep()).as("steps 2–5 may proceed without a received consent")
                .isEqualTo(OnboardingStepKind.PHONIRO);

        assertThatThrownBy(() -> f.as(OEJB, null).save(id, phoniro(), null)).isInstanceOf(OnboardingException.class)
                .satisfies(e -> {
                    assertThat(((OnboardingException) e).messageKey()).isEqualTo("onboarding.gate.blocked");
                    assertThat(((OnboardingException) e).args()[0]).isEqualTo(2);
                });

        CaseDetail blocked = clerk.detail(id);
        assertThat(blocked.state()).isEqualTo(CaseState.OPEN);
        assertThat(blocked.currentStep()).isEqualTo(OnboardingStepKind.PHONIRO);
        assertThat(blocked.step(OnboardingStepKind.PHONIRO).status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(blocked.data().phoniro()).isNull();
        assertThat(blocked.citizens()).extracting(l -> l.problem().key(), l -> l.problem().citizenName(),
                l -> l.problem().detail()).containsExactly(
                tuple("onboarding.gate.notReceived", "Inger Marie Kjær", "REGISTERED"),
                tuple("onboarding.gate.notReceived", "Karen Sørensen", "SENT"));
        assertThat(f.count("AccessGrant")).isZero();

        f.w.lifecycle.send(registered);
        f.w.lifecycle.markReceived(registered, TODAY, "Hasse Eriksen");
        f.w.lifecycle.markReceived(sent, TODAY, "Hasse Eriksen");
        assertThat(clerk.detail(id).citizens()).allSatisfy(l -> assertThat(l.ready()).isTrue());

        CaseDetail active = f.as(OEJB, null).save(id, phoniro(), null);

        assertThat(active.state()).isEqualTo(CaseState.ACTIVE);
        assertThat(active.citizens()).allSatisfy(l -> {
            assertThat(l.grantId()).isNotNull();
            assertThat(l.grantActive()).isTrue();
        });
        for (UUID[] citizenAndConsent : List.of(new UUID[] {inger, registered}, new UUID[] {karen, sent})) {
            assertThat(f.activeGrants(citizenAndConsent[0])).singleElement().satisfies(g -> {
                assertThat(g.employeeName()).isEqualTo("Anna Hansen");
                assertThat(g.supplierId()).isEqualTo(f.supplierA);
                assertThat(g.consentId()).isEqualTo(citizenAndConsent[1]);
                assertThat(g.services()).containsExactly("DAGLIGVARER", "MEDICIN");
                assertThat(g.doorEntryOnly()).isFalse();
                assertThat(g.grantedAt()).isEqualTo(NOW);
            });
        }
        List<AccessGrant> all = f.w.db.tx().call(s -> s.createSelectionQuery("from AccessGrant g join fetch g.employee",
                AccessGrant.class).getResultList());
        assertThat(all).hasSize(2).allSatisfy(g -> assertThat(g.getEmployee().getId()).isEqualTo(active.employeeId()));
    }

    @Test
    void aConsentThatDoesNotCoverTheEmployeesServicesBlocksStepSixNamingTheMissingService() {
        UUID groceriesOnly = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, GROCERIES);
        UUID inger = f.citizenOf(groceriesOnly);
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        f.toStepSix(id, choose(under(inger, groceriesOnly)), "ext34481@aarhus.dk");

        refused(() -> f.as(OEJB, null).save(id, phoniro(), null), "onboarding.gate.blocked");
        assertThat(clerk.detail(id).citizens()).singleElement().extracting(CitizenLine::problem)
                .isEqualTo(new GateProblem("onboarding.gate.servicesNotCovered", "Inger Marie Kjær", "MEDICIN"));
        assertThat(f.activeGrants(inger)).isEmpty();

        UUID groceriesCase = clerk.start(new NewEmployee(f.supplierA, "Peter", "Madsen", "peter@naerkoeb.dk", false,
                GROCERIES, null)).id();
        f.active(groceriesCase, choose(under(inger, groceriesOnly)), "ext34482@aarhus.dk");
        assertThat(f.activeGrants(inger)).as("an employee who only delivers groceries is covered")
                .singleElement().extracting(GrantRecord::services).isEqualTo(new java.util.TreeSet<>(GROCERIES));
    }

    @Test
    void aConsentWhoseValidUntilHasPassedBlocksStepSix() {
        UUID shortLived = f.w.receivedConsent("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH,
                TODAY.minusDays(20), TODAY.plusDays(5));
        UUID inger = f.citizenOf(shortLived);
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        f.toStepSix(id, choose(under(inger, shortLived)), "ext34481@aarhus.dk");
        LocalDate later = TODAY.plusDays(10);
        OnboardingService oejbLater = f.on(later, OEJB, null);

        refused(() -> oejbLater.save(id, new StepInput.Phoniro(later, true, true, later), null),
                "onboarding.gate.blocked");

        assertThat(oejbLater.detail(id).citizens()).singleElement().extracting(CitizenLine::problem)
                .isEqualTo(new GateProblem("onboarding.gate.expired", "Inger Marie Kjær", "2026-03-15"));
        assertThat(oejbLater.detail(id).state()).isEqualTo(CaseState.OPEN);
        assertThat(f.activeGrants(inger)).isEmpty();
    }

    @Test
    void doorEntryOnlyNeedsNoConsentAndIsGranted() {
        UUID consentOfB = f.received("Bent Østergaard", "290236-1567", f.supplierB, GROCERIES);
        UUID bent = f.citizenOf(consentOfB);
        UUID received = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        UUID inger = f.citizenOf(received);
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();

        CaseDetail atSix = f.toStepSix(id, choose(doorEntry(bent), under(inger, received)), "ext34481@aarhus.dk");
        assertThat(atSix.citizens()).filteredOn(CitizenLine::doorEntryOnly).singleElement().satisfies(l -> {
            assertThat(l.citizenName()).isEqualTo("Bent Østergaard");
            assertThat(l.consentId()).isNull();
            assertThat(l.ready()).isTrue();
        });

        CaseDetail active = f.as(OEJB, null).save(id, phoniro(), null);

        assertThat(active.state()).isEqualTo(CaseState.ACTIVE);
        assertThat(f.activeGrants(bent)).filteredOn(g -> g.supplierId().equals(f.supplierA)).singleElement()
                .satisfies(g -> {
                    assertThat(g.doorEntryOnly()).isTrue();
                    assertThat(g.consentId()).isNull();
                    assertThat(g.employeeName()).isEqualTo("Anna Hansen");
                });
        assertThat(f.activeGrants(inger)).singleElement().extracting(GrantRecord::doorEntryOnly).isEqualTo(false);
    }

    // --- roles and supplier scope ----------------------------------------------------------------------------

    @Test
    void aSupplierUserCannotStartOrSeeOrWorkOnAnotherCompanysCases() {
        OnboardingService managerA = f.as(MANAGER_A, f.supplierA);
        UUID caseB = f.start(f.supplierB, "Ole", "Bak").id();
        UUID caseA = managerA.start(newEmployee(f.supplierA, "Anna", "Hansen")).id();
        long employees = f.count("SupplierEmployee");

        refused(() -> managerA.start(newEmployee(f.supplierB, "Eva", "Lund")), "onboarding.error.otherSupplier");
        assertThat(f.count("SupplierEmployee")).as("nothing stored").isEqualTo(employees);

        assertThat(managerA.list(null, null)).extracting(CaseSummary::id).containsExactly(caseA);
        assertThat(managerA.list(f.supplierB, null)).as("a filter cannot widen the scope")
                .extracting(CaseSummary::id).containsExactly(caseA);
        assertThat(clerk.list(null, null)).extracting(CaseSummary::id).containsExactlyInAnyOrder(caseA, caseB);
        assertThat(clerk.list(f.supplierB, null)).extracting(CaseSummary::id).containsExactly(caseB);

        refused(() -> managerA.detail(caseB), "onboarding.error.otherSupplier");
        refused(() -> managerA.consentOptions(caseB), "onboarding.error.otherSupplier");
        refused(() -> managerA.doorEntryCitizens(caseB), "onboarding.error.otherSupplier");
        UUID consentB = f.received("Karen Sørensen", "170945-3456", f.supplierB, GROCERIES);
        refused(() -> managerA.save(caseB, choose(under(f.citizenOf(consentB), consentB)), null),
                "onboarding.error.otherSupplier");
        assertThat(clerk.detail(caseB).currentStep()).isEqualTo(OnboardingStepKind.CONSENT);
        assertThat(clerk.detail(caseB).citizens()).isEmpty();
    }

    @Test
    void aSupplierUserChoosesDoorEntryOnlyAmongCitizensTheCompanyHasAConsentWith() {
        UUID consentA = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        UUID consentB = f.received("Bent Østergaard", "290236-1567", f.supplierB, GROCERIES);
        UUID inger = f.citizenOf(consentA);
        UUID bent = f.citizenOf(consentB);
        OnboardingService managerA = f.as(MANAGER_A, f.supplierA);
        UUID id = managerA.start(newEmployee(f.supplierA, "Anna", "Hansen")).id();

        assertThat(managerA.doorEntryCitizens(id)).extracting(OnboardingService.CitizenOption::citizenId)
                .containsExactly(inger);
        assertThat(managerA.doorEntryCitizens(id)).extracting(OnboardingService.CitizenOption::cprMasked)
                .allSatisfy(cpr -> assertThat(cpr).doesNotContain("1234"));
        assertThat(clerk.doorEntryCitizens(id)).extracting(OnboardingService.CitizenOption::citizenId)
                .containsExactlyInAnyOrder(inger, bent);

        refused(() -> managerA.save(id, choose(doorEntry(bent)), null), "onboarding.error.otherSupplier");
        assertThat(clerk.detail(id).citizens()).isEmpty();
        assertThat(managerA.save(id, choose(doorEntry(inger)), null).citizens()).extracting(CitizenLine::citizenId)
                .containsExactly(inger);
    }

    @Test
    void fieldStaffMayNotStartOrWorkOnACase() {
        OnboardingService fieldStaff = f.as(FIELD_STAFF, null);
        refused(() -> fieldStaff.start(newEmployee(f.supplierA, "Anna", "Hansen")), "onboarding.error.notAllowed");
        assertThat(f.count("OnboardingCase")).isZero();

        UUID consent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        refused(() -> fieldStaff.save(id, choose(under(f.citizenOf(consent), consent)), null),
                "onboarding.error.notAllowed");
        assertThat(clerk.detail(id).currentStep()).isEqualTo(OnboardingStepKind.CONSENT);
        assertThat(clerk.detail(id).citizens()).isEmpty();
    }

    @Test
    void onlyAClerkOejbOrAnAdministratorMayCompleteStepSix() {
        UUID consent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        UUID inger = f.citizenOf(consent);
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        f.toStepSix(id, choose(under(inger, consent)), "ext34481@aarhus.dk");

        refused(() -> f.as(MANAGER_A, f.supplierA).save(id, phoniro(), null), "onboarding.error.notAllowed");
        refused(() -> f.as(FIELD_STAFF, null).save(id, phoniro(), null), "onboarding.error.notAllowed");
        refused(() -> f.as(OEJB, null).save(id, twoFactor(), "ØJB retter to-faktor"), "onboarding.error.notAllowed");
        assertThat(clerk.detail(id).state()).isEqualTo(CaseState.OPEN);
        assertThat(f.activeGrants(inger)).isEmpty();

        assertThat(f.as(OEJB, null).save(id, phoniro(), null).state()).isEqualTo(CaseState.ACTIVE);

        for (String role : List.of("CLERK", "ADMINISTRATOR")) {
            boolean clerkRole = role.equals("CLERK");
            UUID c = f.received(clerkRole ? "Ellen Holm" : "Jens Kragh", clerkRole ? "170945-3456" : "290236-1567",
                    f.supplierA, BOTH);
            UUID other = f.start(f.supplierA, "Medarbejder", role).id();
            f.toStepSix(other, choose(under(f.citizenOf(c), c)), role.equals("CLERK") ? "ext1001@aarhus.dk"
                    : "ext1002@aarhus.dk");
            assertThat(f.as(new dk.elaas.identity.Actor("Someone", role), null).save(other, phoniro(), null).state())
                    .as(role).isEqualTo(CaseState.ACTIVE);
        }
    }

    @Test
    void theEmployeeRecordHoldsTheLatestStepTwoDetails() {
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        UUID consent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        clerk.save(id, choose(under(f.citizenOf(consent), consent)), null);
        clerk.save(id, new StepInput.EmployeeDetails("Anna", "Hansen", "susanne.holm@naerkoeb.dk", true,
                LocalDate.of(2026, 9, 30)), null);

        SupplierEmployee e = f.w.db.tx().call(s -> s.find(SupplierEmployee.class, clerk.detail(id).employeeId()));
        assertThat(e.getWorkEmail()).isEqualTo("susanne.holm@naerkoeb.dk");
        assertThat(e.isUsesManagerEmail()).isTrue();
        assertThat(e.getEndDate()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void pausedCaseKeepsItsStepWaitsOnNobodyRefusesStepsAndResumesWhereItStopped() {
        CaseDetail c = clerk.start(OnboardingFixture.newEmployee(f.supplierA, "Ida", "Krog"));
        UUID consent = f.received("Karen Jensen", "120438-1234", f.supplierA, OnboardingFixture.GROCERIES);
        clerk.save(c.id(), OnboardingFixture.choose(OnboardingFixture.under(f.citizenOf(consent), consent)), null);

        refused(() -> clerk.pause(c.id(), " "), "onboarding.error.pauseReason");
        CaseDetail paused = clerk.pause(c.id(), "Medarbejderen er på ferie");
        assertThat(paused.state()).isEqualTo(CaseState.PAUSED);
        assertThat(paused.waitingOn()).isNull();
        assertThat(paused.currentStep()).isEqualTo(OnboardingStepKind.EMPLOYEE_DETAILS);
        assertThat(paused.step(OnboardingStepKind.EMPLOYEE_DETAILS).notes()).contains("Medarbejderen er på ferie");
        refused(() -> clerk.save(c.id(), OnboardingFixture.details("Ida", "Krog", "ida@naerkoeb.dk"), null),
                "onboarding.error.paused");
        refused(() -> clerk.pause(c.id(), "igen"), "onboarding.error.notPausable");

        CaseDetail resumed = clerk.resume(c.id());
        assertThat(resumed.state()).isEqualTo(CaseState.OPEN);
        assertThat(resumed.currentStep()).isEqualTo(OnboardingStepKind.EMPLOYEE_DETAILS);
        assertThat(resumed.waitingOn()).isEqualTo(WaitingOn.SUPPLIER_MANAGER);
        refused(() -> clerk.resume(c.id()), "onboarding.error.notPaused");
        assertThat(clerk.save(c.id(), OnboardingFixture.details("Ida", "Krog", "ida@naerkoeb.dk"), null).currentStep())
                .isEqualTo(OnboardingStepKind.EXT_ACTIVATION);
    }
}
