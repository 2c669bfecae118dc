package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.i18n.I18n;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.OnboardingService.CitizenOption;
import dk.elaas.onboarding.OnboardingService.ConsentOption;
import dk.elaas.onboarding.OnboardingStepKind;
import dk.elaas.onboarding.StepInput;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Step 1: the citizens the employee will serve — under one of the supplier's consents, or door-entry-only
 * (no consent needed). Steps 2–5 may go on while a consent is on its way; step 6 checks it.
 */
public final class ConsentStepViewModel extends StepViewModel {

    private final CitizenTexts texts;
    private final ObservableList<ConsentChoice> consents = FXCollections.observableArrayList();
    private final ObservableList<DoorEntryChoice> doorEntry = FXCollections.observableArrayList();
    private final FilteredList<DoorEntryChoice> doorEntryShown = new FilteredList<>(doorEntry);
    private final StringProperty doorEntryFilter = new SimpleStringProperty("");
    /** Bumped on every tick, so the valid binding follows the check boxes of lists that change. */
    private final IntegerProperty chosen = new SimpleIntegerProperty();
    private final StringProperty chosenText = new SimpleStringProperty("");
    private StepInput.Consents saved;

    public ConsentStepViewModel(I18n i18n, Clock clock) {
        super(i18n, clock);
        this.texts = new CitizenTexts(i18n);
        doorEntryFilter.addListener((o, was, now) -> {
            String q = now == null ? "" : now.trim().toLowerCase(Locale.ROOT);
            doorEntryShown.setPredicate(c -> q.isEmpty() || c.selected.get()
                    || c.option.name().toLowerCase(Locale.ROOT).contains(q) || c.option.cprMasked().contains(q));
        });
        watch(chosen);
    }

    @Override
    public OnboardingStepKind kind() {
        return OnboardingStepKind.CONSENT;
    }

    @Override
    public Set<String> fields() {
        return Set.of("citizens");
    }

    @Override
    void load(CaseDetail d) {
        saved = d.data().consents();
        applySaved();
    }

    /** The choices the service offers; ticks what step 1 saved. */
    void options(List<ConsentOption> consentOptions, List<CitizenOption> citizens) {
        consents.setAll(consentOptions.stream().map(ConsentChoice::new).toList());
        doorEntry.setAll(citizens.stream().map(DoorEntryChoice::new).toList());
        consents.forEach(c -> c.selected.addListener((o, was, now) -> recount()));
        doorEntry.forEach(c -> c.selected.addListener((o, was, now) -> recount()));
        applySaved();
    }

    private void applySaved() {
        Set<UUID> consentIds = new HashSet<>();
        Set<UUID> doorIds = new HashSet<>();
        if (saved != null) {
            saved.citizens().forEach(c -> {
                if (c.doorEntryOnly()) {
                    doorIds.add(c.citizenId());
                } else {
                    consentIds.add(c.consentId());
                }
            });
        }
        consents.forEach(c -> c.selected.set(consentIds.contains(c.option.consentId())));
        doorEntry.forEach(c -> c.selected.set(doorIds.contains(c.option.citizenId())));
        recount();
    }

    private void recount() {
        long n = consents.stream().filter(c -> c.selected.get()).count()
                + doorEntry.stream().filter(c -> c.selected.get()).count();
        chosenText.set(i18n.get("onboarding.step.consent.chosen", n));
        chosen.set(chosen.get() + 1);
    }

    @Override
    public StepInput.Consents input() {
        List<StepInput.CitizenChoice> out = new ArrayList<>();
        consents.stream().filter(c -> c.selected.get())
                .forEach(c -> out.add(new StepInput.CitizenChoice(c.option.citizenId(), c.option.consentId())));
        doorEntry.stream().filter(c -> c.selected.get())
                .forEach(c -> out.add(new StepInput.CitizenChoice(c.option.citizenId(), null)));
        return new StepInput.Consents(out);
    }

    @Override
    protected Map<String, String> check() {
        Map<String, String> out = new LinkedHashMap<>();
        List<StepInput.CitizenChoice> chosenNow = input().citizens();
        if (chosenNow.isEmpty()) {
            out.put("citizens", i18n.get("onboarding.validation.noCitizens"));
        } else if (chosenNow.stream().map(StepInput.CitizenChoice::citizenId).distinct().count() < chosenNow.size()) {
            out.put("citizens", i18n.get("onboarding.validation.duplicateCitizen"));
        }
        return out;
    }

    public ObservableList<ConsentChoice> consents() { return consents; }
    public ObservableList<DoorEntryChoice> doorEntry() { return doorEntry; }
    /** The door-entry list as the filter shows it (ticked citizens always stay visible). */
    public FilteredList<DoorEntryChoice> doorEntryShown() { return doorEntryShown; }
    public StringProperty doorEntryFilterProperty() { return doorEntryFilter; }
    public StringProperty chosenTextProperty() { return chosenText; }

    /** One of the supplier's consents, as step 1 lists it. */
    public final class ConsentChoice {
        private final ConsentOption option;
        private final BooleanProperty selected = new SimpleBooleanProperty();

        ConsentChoice(ConsentOption option) {
            this.option = option;
        }

        public ConsentOption option() { return option; }
        public BooleanProperty selectedProperty() { return selected; }
        public String citizen() { return option.citizenName(); }
        public String cpr() { return option.cprMasked(); }
        public String status() { return texts.status(option.status()); }
        public String services() { return texts.services(option.services()); }
        public String validUntil() {
            return option.validUntil() == null ? i18n.get("onboarding.step.consent.untilWithdrawn")
                    : texts.date(option.validUntil());
        }
    }

    /** A citizen for door-entry-only access. */
    public static final class DoorEntryChoice {
        private final CitizenOption option;
        private final BooleanProperty selected = new SimpleBooleanProperty();

        DoorEntryChoice(CitizenOption option) {
            this.option = option;
        }

        public CitizenOption option() { return option; }
        public BooleanProperty selectedProperty() { return selected; }
        public String text() { return option.name() + " (" + option.cprMasked() + ")"; }
    }
}
