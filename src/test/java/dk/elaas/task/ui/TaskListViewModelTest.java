package dk.elaas.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.common.concurrent.InlineTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.onboarding.NewEmployee;
import dk.elaas.task.TaskKind;
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

/** The task list opens what a task is about: a consent, or the onboarding case of an offboarding due. */
class TaskListViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("Mette Lund", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld w;
    private final List<UUID> openedConsents = new ArrayList<>();
    private final List<UUID> openedCases = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private TaskListViewModel vm;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { errors.add(message); }
            @Override public void showInfo(String title, String message) { }
            @Override public boolean confirm(String title, String message) { return true; }
            @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
        };
        vm = new TaskListViewModel(w.tasks(), new InlineTaskRunner(), dialogs, I18n.danish(), openedConsents::add,
                openedCases::add, counts::add);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private TaskListViewModel.TaskItem task(TaskKind kind) {
        return vm.tasks().stream().filter(t -> t.task().kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void anOffboardingDueOpensItsOnboardingCase() {
        UUID supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        UUID caseId = w.onboarding(() -> CLERK, () -> null).start(new NewEmployee(supplier, "Jonas", "Holm",
                "jonas@naerkoeb.dk", false, Set.of(), TODAY.minusDays(3))).id();

        vm.load();
        TaskListViewModel.TaskItem due = task(TaskKind.OFFBOARDING_DUE);
        assertThat(due.title()).isEqualTo("Offboarding mangler: Jonas Holm – Nærkøb Levering ApS");

        vm.open(due);

        assertThat(openedCases).containsExactly(caseId);
        assertThat(openedConsents).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aConsentTaskStillOpensItsConsentAndAReviewOpensNothing() {
        UUID supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        UUID consent = w.paperConsent("Grethe Bach", "0505470890", supplier, Set.of("DAGLIGVARER"),
                TODAY.minusDays(3), null);

        vm.load();
        vm.open(task(TaskKind.NOT_SENT));
        vm.open(task(TaskKind.ACCESS_REVIEW));
        vm.open(null);

        assertThat(openedConsents).containsExactly(consent);
        assertThat(openedCases).isEmpty();
        assertThat(counts).containsExactly(vm.tasks().size());
    }

    @Test
    void aSupplierReviewTaskOpensTheAccessReview() {
        w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        java.util.concurrent.atomic.AtomicInteger reviews = new java.util.concurrent.atomic.AtomicInteger();
        vm.enableOpenReview(reviews::incrementAndGet);
        vm.load();
        TaskListViewModel.TaskItem review = vm.tasks().stream()
                .filter(t -> t.task().kind() == dk.elaas.task.TaskKind.ACCESS_REVIEW).findFirst().orElseThrow();
        vm.open(review);
        assertThat(reviews.get()).isEqualTo(1);
        assertThat(openedConsents).isEmpty();
        assertThat(openedCases).isEmpty();
    }
}
