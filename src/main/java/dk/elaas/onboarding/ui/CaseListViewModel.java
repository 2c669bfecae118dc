package dk.elaas.onboarding.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.onboarding.CaseState;
import dk.elaas.onboarding.CaseSummary;
import dk.elaas.onboarding.OnboardingService;
import dk.elaas.supplier.SupplierRecord;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case list: every onboarding and offboarding case with its current step, whom it waits on and for how
 * many days, filterable by supplier and state. Selecting a case opens it in the wizard.
 */
public final class CaseListViewModel {

    /** The state filter's choices; "open" means not closed (in progress, paused or active). */
    public enum StateFilter {
        NOT_CLOSED(EnumSet.of(CaseState.OPEN, CaseState.PAUSED, CaseState.ACTIVE)),
        WAITING(EnumSet.of(CaseState.OPEN, CaseState.PAUSED)),
        ACTIVE(EnumSet.of(CaseState.ACTIVE)),
        CLOSED(EnumSet.of(CaseState.CLOSED)),
        ALL(EnumSet.allOf(CaseState.class));

        private final Set<CaseState> states;

        StateFilter(Set<CaseState> states) {
            this.states = states;
        }

        public String messageKey() {
            return "onboarding.list.filter." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final OnboardingService onboarding;
    private final java.util.function.Supplier<java.util.List<SupplierRecord>> companies;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<UUID> openCase;
    private final ObservableList<CaseSummary> cases = FXCollections.observableArrayList();
    private final ObservableList<SupplierRecord> supplierChoices = FXCollections.observableArrayList();
    private final ObjectProperty<SupplierRecord> supplierFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<StateFilter> stateFilter = new SimpleObjectProperty<>(StateFilter.NOT_CLOSED);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<UUID> openedCase = new SimpleObjectProperty<>();
    private UUID selectAfterLoad;
    private long refreshes;

    /** {@code companies}: the suppliers the user may choose (a supplier's user: only their own). */
    public CaseListViewModel(OnboardingService onboarding,
                             java.util.function.Supplier<java.util.List<SupplierRecord>> companies, TaskRunner runner,
                             DialogService dialogs, I18n i18n, Consumer<UUID> openCase) {
        this.onboarding = onboarding;
        this.companies = companies;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.openCase = openCase;
        supplierFilter.addListener((o, a, b) -> refresh());
        stateFilter.addListener((o, a, b) -> refresh());
    }

    /** Loads the supplier choices and the cases. */
    public void load() {
        runner.run(companies::get)
                .onSuccess(all -> supplierChoices.setAll(all))
                .onFailure(this::loadFailed);
        refresh();
    }

    public void refresh() {
        UUID supplier = supplierFilter.get() == null ? null : supplierFilter.get().id();
        Set<CaseState> states = (stateFilter.get() == null ? StateFilter.NOT_CLOSED : stateFilter.get()).states;
        busy.set(true);
        long ticket = ++refreshes;
        runner.run(() -> onboarding.list(supplier, states))
                .onSuccess(found -> {
                    if (ticket != refreshes) {
                        return; // a newer filter's answer is on its way; this one must not overwrite it
                    }
                    busy.set(false);
                    cases.setAll(found);
                    if (selectAfterLoad != null) {
                        UUID id = selectAfterLoad;
                        selectAfterLoad = null;
                        open(id);
                    }
                })
                .onFailure(e -> {
                    busy.set(false);
                    loadFailed(e);
                });
    }

    /** Opens a case in the wizard (and remembers to keep it selected after the next refresh). */
    public void open(UUID caseId) {
        if (caseId != null) {
            boolean fresh = !caseId.equals(openedCase.get());
            openedCase.set(caseId);
            if (fresh) {
                openCase.accept(caseId);
            }
        }
    }

    /** After a new case is created: reload, then open it. */
    public void refreshAndOpen(UUID caseId) {
        selectAfterLoad = caseId;
        refresh();
    }

    /** "Venter på ØJB (3 dage)", or why a case waits on nobody. */
    public String waitingText(CaseSummary c) {
        if (c.waitingOn() == null) {
            return i18n.get("onboarding.list.notWaiting." + c.state().name().toLowerCase(Locale.ROOT));
        }
        String who = i18n.get(c.waitingOn().messageKey());
        // "Medarbejderen" reads "medarbejderen" mid-sentence; "ØJB" stays as it is.
        if (who.length() > 1 && Character.isUpperCase(who.charAt(0)) && Character.isLowerCase(who.charAt(1))) {
            who = Character.toLowerCase(who.charAt(0)) + who.substring(1);
        }
        return i18n.get("onboarding.list.waiting", who, c.daysWaiting());
    }

    /** "3 · Aktivering af EXT-bruger", "Offboarding", or "Aktiv". */
    public String stepText(CaseSummary c) {
        if (c.kind() == dk.elaas.onboarding.CaseKind.OFFBOARDING) {
            return i18n.get("onboarding.kind.offboarding");
        }
        if (c.currentStep() == null) {
            return i18n.get("onboarding.state." + c.state().name().toLowerCase(Locale.ROOT));
        }
        return c.currentStep().number() + " · " + i18n.get(c.currentStep().messageKey() + ".title");
    }

    private void loadFailed(Throwable e) {
        dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage()));
    }

    public ObservableList<CaseSummary> cases() { return cases; }
    public ObservableList<SupplierRecord> supplierChoices() { return supplierChoices; }
    public ObjectProperty<SupplierRecord> supplierFilterProperty() { return supplierFilter; }
    public ObjectProperty<StateFilter> stateFilterProperty() { return stateFilter; }
    public BooleanProperty busyProperty() { return busy; }
    /** The case shown in the wizard (the view selects its row and shows the wizard). */
    public ObjectProperty<UUID> openedCaseProperty() { return openedCase; }
}
