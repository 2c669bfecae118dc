package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.i18n.I18n;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.CitizenLine;
import dk.elaas.onboarding.OnboardingStepKind;
import dk.elaas.onboarding.StepInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 6 (3.5): ØJB creates the Phoniro user and registers the device; then access is granted to the chosen
 * citizens. Before anyone clicks, each citizen's line says whether access can be granted or exactly what is
 * missing; the step cannot be saved while something is.
 */
public final class PhoniroStepViewModel extends StepViewModel {

    private final CitizenTexts texts;
    private final ObjectProperty<LocalDate> oejbContactedOn = new SimpleObjectProperty<>();
    private final BooleanProperty userCreated = new SimpleBooleanProperty();
    private final BooleanProperty deviceRegistered = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> confirmedOn = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper();

    public PhoniroStepViewModel(I18n i18n, Clock clock) {
        super(i18n, clock);
        this.texts = new CitizenTexts(i18n);
        watch(oejbContactedOn, userCreated, deviceRegistered, confirmedOn, blocked);
    }

    @Override
    public OnboardingStepKind kind() {
        return OnboardingStepKind.PHONIRO;
    }

    @Override
    public Set<String> fields() {
        return Set.of("citizens", "oejbContactedOn", "userCreated", "deviceRegistered", "confirmedOn");
    }

    @Override
    void load(CaseDetail d) {
        StepInput.Phoniro p = d.data().phoniro();
        oejbContactedOn.set(p == null ? null : p.oejbContactedOn());
        userCreated.set(p != null && p.userCreated());
        deviceRegistered.set(p != null && p.deviceRegistered());
        confirmedOn.set(p == null ? null : p.confirmedOn());
        List<CitizenLine> citizens = d.citizens();
        lines.setAll(citizens.stream().map(this::line).toList());
        blocked.set(citizens.isEmpty() || citizens.stream().anyMatch(l -> !l.ready()));
    }

    private Line line(CitizenLine l) {
        String consent = l.doorEntryOnly() ? i18n.get("onboarding.step.phoniro.doorEntryOnly")
                : i18n.get("onboarding.step.phoniro.consent", texts.status(l.consentStatus()),
                texts.services(l.consentServices()));
        return new Line(l.citizenName(), l.cprMasked(), consent, texts.readiness(l), l.ready(),
                l.grantId() != null && l.grantActive());
    }

    @Override
    public StepInput.Phoniro input() {
        return new StepInput.Phoniro(oejbContactedOn.get(), userCreated.get(), deviceRegistered.get(), confirmedOn.get());
    }

    @Override
    protected Map<String, String> check() {
        Map<String, String> out = new LinkedHashMap<>();
        if (lines.isEmpty()) {
            out.put("citizens", i18n.get("onboarding.error.noCitizens"));
        } else if (blocked.get()) {
            out.put("citizens", i18n.get("onboarding.step.phoniro.blocked",
                    lines.stream().filter(l -> !l.ready()).count()));
        }
        date(out, "oejbContactedOn", oejbContactedOn.get(), null);
        if (!userCreated.get()) {
            out.put("userCreated", i18n.get("onboarding.validation.userCreated"));
        }
        if (!deviceRegistered.get()) {
            out.put("deviceRegistered", i18n.get("onboarding.validation.deviceRegistered"));
        }
        date(out, "confirmedOn", confirmedOn.get(), oejbContactedOn.get());
        return out;
    }

    public ObjectProperty<LocalDate> oejbContactedOnProperty() { return oejbContactedOn; }
    public BooleanProperty userCreatedProperty() { return userCreated; }
    public BooleanProperty deviceRegisteredProperty() { return deviceRegistered; }
    public ObjectProperty<LocalDate> confirmedOnProperty() { return confirmedOn; }
    /** One line per chosen citizen: consent, and whether access can be granted (or is) or what is missing. */
    public ObservableList<Line> lines() { return lines; }
    /** True while any citizen lacks something (or none was chosen): access cannot be granted yet. */
    public ReadOnlyBooleanProperty blockedProperty() { return blocked.getReadOnlyProperty(); }

    /** A citizen as step 6 shows it. */
    public record Line(String citizenName, String cprMasked, String consent, String verdict, boolean ready,
                       boolean granted) {
    }
}
