package dk.elaas.durability;

import dk.elaas.identity.Actor;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentCorrection;
import dk.elaas.consent.ConsentCorrectionService;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.SignerRole;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.NewEmployee;
import dk.elaas.onboarding.OnboardingService;
import dk.elaas.onboarding.StepInput;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A small main for {@link KillAfterSaveIT}: on the data folder given, it saves without end — a consent, a
 * correction of it, its "send", and a wizard step of an onboarding case — and prints {@code SAVED kind id} the
 * moment each service call has returned, which is when the app tells the user "gemt". The test kills it with
 * {@code kill -9} right after such a line.
 */
public final class SaveProbe {

    static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");
    static final Set<String> GROCERIES = Set.of("DAGLIGVARER");

    private SaveProbe() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        ConsentWorld w = ConsentWorld.h2(dir, clock, CLERK);
        UUID supplier = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER", "MEDICIN");
        ConsentCorrectionService corrections = new ConsentCorrectionService(w.db.tx(), clock, CLERK::name);
        OnboardingService onboarding = w.onboarding(() -> CLERK, () -> null);
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            String cpr = String.format("%06d-%04d", 10101 + (i % 280), 1000 + i % 9000);
            UUID consent = w.paperConsent("Borger " + i, cpr, supplier, GROCERIES, today.minusDays(3), today.plusYears(1));
            say("consent", consent);
            corrections.correct(consent, version(w, consent), new ConsentCorrection(GROCERIES, today.minusDays(3),
                    today.plusYears(2), SignerRole.CITIZEN, null, today.minusDays(3), "Lars Gravesen",
                    CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE, false), "Forkert udløbsdato");
            say("correction", consent);
            w.lifecycle.send(consent);
            say("send", consent);
            CaseDetail c = onboarding.start(new NewEmployee(supplier, "Ansat", "Nummer" + i, "ansat" + i + "@naerkoeb.dk",
                    false, Set.of(), null));
            UUID citizen = w.db.tx().call(s -> s.find(dk.elaas.consent.Consent.class, consent).getCitizen().getId());
            onboarding.save(c.id(), new StepInput.Consents(List.of(new StepInput.CitizenChoice(citizen, null))), null);
            say("step", c.id());
        }
    }

    private static long version(ConsentWorld w, UUID id) {
        return w.db.tx().call(s -> s.find(dk.elaas.consent.Consent.class, id).getVersion());
    }

    private static void say(String kind, UUID id) {
        System.out.println("SAVED " + kind + " " + id);
        System.out.flush();
    }
}
