package dk.elaas.consent.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.ConsentCheck;
import dk.elaas.consent.ConsentChecker;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The one-box "has this citizen a valid consent?" answer. */
public final class ConsentCheckViewModel {

    private final ConsentChecker service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ConsentCheck> answer = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private boolean cprOnly;
    private long generation;

    public ConsentCheckViewModel(ConsentChecker service, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /**
     * For a Supplier's user: the check answers only an exact CPR number (seed 004), never a name, so a
     * name typed here is not sent anywhere.
     */
    public void limitToCpr() {
        cprOnly = true;
    }

    public boolean cprOnly() {
        return cprOnly;
    }

    public void check() {
        long mine = ++generation;
        String q = query.get();
        problem.set("");
        if (cprOnly && !q.isBlank() && !dk.elaas.common.validation.Cpr.validate(q).isValid()) {
            answer.set(null);
            problem.set(i18n.get("check.cprOnly"));
            return;
        }
        runner.run(() -> service.check(q))
                .onSuccess(a -> {
                    if (mine == generation) {
                        answer.set(a);
                    }
                })
                .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), Errors.text(i18n, e)));
    }

    /** The headline for a supplier line: "Gyldigt til 06-03-2027" or the reason why not. */
    public String verdictText(ConsentCheck.SupplierLine l) {
        String date = l.reasonDate() == null ? "" : DateFields.format(l.reasonDate());
        return switch (l.verdict()) {
            case VALID -> l.validUntil() == null ? i18n.get("check.valid.untilWithdrawn")
                    : i18n.get("check.valid.until", DateFields.format(l.validUntil()));
            default -> i18n.get("check.verdict." + l.verdict().name().toLowerCase(Locale.ROOT), date);
        };
    }

    public String servicesText(ConsentCheck.SupplierLine l) {
        return String.join(", ", l.services().stream()
                .map(code -> i18n.has("service." + code) ? i18n.get("service." + code) : code).toList());
    }

    /** Empty answer for a non-empty query: say so. */
    public String emptyText() {
        ConsentCheck a = answer.get();
        if (a == null || a.query().isEmpty()) {
            return "";
        }
        return a.citizens().isEmpty() ? i18n.get("check.noCitizen", a.query()) : "";
    }

    public UUID consentOf(ConsentCheck.SupplierLine l) {
        return l.consentId();
    }

    public StringProperty queryProperty() { return query; }
    public StringProperty problemProperty() { return problem; }
    public ObjectProperty<ConsentCheck> answerProperty() { return answer; }
}
