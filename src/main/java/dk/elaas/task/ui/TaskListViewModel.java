package dk.elaas.task.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.common.ui.DialogService;
import dk.elaas.task.TaskRecord;
import dk.elaas.task.TaskService;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The clerks' task list; a consent task opens its consent, an offboarding due opens its onboarding case, and the
 * count feeds the navigation badge.
 */
public final class TaskListViewModel {

    /** One line of the task list. */
    public record TaskItem(String title, String detail, TaskRecord task) {
    }

    private final TaskService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<UUID> openConsent;
    private final Consumer<UUID> openCase;
    private Runnable openReview;
    private final IntConsumer countChanged;
    private final ObservableList<TaskItem> tasks = FXCollections.observableArrayList();

    public TaskListViewModel(TaskService service, TaskRunner runner, DialogService dialogs, I18n i18n,
                             Consumer<UUID> openConsent, Consumer<UUID> openCase, IntConsumer countChanged) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.openConsent = openConsent;
        this.openCase = openCase;
        this.countChanged = countChanged;
    }

    public void load() {
        runner.run(service::open)
                .onSuccess(found -> {
                    tasks.setAll(found.stream().map(this::item).toList());
                    countChanged.accept(found.size());
                })
                .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage())));
    }

    /** A supplier's review task opens the yearly access review. */
    public void enableOpenReview(Runnable action) {
        this.openReview = action;
    }

    /**
     * Opens the task's consent in the register, the onboarding case of an offboarding due, or the access review
     * for a supplier's review task.
     */
    public void open(TaskItem item) {
        if (item == null) {
            return;
        }
        if (item.task().consentId() != null) {
            openConsent.accept(item.task().consentId());
        } else if (item.task().caseId() != null) {
            openCase.accept(item.task().caseId());
        } else if (item.task().kind() == dk.elaas.task.TaskKind.ACCESS_REVIEW && openReview != null) {
            openReview.run();
        }
    }

    private TaskItem item(TaskRecord t) {
        String kind = t.kind().name().toLowerCase(Locale.ROOT);
        String date = t.date() == null ? "" : DateFields.format(t.date());
        return switch (t.kind()) {
            case ACCESS_REVIEW -> new TaskItem(i18n.get("task.review.title", t.supplierName()),
                    t.date() == null ? i18n.get("task.review.never") : i18n.get("task.review.last", date), t);
            default -> new TaskItem(i18n.get("task." + kind + ".title", t.citizenName(), t.supplierName()),
                    i18n.get("task." + kind + ".detail", date, t.count()), t);
        };
    }

    public ObservableList<TaskItem> tasks() { return tasks; }
}
