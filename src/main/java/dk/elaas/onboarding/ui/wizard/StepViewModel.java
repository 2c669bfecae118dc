package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.validation.Validated;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.OnboardingStepKind;
import dk.elaas.onboarding.StepInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * One wizard step's part of the {@link dk.elaas.onboarding.OnboardingState}: its fields, its own validation (the
 * same rules and message keys as the service, so the user reads the Danish sentence before anything is sent) and
 * the {@link StepInput} it contributes. Errors appear per field once the user has tried to save, then follow
 * every change.
 */
public abstract class StepViewModel {

    protected final I18n i18n;
    protected final Clock clock;
    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());
    /** Date fields whose typed text could not be read, by field: the picker's value is then null. */
    private final Map<String, String> unreadable = new HashMap<>();
    /** An error that belongs to no field of this step (the service named another one). */
    private final StringProperty generalError = new SimpleStringProperty("");
    private BooleanBinding valid;
    private boolean attempted;

    protected StepViewModel(I18n i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Called by each subclass at the end of its constructor with every property its check reads. */
    protected final void watch(Observable... dependencies) {
        valid = Bindings.createBooleanBinding(() -> problems().isEmpty(), dependencies);
        for (Observable o : dependencies) {
            o.addListener(x -> {
                if (attempted) {
                    showProblems();
                }
            });
        }
    }

    public abstract OnboardingStepKind kind();

    /** The fields this step shows, by the names the service uses in its errors. */
    public abstract Set<String> fields();

    /** Fills the fields from the case as saved. */
    abstract void load(CaseDetail detail);

    /** What this step contributes; call {@link #validate()} first. */
    public abstract StepInput input();

    /** Field → Danish text of what is wrong now; empty when the step may be saved. */
    protected abstract Map<String, String> check();

    private Map<String, String> problems() {
        Map<String, String> all = new LinkedHashMap<>();
        unreadable.forEach((field, text) -> all.put(field, i18n.get("validation.date.format", text)));
        check().forEach(all::putIfAbsent);
        return all;
    }

    /** Shows every problem at its field; true when there is none. */
    public boolean validate() {
        attempted = true;
        return showProblems();
    }

    private boolean showProblems() {
        Map<String, String> now = problems();
        errors.keySet().retainAll(now.keySet());
        errors.putAll(now);
        generalError.set("");
        return now.isEmpty();
    }

    /** Shows what the service refused, in the user's language, at the fields it names. */
    void serviceErrors(Map<String, Validated> refused) {
        errors.clear();
        StringBuilder other = new StringBuilder();
        refused.forEach((field, v) -> {
            String text = i18n.get(v.errorKey(), v.errorArgs());
            if (fields().contains(field)) {
                errors.put(field, text);
            } else {
                other.append(other.length() == 0 ? "" : " ").append(text);
            }
        });
        generalError.set(other.toString());
    }

    /** The text typed in a date field; the view hands it in before saving so an unreadable date is named. */
    public void dateText(String field, String text, LocalDate parsed) {
        if (text != null && !text.isBlank() && parsed == null) {
            unreadable.put(field, text.trim());
        } else {
            unreadable.remove(field);
        }
        valid.invalidate();
        if (attempted) {
            showProblems();
        }
    }

    /** Forgets shown errors (a newly loaded case). */
    void reset() {
        attempted = false;
        unreadable.clear();
        errors.clear();
        generalError.set("");
    }

    /** Required, not in the future, not before {@code notBefore}: the service's date rule. */
    protected void date(Map<String, String> out, String field, LocalDate value, LocalDate notBefore) {
        if (value == null) {
            out.put(field, i18n.get("validation.required"));
        } else if (value.isAfter(LocalDate.now(clock))) {
            out.put(field, i18n.get("onboarding.validation.future"));
        } else if (notBefore != null && value.isBefore(notBefore)) {
            out.put(field, i18n.get("onboarding.validation.beforePrevious"));
        }
    }

    protected static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Today by the app's clock: the default for the step's dates. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty generalErrorProperty() {
        return generalError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public String title() {
        return i18n.get(kind().messageKey() + ".title");
    }
}
