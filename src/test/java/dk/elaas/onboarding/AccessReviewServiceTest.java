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
import static dk.elaas.onboarding.OnboardingFixture.doorEntry;
import static dk.elaas.onboarding.OnboardingFixture.under;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.elaas.identity.Actor;
import dk.elaas.settings.SettingsService;
import dk.elaas.supplier.Supplier;
import dk.elaas.task.TaskKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suppliers' yearly access review: who is due, what they must review, and marking it done. */
class AccessReviewServiceTest {

    @TempDir
    Path dir;

    private OnboardingFixture f;
    private SettingsService settings;
    /** "Aarhus Tøjvask ApS", reviewed 11 months ago. */
    private UUID supplierC;

    @BeforeEach
    void open() {
        f = new OnboardingFixture(dir);
        settings = new SettingsService(f.w.db.tx(), () -> dk.elaas.identity.Actor.SYSTEM);
        supplierC = f.w.supplier("Aarhus Tøjvask ApS", "24256790", "TOEJVASK");
        reviewed(f.supplierB, TODAY.minusMonths(12), "Jonas Bak");
        reviewed(supplierC, TODAY.minusMonths(11), "Tina Vang");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void reviewed(UUID supplier, LocalDate on, String by) {
        f.w.db.tx().run(s -> {
            Supplier p = s.find(Supplier.class, supplier);
            p.setLastAccessReviewOn(on);
            p.setLastAccessReviewBy(by);
        });
    }

    private AccessReviewService as(Actor actor, UUID scope) {
        return new AccessReviewService(f.w.db.tx(), f.w.clock, new OnboardingSettings(settings), () -> actor,
                () -> scope);
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(OnboardingException.class)
                .extracting(e -> ((OnboardingException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void dueWhenNeverReviewedOrTheIntervalHasPassed() {
        AccessReviewService clerk = as(CLERK, null);

        assertThat(clerk.list(false)).extracting(AccessReviewService.ReviewItem::supplierName)
                .as("never reviewed, and exactly 12 months ago; not 11 months ago")
                .containsExactly("Madhuset Aarhus ApS", "Nærkøb Risskov ApS");
        assertThat(clerk.list(true)).extracting(AccessReviewService.ReviewItem::supplierName,
                AccessReviewService.ReviewItem::due, AccessReviewService.ReviewItem::lastReviewOn,
                AccessReviewService.ReviewItem::lastReviewBy).containsExactly(
                tuple("Aarhus Tøjvask ApS", false, TODAY.minusMonths(11), "Tina Vang"),
                tuple("Madhuset Aarhus ApS", true, TODAY.minusMonths(12), "Jonas Bak"),
                tuple("Nærkøb Risskov ApS", true, null, null));

        settings.put(OnboardingSettings.REVIEW_MONTHS_KEY, "6");
        assertThat(clerk.list(false)).extracting(AccessReviewService.ReviewItem::supplierName)
                .containsExactly("Aarhus Tøjvask ApS", "Madhuset Aarhus ApS", "Nærkøb Risskov ApS");

        settings.put(OnboardingSettings.REVIEW_MONTHS_KEY, "13");
        assertThat(clerk.list(false)).extracting(AccessReviewService.ReviewItem::supplierName)
                .containsExactly("Nærkøb Risskov ApS");
        assertThat(f.w.tasks().open()).filteredOn(t -> t.kind() == TaskKind.ACCESS_REVIEW)
                .as("the task list uses the same interval").extracting(t -> t.supplierId())
                .containsExactly(f.supplierA);
    }

    @Test
    void listsTheActiveEmployeesWithTheGrantsEachHolds() {
        UUID ingerConsent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        UUID karenConsent = f.received("Karen Sørensen", "170945-3456", f.supplierA, GROCERIES);
        UUID inger = f.citizenOf(ingerConsent);
        UUID karen = f.citizenOf(karenConsent);
        UUID anna = f.start(f.supplierA, "Anna", "Hansen").id();
        f.active(anna, choose(under(inger, ingerConsent), doorEntry(karen)), "ext34481@aarhus.dk");
        f.start(f.supplierA, "Peter", "Madsen");
        f.w.grants.grant(karenConsent, null, GROCERIES);
        UUID ole = f.start(f.supplierB, "Ole", "Bak").id();
        UUID bentConsent = f.received("Bent Østergaard", "290236-1567", f.supplierB,
                OnboardingFixture.MEALS_AND_GROCERIES);
        f.active(ole, choose(under(f.citizenOf(bentConsent), bentConsent)), "ext55501@aarhus.dk");

        AccessReviewService.ReviewItem a = as(CLERK, null).list(false).stream()
                .filter(r -> r.supplierId().equals(f.supplierA)).findFirst().orElseThrow();

        assertThat(a.cvr()).isEqualTo("10150817");
        assertThat(a.employees()).as("Peter's case is not active: he has no access to review")
                .singleElement().satisfies(e -> {
                    assertThat(e.caseId()).isEqualTo(anna);
                    assertThat(e.name()).isEqualTo("Anna Hansen");
                    assertThat(e.extUsername()).isEqualTo("ext34481@aarhus.dk");
                    assertThat(e.activeSince()).isEqualTo(NOW);
                    assertThat(e.grants()).extracting(AccessReviewService.ReviewGrant::citizenName,
                            AccessReviewService.ReviewGrant::doorEntryOnly).containsExactly(
                            tuple("Inger Marie Kjær", false), tuple("Karen Sørensen", true));
                    assertThat(e.grants().get(0).services()).containsExactly("DAGLIGVARER", "MEDICIN");
                });
        assertThat(a.supplierWideGrants()).singleElement().satisfies(g -> {
            assertThat(g.citizenId()).isEqualTo(karen);
            assertThat(g.services()).containsExactly("DAGLIGVARER");
        });

        f.offboarding(OEJB, null).confirmDeletion(
                f.sendMails(f.offboarding(CLERK, null).start(anna, inger, "Flyttet").id()).id(),
                TODAY, null);
        AccessReviewService.ReviewItem after = as(CLERK, null).list(false).stream()
                .filter(r -> r.supplierId().equals(f.supplierA)).findFirst().orElseThrow();
        assertThat(after.employees().get(0).grants()).as("an ended grant is not reviewed")
                .extracting(AccessReviewService.ReviewGrant::citizenName).containsExactly("Karen Sørensen");
    }

    @Test
    void markReviewedRecordsTodayAndTheUserAndTheSupplierIsNoLongerDue() {
        AccessReviewService clerk = as(CLERK, null);

        AccessReviewService.ReviewItem done = clerk.markReviewed(f.supplierA);

        assertThat(done.lastReviewOn()).isEqualTo(TODAY);
        assertThat(done.lastReviewBy()).isEqualTo("Mette Sagsbehandler");
        assertThat(done.due()).isFalse();
        assertThat(clerk.list(false)).extracting(AccessReviewService.ReviewItem::supplierId)
                .containsExactly(f.supplierB);
        Supplier stored = f.w.db.tx().call(s -> s.find(Supplier.class, f.supplierA));
        assertThat(stored.getLastAccessReviewOn()).isEqualTo(TODAY);
        assertThat(stored.getLastAccessReviewBy()).isEqualTo("Mette Sagsbehandler");
        assertThat(f.w.tasks().open()).filteredOn(t -> t.kind() == TaskKind.ACCESS_REVIEW)
                .extracting(t -> t.supplierId()).containsExactly(f.supplierB);
    }

    @Test
    void aSupplierUserSeesOnlyTheirOwnCompanyAndCannotMarkAnothersReview() {
        AccessReviewService managerA = as(MANAGER_A, f.supplierA);

        assertThat(managerA.list(true)).extracting(AccessReviewService.ReviewItem::supplierId)
                .containsExactly(f.supplierA);
        assertThat(managerA.list(false)).extracting(AccessReviewService.ReviewItem::supplierId)
                .containsExactly(f.supplierA);

        refused(() -> managerA.markReviewed(f.supplierB), "onboarding.error.otherSupplier");
        Supplier b = f.w.db.tx().call(s -> s.find(Supplier.class, f.supplierB));
        assertThat(b.getLastAccessReviewOn()).isEqualTo(TODAY.minusMonths(12));
        assertThat(b.getLastAccessReviewBy()).isEqualTo("Jonas Bak");

        assertThat(managerA.markReviewed(f.supplierA).lastReviewBy()).isEqualTo("Susanne Holm");
        assertThat(managerA.list(false)).isEmpty();
    }

    @Test
    void fieldStaffAndOejbCannotMarkAReview() {
        refused(() -> as(FIELD_STAFF, null).markReviewed(f.supplierA), "onboarding.error.notAllowed");
        refused(() -> as(OEJB, null).markReviewed(f.supplierA), "onboarding.error.notAllowed");
        assertThat(as(CLERK, null).list(false)).extracting(AccessReviewService.ReviewItem::supplierId)
                .contains(f.supplierA);
    }
}
