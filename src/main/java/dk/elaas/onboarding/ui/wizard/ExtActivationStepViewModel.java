package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.i18n.I18n;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.OnboardingStepKind;
import dk.elaas.onboarding.StepInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Step 3 (3.2): the invitation mail, the "oprettet" mail and the EXT username it gave. */
public final class ExtActivationStepViewModel extends StepViewModel {

    /** The form Aarhus Kommune issues ({@code ext34481@aarhus.dk}); the service checks the same. */
    static final Pattern EXT_USERNAME = Pattern.compile("ext\\d{3,8}@aarhus\\.dk");

    private final ObjectProperty<LocalDate> invitationMailOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> createdMailOn = new SimpleObjectProperty<>();
    private final StringProperty extUsername = new SimpleStringProperty("");
    /** The invitation goes to the manager's mailbox: the screen warns that only the employee may activate. */
    private final BooleanProperty managerMailbox = new SimpleBooleanProperty();

    public ExtActivationStepViewModel(I18n i18n, Clock clock) {
        super(i18n, clock);
        watch(invitationMailOn, createdMailOn, extUsername);
    }

    @Override
    public OnboardingStepKind kind() {
        return OnboardingStepKind.EXT_ACTIVATION;
    }

    @Override
    public Set<String> fields() {
        return Set.of("invitationMailOn", "createdMailOn", "extUsername");
    }

    @Override
    void load(CaseDetail d) {
        StepInput.ExtActivation x = d.data().extActivation();
        invitationMailOn.set(x == null ? null : x.invitationMailOn());
        createdMailOn.set(x == null ? null : x.createdMailOn());
        extUsername.set(x != null && x.extUsername() != null ? x.extUsername()
                : d.extUsername() == null ? "" : d.extUsername());
        managerMailbox.set(d.data().employee() != null && d.data().employee().usesManagerEmail());
    }

    @Override
    public StepInput.ExtActivation input() {
        return new StepInput.ExtActivation(invitationMailOn.get(), createdMailOn.get(),
                extUsername.get() == null ? null : extUsername.get().trim());
    }

    @Override
    protected Map<String, String> check() {
        Map<String, String> out = new LinkedHashMap<>();
        date(out, "invitationMailOn", invitationMailOn.get(), null);
        date(out, "createdMailOn", createdMailOn.get(), invitationMailOn.get());
        String u = extUsername.get();
        if (blank(u)) {
            out.put("extUsername", i18n.get("validation.required"));
        } else if (!EXT_USERNAME.matcher(u.trim().toLowerCase(Locale.ROOT)).matches()) {
            out.put("extUsername", i18n.get("onboarding.validation.extUsername"));
        }
        return out;
    }

    public ObjectProperty<LocalDate> invitationMailOnProperty() { return invitationMailOn; }
    public ObjectProperty<LocalDate> createdMailOnProperty() { return createdMailOn; }
    public StringProperty extUsernameProperty() { return extUsername; }
    public BooleanProperty managerMailboxProperty() { return managerMailbox; }
}
