package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.i18n.I18n;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.OnboardingStepKind;
import dk.elaas.onboarding.StepInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Step 5 (3.4): two-factor set up, on the employee's own phone (never a shared one). */
public final class TwoFactorStepViewModel extends StepViewModel {

    private final BooleanProperty onPersonalPhone = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> doneOn = new SimpleObjectProperty<>();

    public TwoFactorStepViewModel(I18n i18n, Clock clock) {
        super(i18n, clock);
        watch(onPersonalPhone, doneOn);
    }

    @Override
    public OnboardingStepKind kind() {
        return OnboardingStepKind.TWO_FACTOR;
    }

    @Override
    public Set<String> fields() {
        return Set.of("onPersonalPhone", "doneOn");
    }

    @Override
    void load(CaseDetail d) {
        StepInput.TwoFactor t = d.data().twoFactor();
        onPersonalPhone.set(t != null && t.onPersonalPhone());
        doneOn.set(t == null ? null : t.doneOn());
    }

    @Override
    public StepInput.TwoFactor input() {
        return new StepInput.TwoFactor(onPersonalPhone.get(), doneOn.get());
    }

    @Override
    protected Map<String, String> check() {
        Map<String, String> out = new LinkedHashMap<>();
        if (!onPersonalPhone.get()) {
            out.put("onPersonalPhone", i18n.get("onboarding.validation.personalPhone"));
        }
        date(out, "doneOn", doneOn.get(), null);
        return out;
    }

    public BooleanProperty onPersonalPhoneProperty() { return onPersonalPhone; }
    public ObjectProperty<LocalDate> doneOnProperty() { return doneOn; }
}
