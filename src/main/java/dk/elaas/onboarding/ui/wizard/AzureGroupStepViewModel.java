package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.validation.DanishDates;
import dk.elaas.mail.MailRecord;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.OnboardingStepKind;
import dk.elaas.onboarding.StepInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Step 4 (3.3): the username is mailed to the system owner first ("Opret mail med brugernavn"), then the group
 * membership is ordered and confirmed.
 */
public final class AzureGroupStepViewModel extends StepViewModel {

    /** The kind of mail the service composes for the username (OnboardingMails.USERNAME). */
    static final String USERNAME_MAIL = "ONBOARDING_USERNAME";

    private final ObjectProperty<LocalDate> groupOrderedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> groupConfirmedOn = new SimpleObjectProperty<>();
    /** The day the username mail was last composed (its outbox time), or null: the group needs it first. */
    private final ObjectProperty<LocalDate> usernameMailOn = new SimpleObjectProperty<>();
    private final StringProperty usernameMailText = new SimpleStringProperty("");

    public AzureGroupStepViewModel(I18n i18n, Clock clock) {
        super(i18n, clock);
        watch(groupOrderedOn, groupConfirmedOn, usernameMailOn);
    }

    @Override
    public OnboardingStepKind kind() {
        return OnboardingStepKind.AZURE_GROUP;
    }

    @Override
    public Set<String> fields() {
        return Set.of("usernameMail", "groupOrderedOn", "groupConfirmedOn");
    }

    @Override
    void load(CaseDetail d) {
        StepInput.AzureGroup a = d.data().azureGroup();
        groupOrderedOn.set(a == null ? null : a.groupOrderedOn());
        groupConfirmedOn.set(a == null ? null : a.groupConfirmedOn());
        mailStatus(d);
    }

    /** Takes over whether (and when) the username mail exists, keeping the dates the user is typing. */
    void mailStatus(CaseDetail d) {
        LocalDate mailed = d.mails().stream().filter(m -> USERNAME_MAIL.equals(m.kind()))
                .map(MailRecord::createdAt).max(Comparator.naturalOrder())
                .map(at -> LocalDate.ofInstant(at, clock.getZone())).orElse(null);
        usernameMailOn.set(mailed);
        usernameMailText.set(mailed == null ? i18n.get("onboarding.step.azuregroup.usernameMailMissing")
                : i18n.get("onboarding.step.azuregroup.usernameMailDone",
                d.extUsername() == null ? "" : d.extUsername(), DanishDates.format(mailed)));
    }

    @Override
    public StepInput.AzureGroup input() {
        return new StepInput.AzureGroup(groupOrderedOn.get(), groupConfirmedOn.get());
    }

    @Override
    protected Map<String, String> check() {
        Map<String, String> out = new LinkedHashMap<>();
        if (usernameMailOn.get() == null) {
            out.put("usernameMail", i18n.get("onboarding.error.usernameMailFirst"));
        }
        // "Not before the username mail" is the service's check: it knows the day it recorded (CaseDetail does not).
        date(out, "groupOrderedOn", groupOrderedOn.get(), null);
        date(out, "groupConfirmedOn", groupConfirmedOn.get(), groupOrderedOn.get());
        return out;
    }

    public ObjectProperty<LocalDate> groupOrderedOnProperty() { return groupOrderedOn; }
    public ObjectProperty<LocalDate> groupConfirmedOnProperty() { return groupConfirmedOn; }
    public ObjectProperty<LocalDate> usernameMailOnProperty() { return usernameMailOn; }
    public StringProperty usernameMailTextProperty() { return usernameMailText; }
}
