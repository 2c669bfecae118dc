package dk.elaas.consent.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.ConsentSearcher;
import dk.elaas.consent.ConsentSearch;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.consent.ConsentSummary;
import dk.elaas.supplier.SupplierRecord;
import dk.elaas.supplier.SupplierLister;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The consent register: search by citizen name, CPR, supplier, status and expiry range (CPR masked in the list),
 * the selected consent's detail, and the "valid consent?" answer box.
 */
public final class ConsentListViewModel {

    /** The first page: what the list loads at once (newest first); narrowing the search finds the rest. */
    static final int LIMIT = 200;

    private final ConsentSearcher service;
    private final SupplierLister suppliers;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ConsentDetailViewModel detail;
    private final ConsentCheckViewModel check;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<SupplierRecord> supplier = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsentStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> expiresFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> expiresTo = new SimpleObjectProperty<>();
    private final ObservableList<ConsentSummary> consents = FXCollections.observableArrayList();
    private final ObservableList<SupplierRecord> supplierChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ConsentSummary> selected = new SimpleObjectProperty<>();
    private long generation;
    private MitIdConsentViewModel mitId;
    private dk.elaas.consent.ConsentExportService exports;
    private final ObjectProperty<LocalDate> exportFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> exportTo = new SimpleObjectProperty<>();

    private boolean citizenSearch = true;

    public ConsentListViewModel(ConsentSearcher service, SupplierLister suppliers, ConsentDetailViewModel detail,
                                ConsentCheckViewModel check, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.service = service;
        this.suppliers = suppliers;
        this.detail = detail;
        this.check = check;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        for (Observable o : new Observable[] {filter, supplier, status, expiresFrom, expiresTo}) {
            o.addListener(x -> search());
        }
        selected.addListener((o, was, now) -> {
            if (now != null) {
                detail.load(now.id());
            }
        });
    }

    /**
     * A Supplier's user does not search the register by citizen (name or CPR): the filter box goes, and the
     * check takes only an exact CPR number.
     */
    public void disableCitizenSearch() {
        citizenSearch = false;
        check.limitToCpr();
    }

    public boolean citizenSearch() {
        return citizenSearch;
    }

    public void loadSuppliers() {
        runner.run(() -> suppliers.list(null)).onSuccess(supplierChoices::setAll)
                .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage())));
    }

    public void search() {
        long mine = ++generation;
        ConsentSearch q = new ConsentSearch(filter.get(), supplier.get() == null ? null : supplier.get().id(), status.get(),
                expiresFrom.get(), expiresTo.get(), LIMIT);
        runner.run(() -> service.search(q))
                .onSuccess(found -> {
                    if (mine == generation) {
                        consents.setAll(found);
                    }
                })
                .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), Errors.text(i18n, e)));
    }

    /** Opens a consent from elsewhere (a task, the answer box): shows its detail even if the list is filtered. */
    public void open(UUID consentId) {
        detail.load(consentId);
    }

    /** After a lifecycle step: the list shows the new status. */
    public void refresh() {
        search();
        if (!check.queryProperty().get().isBlank()) {
            check.check();
        }
    }

    public void clearCriteria() {
        supplier.set(null);
        status.set(null);
        expiresFrom.set(null);
        expiresTo.set(null);
        filter.set("");
    }

    public String statusText(ConsentSummary c) {
        return Errors.status(i18n, c.status());
    }

    public StringProperty filterProperty() { return filter; }
    public ObjectProperty<SupplierRecord> supplierProperty() { return supplier; }
    public ObjectProperty<ConsentStatus> statusProperty() { return status; }
    public ObjectProperty<LocalDate> expiresFromProperty() { return expiresFrom; }
    public ObjectProperty<LocalDate> expiresToProperty() { return expiresTo; }
    public ObservableList<ConsentSummary> consents() { return consents; }
    public ObservableList<SupplierRecord> supplierChoices() { return supplierChoices; }
    public ObjectProperty<ConsentSummary> selectedProperty() { return selected; }
    public ConsentDetailViewModel detail() { return detail; }
    public DialogService dialogs() { return dialogs; }

    /** The MitID registration form, for users who may register consents (null: the button is hidden). */
    public MitIdConsentViewModel mitId() { return mitId; }

    private PrintFormViewModel printForm;

    /** The printable consent form, when the app offers it; null otherwise (the button is then not shown). */
    public PrintFormViewModel printForm() { return printForm; }

    public void enablePrintForm(PrintFormViewModel form) { this.printForm = form; }

    /** The register CSV export; {@link #canExport()} decides whether its controls show. */
    public void enableExport(dk.elaas.consent.ConsentExportService service) {
        this.exports = service;
        detail.enableExport(service);
    }

    /** False for the Supplier role (and without the export service): the view hides the CSV export. */
    public boolean canExport() {
        return exports != null && exports.mayExport();
    }

    /** Writes the consents registered in the chosen range to {@code csvFile}, off the UI thread; audited. */
    public void exportCsv(java.nio.file.Path csvFile) {
        if (exports == null) {
            return;
        }
        LocalDate from = exportFrom.get();
        LocalDate to = exportTo.get();
        runner.run(() -> exports.exportRegisterCsv(from, to, csvFile))
                .onSuccess(r -> dialogs.showInfo(i18n.get("consent.export.title"),
                        i18n.get("consent.export.csvDone", r.rows(), r.file().toString())))
                .onFailure(e -> dialogs.showError(i18n.get("consent.export.title"), Errors.text(i18n, e)));
    }

    public ObjectProperty<LocalDate> exportFromProperty() { return exportFrom; }
    public ObjectProperty<LocalDate> exportToProperty() { return exportTo; }

    public void enableMitIdRegistration(MitIdConsentViewModel form) {
        this.mitId = form;
    }
    public ConsentCheckViewModel check() { return check; }
}
