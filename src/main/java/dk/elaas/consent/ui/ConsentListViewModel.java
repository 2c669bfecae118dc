package dk.elaas.consent.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.ConsentQueryService;
import dk.elaas.consent.ConsentSummary;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The consent list with a search on citizen or supplier name. CPR numbers arrive masked. */
public final class ConsentListViewModel {

    static final int LIMIT = 500;

    private final ConsentQueryService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<ConsentSummary> consents = FXCollections.observableArrayList();
    private long generation;

    public ConsentListViewModel(ConsentQueryService service, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        filter.addListener(o -> search());
    }

    public void search() {
        long mine = ++generation;
        String f = filter.get();
        runner.run(() -> service.list(f, LIMIT))
                .onSuccess(found -> {
                    if (mine == generation) {
                        consents.setAll(found);
                    }
                })
                .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage())));
    }

    public String statusText(ConsentSummary c) {
        return i18n.get("consent.status." + c.status().name().toLowerCase(Locale.ROOT));
    }

    public StringProperty filterProperty() { return filter; }
    public ObservableList<ConsentSummary> consents() { return consents; }
}
