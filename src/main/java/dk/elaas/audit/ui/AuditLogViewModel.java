package dk.elaas.audit.ui;

import dk.elaas.audit.AuditQuery;
import dk.elaas.audit.AuditService;
import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The read-only audit log, filtered by user, record and date range. Re-queries whenever a filter changes; the
 * events are put into words (by {@link AuditPresenter}) on the background thread, with the labels of the records
 * they mention by id.
 */
public final class AuditLogViewModel {

    static final int LIMIT = 1000;

    private final AuditService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final AuditPresenter presenter;
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty record = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditRow> events = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private long generation;

    public AuditLogViewModel(AuditService service, TaskRunner runner, DialogService dialogs, I18n i18n,
                             AuditPresenter presenter) {
        this.service = service;
        this.presenter = presenter;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        user.addListener(o -> search());
        record.addListener(o -> search());
        from.addListener(o -> search());
        to.addListener(o -> search());
    }

    public void search() {
        long mine = ++generation;
        AuditQuery query = new AuditQuery(user.get(), record.get(), from.get(), to.get(), LIMIT,
                presenter.recordTypesNamed(record.get()));
        runner.run(() -> {
                    var found = service.search(query);
                    return presenter.present(found, service.latestOf(AuditPresenter.referencedIds(found)));
                })
                .onSuccess(found -> {
                    if (mine == generation) { // a newer search has started: drop this stale answer
                        events.setAll(found);
                        summary.set(found.size() >= LIMIT ? i18n.get("audit.count.limited", LIMIT)
                                : i18n.get("audit.count", found.size()));
                    }
                })
                .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage())));
    }

    public StringProperty userProperty() { return user; }
    public StringProperty recordProperty() { return record; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObservableList<AuditRow> events() { return events; }
    public StringProperty summaryProperty() { return summary; }
}
