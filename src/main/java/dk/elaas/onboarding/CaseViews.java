package dk.elaas.onboarding;

import dk.elaas.access.AccessGrant;
import dk.elaas.common.validation.Cpr;
import dk.elaas.consent.Consent;
import dk.elaas.mail.OutboxService;
import dk.elaas.supplier.Supplier;
import dk.elaas.supplier.SupplierEmployee;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Session;

/** Maps a case to what the wizard and the case list show, inside the caller's transaction. */
final class CaseViews {

    private final Clock clock;
    private final OutboxService outbox;

    CaseViews(Clock clock, OutboxService outbox) {
        this.clock = clock;
        this.outbox = outbox;
    }

    CaseDetail detail(Session s, OnboardingCase c) {
        SupplierEmployee e = c.getEmployee();
        Supplier p = e.getSupplier();
        LocalDate today = LocalDate.now(clock);
        OnboardingCase onboarding = c.getKind() == CaseKind.OFFBOARDING ? c.getEndsCase() : c;
        List<OnboardingCitizen> lines = onboarding == null ? List.of() : OnboardingService.lines(s, onboarding);
        List<CitizenLine> citizens = new ArrayList<>();
        List<StepInput.CitizenChoice> choices = new ArrayList<>();
        for (OnboardingCitizen l : lines) {
            Consent k = l.getConsent();
            AccessGrant g = l.getGrant();
            citizens.add(new CitizenLine(l.getCitizen().getId(), l.getCitizen().getName(), Cpr.mask(l.getCitizen().getCpr()),
                    k == null ? null : k.getId(), k == null ? null : k.getStatus().name(),
                    k == null ? new TreeSet<>() : k.getServices(), l.isDoorEntryOnly(), g == null ? null : g.getId(),
                    g != null && g.isActive(), AccessGate.gate(l, onboarding, today)));
            choices.add(new StepInput.CitizenChoice(l.getCitizen().getId(), k == null ? null : k.getId()));
        }
        List<CaseDetail.StepRecord> steps = c.getKind() == CaseKind.OFFBOARDING ? List.of()
                : s.createSelectionQuery("from OnboardingStep t where t.onboardingCase = :c order by t.position",
                        OnboardingStep.class).setParameter("c", c).getResultList().stream()
                .map(t -> new CaseDetail.StepRecord(t.getStep(), t.getStatus(), t.getCompletedBy(), t.getCompletedAt(),
                        t.getNotes())).toList();
        OnboardingState state = new OnboardingState(
                lines.isEmpty() ? null : new StepInput.Consents(choices),
                new StepInput.EmployeeDetails(e.getFirstName(), e.getLastName(), e.getWorkEmail(),
                        e.isUsesManagerEmail(), e.getEndDate()),
                c.getCreatedMailOn() == null ? null : new StepInput.ExtActivation(c.getInvitationMailOn(),
                        c.getCreatedMailOn(), e.getExtUsername()),
                c.getGroupConfirmedOn() == null ? null : new StepInput.AzureGroup(c.getGroupOrderedOn(), c.getGroupConfirmedOn()),
                c.getTwoFactorOn() == null ? null : new StepInput.TwoFactor(c.isTwoFactorPersonalPhone(), c.getTwoFactorOn()),
                c.getOejbConfirmedOn() == null ? null : new StepInput.Phoniro(c.getOejbContactedOn(), c.isOejbUserCreated(),
                        c.isOejbDeviceRegistered(), c.getOejbConfirmedOn()));
        UUID offboarding = c.getKind() == CaseKind.ONBOARDING ? s.createSelectionQuery(
                        "select o.id from OnboardingCase o where o.endsCase = :c and o.citizen is null", UUID.class)
                .setParameter("c", c).getResultStream().findFirst().orElse(null) : null;
        return new CaseDetail(c.getId(), c.getKind(), c.getState(), c.getCurrentStep(), waitingOn(c), c.getWaitingSince(),
                e.getId(), e.getExtUsername(), p.getId(), p.getName(), p.getCvr(), p.getManagerEmail(),
                c.getServices(), state, steps, citizens, outbox.forCase(s, c.getId()), c.getActivatedAt(),
                c.getEndsCase() == null ? null : c.getEndsCase().getId(), offboarding,
                c.getCitizen() == null ? null : c.getCitizen().getName(), c.getReason(), c.getDeletionConfirmedOn(),
                c.getDeletionConfirmedBy());
    }

    CaseSummary summary(OnboardingCase c, Instant now) {
        SupplierEmployee e = c.getEmployee();
        long days = c.getWaitingSince() == null ? 0 : Math.max(0, Duration.between(c.getWaitingSince(), now).toDays());
        return new CaseSummary(c.getId(), c.getKind(), c.getState(), e.getFirstName() + " " + e.getLastName(),
                e.getSupplier().getId(), e.getSupplier().getName(), c.getCurrentStep(), waitingOn(c), days, e.getEndDate(),
                e.getExtUsername());
    }

    private static WaitingOn waitingOn(OnboardingCase c) {
        return c.getWaitingOn() == null ? null : WaitingOn.valueOf(c.getWaitingOn());
    }
}
