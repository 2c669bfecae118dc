package dk.elaas.onboarding.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.consent.ConsentWorld;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.CaseState;
import dk.elaas.onboarding.NewEmployee;
import dk.elaas.onboarding.OnboardingService;
import dk.elaas.onboarding.StepInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An employee onboarded through all six steps, as the review finds them. */
final class ReviewFixture {

    private ReviewFixture() {
    }

    /**
     * Jonas Holm (ext34481@aarhus.dk) at the supplier, active: Grethe Bach under a consent ØJB has received,
     * Poul Krogh door-entry-only. Returns the onboarding case.
     */
    static UUID activeEmployee(ConsentWorld w, OnboardingService onboarding, UUID supplierId, LocalDate today) {
        UUID consent = w.receivedConsent("Grethe Bach", "0505470890", supplierId, Set.of("DAGLIGVARER"),
                today.minusDays(20), null);
        UUID other = w.receivedConsent("Poul Krogh", "1203391234", supplierId, Set.of("DAGLIGVARER"),
                today.minusDays(20), null);
        UUID id = onboarding.start(new NewEmployee(supplierId, "Jonas", "Holm", "jonas@naerkoeb.dk", false, Set.of(),
                null)).id();
        var options = onboarding.consentOptions(id);
        UUID grethe = options.stream().filter(o -> o.consentId().equals(consent)).findFirst().orElseThrow().citizenId();
        UUID poul = options.stream().filter(o -> o.consentId().equals(other)).findFirst().orElseThrow().citizenId();
        onboarding.save(id, new StepInput.Consents(List.of(new StepInput.CitizenChoice(grethe, consent),
                new StepInput.CitizenChoice(poul, null))), null);
        onboarding.save(id, new StepInput.EmployeeDetails("Jonas", "Holm", "jonas@naerkoeb.dk", false, null), null);
        onboarding.save(id, new StepInput.ExtActivation(today.minusDays(5), today.minusDays(4), "ext34481@aarhus.dk"),
                null);
        onboarding.queueUsernameMail(id);
        onboarding.save(id, new StepInput.AzureGroup(today, today), null);
        onboarding.save(id, new StepInput.TwoFactor(true, today), null);
        onboarding.detail(id).mails().forEach(m -> w.outbox.markSent(m.id()));
        CaseDetail done = onboarding.save(id, new StepInput.Phoniro(today, true, true, today), null);
        assertThat(done.state()).isEqualTo(CaseState.ACTIVE);
        return id;
    }
}
