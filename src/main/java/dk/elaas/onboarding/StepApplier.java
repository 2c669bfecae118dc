package dk.elaas.onboarding;

import dk.elaas.access.AccessGrant;
import dk.elaas.citizen.Citizen;
import dk.elaas.common.validation.Email;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Validated;
import dk.elaas.consent.Consent;
import dk.elaas.identity.Actor;
import dk.elaas.mail.MailSettings;
import dk.elaas.mail.OutboxService;
import dk.elaas.supplier.Supplier;
import dk.elaas.supplier.SupplierEmployee;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What saving one step does to the case, inside {@link OnboardingService#save}'s transaction: the employee's
 * details and their mail, the EXT username (unique), the group dates (after the username mail), two-factor, and
 * for step 6 the access gate and the grants; step 1 replaces the chosen citizens.
 */
final class StepApplier {

    private final Clock clock;
    private final OutboxService outbox;
    private final MailSettings recipients;
    private final CaseAccess access;

    StepApplier(Clock clock, OutboxService outbox, MailSettings recipients, CaseAccess access) {
        this.clock = clock;
        this.outbox = outbox;
        this.recipients = recipients;
        this.access = access;
    }

    void apply(Session s, OnboardingCase c, StepInput input, boolean correction, Actor who) {
        SupplierEmployee e = c.getEmployee();
        LocalDate today = LocalDate.now(clock);
        if (input instanceof StepInput.Consents in) {
            applyCitizens(s, c, in);
        } else if (input instanceof StepInput.EmployeeDetails in) {
            boolean changed = !in.firstName().trim().equals(e.getFirstName())
                    || !in.lastName().trim().equals(e.getLastName())
                    || !Email.validate(in.workEmail()).value().equals(e.getWorkEmail())
                    || in.usesManagerEmail() != e.isUsesManagerEmail();
            e.setFirstName(in.firstName().trim());
            e.setLastName(in.lastName().trim());
            e.setWorkEmail(Email.validate(in.workEmail()).value());
            e.setUsesManagerEmail(in.usesManagerEmail());
            e.setEndDate(in.endDate());
            if (!correction || changed) {
                outbox.queueForCase(s, OnboardingMails.employeeDetails(e, recipients.systemOwner(), who.name()),
                        c.getId());
            }
        } else if (input instanceof StepInput.ExtActivation in) {
            String username = in.extUsername().trim().toLowerCase(Locale.ROOT);
            long taken = s.createSelectionQuery("select count(*) from SupplierEmployee x where x.extUsername = :u"
                    + " and x.id <> :self", Long.class).setParameter("u", username)
                    .setParameter("self", e.getId()).getSingleResult();
            if (taken > 0) {
                throw new InvalidInputException(Map.of("extUsername",
                        Validated.error("onboarding.validation.usernameTaken", username)));
            }
            e.setExtUsername(username);
            c.setInvitationMailOn(in.invitationMailOn());
            c.setCreatedMailOn(in.createdMailOn());
        } else if (input instanceof StepInput.AzureGroup in) {
            if (c.getUsernameSentOn() == null) {
                throw new OnboardingException("onboarding.error.usernameMailFirst",
                        "The username must be mailed to the system owner before the group is ordered");
            }
            if (in.groupOrderedOn().isBefore(c.getUsernameSentOn())) {
                throw new InvalidInputException(Map.of("groupOrderedOn",
                        Validated.error("onboarding.validation.beforeUsernameMail",
                        java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy").format(c.getUsernameSentOn()))));
            }
            c.setGroupOrderedOn(in.groupOrderedOn());
            c.setGroupConfirmedOn(in.groupConfirmedOn());
        } else if (input instanceof StepInput.TwoFactor in) {
            c.setTwoFactorPersonalPhone(in.onPersonalPhone());
            c.setTwoFactorOn(in.doneOn());
        } else if (input instanceof StepInput.Phoniro in) {
            List<OnboardingCitizen> citizens = OnboardingService.lines(s, c);
            List<GateProblem> problems = citizens.stream().map(l -> AccessGate.gate(l, c, today))
                    .filter(Objects::nonNull).toList();
            if (citizens.isEmpty()) {
                throw new OnboardingException("onboarding.error.noCitizens", "Step 1 chose no citizens");
            }
            if (!problems.isEmpty()) {
                throw new OnboardingException("onboarding.gate.blocked", "Access cannot be granted yet: "
                        + problems, problems.size(), AccessGate.describe(problems));
            }
            c.setOejbContactedOn(in.oejbContactedOn());
            c.setOejbUserCreated(in.userCreated());
            c.setOejbDeviceRegistered(in.deviceRegistered());
            c.setOejbConfirmedOn(in.confirmedOn());
            Instant now = clock.instant();
            for (OnboardingCitizen l : citizens) {
                AccessGrant g = l.isDoorEntryOnly()
                        ? new AccessGrant(e.getSupplier(), l.getCitizen(), null, e, Set.of(), true, now)
                        : new AccessGrant(e.getSupplier(), l.getCitizen(), l.getConsent(), e, c.getServices(), false, now);
                s.persist(g);
                l.setGrant(g);
            }
        }
    }

    private void applyCitizens(Session s, OnboardingCase c, StepInput.Consents in) {
        Supplier supplier = c.getEmployee().getSupplier();
        Map<UUID, OnboardingCitizen> existing = new LinkedHashMap<>();
        OnboardingService.lines(s, c).forEach(l -> existing.put(l.getCitizen().getId(), l));
        Set<UUID> allowedDoorEntry = access.scope() == null ? null : new HashSet<>(s.createSelectionQuery(
                        "select distinct k.citizen.id from Consent k where k.supplier = :p", UUID.class)
                .setParameter("p", supplier).getResultList());
        Set<UUID> seen = new HashSet<>();
        for (StepInput.CitizenChoice choice : in.citizens()) {
            if (!seen.add(choice.citizenId())) {
                throw new InvalidInputException(Map.of("citizens", Validated.error("onboarding.validation.duplicateCitizen")));
            }
            Citizen z = s.find(Citizen.class, choice.citizenId());
            if (z == null) {
                throw new InvalidInputException(Map.of("citizens", Validated.error("onboarding.validation.noCitizen")));
            }
            Consent k = null;
            if (!choice.doorEntryOnly()) {
                k = s.find(Consent.class, choice.consentId());
                if (k == null || !k.getCitizen().getId().equals(z.getId()) || !k.getSupplier().getId().equals(supplier.getId())) {
                    throw new InvalidInputException(Map.of("citizens",
                            Validated.error("onboarding.validation.consentNotThisSupplier", z.getName())));
                }
                if (!OnboardingService.USABLE.contains(k.statusOn(java.time.LocalDate.now(clock)))) {
                    throw new InvalidInputException(Map.of("citizens",
                            Validated.error("onboarding.validation.consentEnded", z.getName())));
                }
            } else if (allowedDoorEntry != null && !allowedDoorEntry.contains(z.getId())) {
                throw new OnboardingException("onboarding.error.otherSupplier",
                        "A supplier user may only choose citizens their company has a consent with");
            }
            OnboardingCitizen old = existing.remove(z.getId());
            if (old != null && Objects.equals(old.getConsent() == null ? null : old.getConsent().getId(), choice.consentId())) {
                continue;
            }
            if (old != null) {
                s.remove(old);
                s.flush();
            }
            s.persist(new OnboardingCitizen(c, z, k, choice.doorEntryOnly()));
        }
        existing.values().forEach(s::remove);
    }
}
