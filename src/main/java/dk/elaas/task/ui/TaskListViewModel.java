package dk.elaas.task.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.ui.DateFields;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierService;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The clerk's task list. For now: suppliers whose yearly access review is due (12 months since the last). */
public final class TaskListViewModel {

    static final int REVIEW_INTERVAL_MONTHS = 12;

    /** One line of the task list. */
    public record TaskItem(String title, String detail) {
    }

    private final SupplierService suppliers;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObservableList<TaskItem> tasks = FXCollections.observableArrayList();

    public TaskListViewModel(SupplierService suppliers, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.suppliers = suppliers;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    public void load() {
        runner.run(() -> suppliers.reviewDue(REVIEW_INTERVAL_MONTHS))
                .onSuccess(due -> tasks.setAll(due.stream().map(this::reviewTask).toList()))
                .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage())));
    }

    private TaskItem reviewTask(SupplierRecord s) {
        String detail = s.lastAccessReviewOn() == null ? i18n.get("task.review.never")
                : i18n.get("task.review.last", DateFields.format(s.lastAccessReviewOn()));
        return new TaskItem(i18n.get("task.review.title", s.name()), detail);
    }

    public ObservableList<TaskItem> tasks() { return tasks; }
}
