package dk.elaas.onboarding;

import dk.elaas.identity.Actor;
import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.Cpr;
import dk.elaas.common.validation.Email;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Validated;
import dk.elaas.consent.Consent;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.mail.MailSettings;
import dk.elaas.mail.OutboxService;
import dk.elaas.supplier.Supplier;
import dk.elaas.supplier.SupplierEmployee;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The onboarding case and its six steps (DOMAIN.md "Onboarding: the six steps"). One public method is one use
 * case in one transaction: the step's data, its status, the mail it sends, the grants step 6 makes and the
 * audit rows commit together or not at all.
 *
 * <p>Rules: steps are done in order (no skipping); a done step may be corrected later with a reason (the audit
 * log records old and new values), except the citizens and the Phoniro step once access is granted (offboard
 * instead); step 6 grants access only under consents ØJB has received for this supplier that cover the
 * employee's services (door-entry-only access needs none); the case is active only with all six steps done.
 */
public final class OnboardingService {

    static final Set<ConsentStatus> USABLE = EnumSet.of(ConsentStatus.REGISTERED, ConsentStatus.SENT,
            ConsentStatus.RECEIVED);

    private final Tx tx;
    private final Clock clock;
    private final OutboxService outbox;
    private final MailSettings recipients;
    private final CaseAccess access;
    private final StepRules rules;
    private final CaseViews views;
    private final StepApplier steps;

    public OnboardingService(Tx tx, Clock clock, OutboxService outbox, MailSettings recipients,
                             java.util.function.Supplier<Actor> actor, java.util.function.Supplier<UUID> supplierScope) {
        this.tx = tx;
        this.clock = clock;
        this.outbox = outbox;
        this.recipients = recipients;
        this.access = new CaseAccess(actor, supplierScope);
        this.rules = new StepRules(clock);
        this.views = new CaseViews(clock, outbox);
        this.steps = new StepApplier(clock, outbox, recipients, access);
    }

    /** "Ny onboarding": creates the employee and the case, which starts at step 1. */
    public CaseDetail start(NewEmployee form) {
        access.allow("start an onboarding", CaseAccess.EDIT);
        Map<String, Validated> errors = new LinkedHashMap<>();
        if (form.supplierId() == null) {
            errors.put("supplier", Validated.error("validation.required"));
        }
        StepRules.checkEmployee(errors, form.firstName(), form.lastName(), form.workEmail());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        access.requireSupplier(form.supplierId());
        UUID id = tx.call(s -> {
            Supplier supplier = s.find(Supplier.class, form.supplierId());
            if (supplier == null) {
                throw new InvalidInputException(Map.of("supplier", Validated.error("onboarding.validation.noSupplier")));
            }
            SortedSet<String> services = form.services().isEmpty() ? supplier.getServices() : new TreeSet<>(form.services());
            if (services.isEmpty() || !supplier.getServices().containsAll(services)) {
                throw new InvalidInputException(Map.of("services", Validated.error("onboarding.validation.services")));
            }
            SupplierEmployee e = new SupplierEmployee(supplier, form.firstName().trim(), form.lastName().trim());
            e.setWorkEmail(Email.validate(form.workEmail()).value());
            e.setUsesManagerEmail(form.usesManagerEmail());
            e.setEndDate(form.endDate());
            s.persist(e);
            OnboardingCase c = new OnboardingCase(e, CaseKind.ONBOARDING);
            c.setServices(services);
            c.setCurrentStep(OnboardingStepKind.CONSENT);
            c.waitFor(OnboardingStepKind.CONSENT.doneBy(), clock.instant());
            s.persist(c);
            for (OnboardingStepKind k : OnboardingStepKind.values()) {
                OnboardingStep step = new OnboardingStep(c, k);
                if (k == OnboardingStepKind.CONSENT) {
                    step.setStatus(StepStatus.IN_PROGRESS);
                }
                s.persist(step);
            }
            return c.getId();
        });
        return detail(id);
    }

    /** Cases, newest first; {@code supplierId} and {@code states} filter (null: all). A supplier user sees only theirs. */
    public List<CaseSummary> list(UUID supplierId, Collection<CaseState> states) {
        UUID scope = access.scope();
        UUID supplier = scope != null ? scope : supplierId;
        Set<CaseState> wanted = states == null || states.isEmpty() ? EnumSet.allOf(CaseState.class) : EnumSet.copyOf(states);
        Instant now = clock.instant();
        return tx.call(s -> s.createSelectionQuery("from OnboardingCase c join fetch c.employee e join fetch e.supplier p"
                        + " where (:supplier is null or p.id = :supplier) and c.state in :states"
                        + " order by c.createdAt desc", OnboardingCase.class)
                .setParameter("supplier", supplier).setParameterList("states", wanted).getResultList().stream()
                .map(c -> summary(c, now)).toList());
    }

    public CaseDetail detail(UUID caseId) {
        return tx.call(s -> detail(s, load(s, caseId)));
    }

    /** Step 1's choices: the supplier's consents that are not withdrawn or expired, by citizen name. */
    public List<ConsentOption> consentOptions(UUID caseId) {
        return tx.call(s -> {
            OnboardingCase c = load(s, caseId);
            return s.createSelectionQuery("from Consent k join fetch k.citizen z where k.supplier = :supplier"
                            + " and k.status in :usable and (k.validUntil is null or k.validUntil >= :today)"
                            + " order by lower(z.name), k.signedOn desc", Consent.class)
                    .setParameter("supplier", c.getEmployee().getSupplier()).setParameterList("usable", USABLE)
                    .setParameter("today", java.time.LocalDate.now(clock))
                    .getResultList().stream()
                    .map(k -> new ConsentOption(k.getId(), k.getCitizen().getId(), k.getCitizen().getName(),
                            Cpr.mask(k.getCitizen().getCpr()), k.getStatus().name(), k.getServices(), k.getValidUntil()))
                    .toList();
        });
    }

    /**
     * Citizens for door-entry-only access. A supplier user may choose only citizens their company already has a
     * consent with: they cannot search other citizens.
     */
    public List<CitizenOption> doorEntryCitizens(UUID caseId) {
        return tx.call(s -> {
            OnboardingCase c = load(s, caseId);
            String hql = access.scope() == null ? "from Citizen z order by lower(z.name)"
                    : "from Citizen z where exists (from Consent k where k.citizen = z and k.supplier.id = :supplier)"
                    + " order by lower(z.name)";
            var q = s.createSelectionQuery(hql, Citizen.class);
            if (access.scope() != null) {
                q.setParameter("supplier", c.getEmployee().getSupplier().getId());
            }
            return q.setMaxResults(5000).getResultList().stream()
                    .map(z -> new CitizenOption(z.getId(), z.getName(), Cpr.mask(z.getCpr()))).toList();
        });
    }

    /**
     * Saves one step. The current step completes and the case moves on; a step already done is corrected
     * (a reason is required and kept on the step; the audit log records old and new values).
     */
    public CaseDetail save(UUID caseId, StepInput input, String correctionReason) {
        Objects.requireNonNull(input, "input");
        access.allow("work on an onboarding case", input.kind() == OnboardingStepKind.PHONIRO
                ? CaseAccess.OEJB_CONFIRM : CaseAccess.EDIT);
        rules.validate(input);
        return tx.call(s -> {
            OnboardingCase c = load(s, caseId);
            if (c.getKind() != CaseKind.ONBOARDING || c.getState() == CaseState.CLOSED) {
                throw new OnboardingException("onboarding.error.closed", "The case is closed: " + c.getState());
            }
            if (c.getState() == CaseState.PAUSED) {
                throw new OnboardingException("onboarding.error.paused", "The case is paused; resume it first");
            }
            OnboardingStepKind kind = input.kind();
            OnboardingStep row = step(s, c, kind);
            boolean correction = row.getStatus() == StepStatus.DONE;
            if (!correction && kind != c.getCurrentStep()) {
                throw new OnboardingException("onboarding.error.skip", "Step " + kind.number()
                        + " cannot be done before step " + c.getCurrentStep().number(), kind.number(),
                        c.getCurrentStep().number());
            }
            if (correction && c.getState() == CaseState.ACTIVE
                    && (kind == OnboardingStepKind.CONSENT || kind == OnboardingStepKind.PHONIRO)) {
                throw new OnboardingException("onboarding.error.activeLocked",
                        "Access is granted; change it by offboarding, not by correcting step " + kind.number());
            }
            if (correction && (correctionReason == null || correctionReason.isBlank())) {
                throw new OnboardingException("onboarding.error.correctionReason", "A correction needs a reason");
            }
            if (!correction && kind.next() == null) {
                CaseMails.requireSent(outbox, s, c);
            }
            Actor who = access.actor();
            steps.apply(s, c, input, correction, who);
            Instant now = clock.instant();
            row.setStatus(StepStatus.DONE);
            row.setCompletedAt(now);
            row.setCompletedBy(who.name());
            if (correction) {
                String note = "Rettet " + dk.elaas.common.validation.DanishDates.format(LocalDate.now(clock)) + " af "
                        + who.name() + ": " + correctionReason.trim();
                row.setNotes(row.getNotes() == null ? note : row.getNotes() + "\n" + note);
            } else {
                OnboardingStepKind next = kind.next();
                if (next == null) {
                    c.setState(CaseState.ACTIVE);
                    c.setActivatedAt(now);
                    c.setCurrentStep(null);
                    c.waitFor(null, now);
                } else {
                    c.setCurrentStep(next);
                    step(s, c, next).setStatus(StepStatus.IN_PROGRESS);
                    c.waitFor(next.doneBy(), now);
                }
            }
            s.flush();
            return detail(s, c);
        });
    }

    /**
     * Step 4 starts with the EXT username mailed to the system owner (3.3). Composes that mail; the step can
     * complete only after it. Sending it again (after a corrected username) is allowed.
     */
    public CaseDetail queueUsernameMail(UUID caseId) {
        access.allow("mail the username", CaseAccess.EDIT);
        return tx.call(s -> {
            OnboardingCase c = load(s, caseId);
            if (c.getKind() != CaseKind.ONBOARDING || c.getState() == CaseState.CLOSED) {
                throw new OnboardingException("onboarding.error.closed", "The case is closed: " + c.getState());
            }
            if (step(s, c, OnboardingStepKind.EXT_ACTIVATION).getStatus() != StepStatus.DONE
                    || c.getEmployee().getExtUsername() == null) {
                throw new OnboardingException("onboarding.error.noUsername",
                        "The username is known only when step 3 is done");
            }
            outbox.queueForCase(s, OnboardingMails.username(c.getEmployee(), recipients.systemOwner(),
                    access.actor().name()), c.getId());
            c.setUsernameSentOn(LocalDate.now(clock));
            // A resend after a corrected username must not pull a later (or active) case back to the system owner.
            if (c.getCurrentStep() == OnboardingStepKind.AZURE_GROUP) {
                c.waitFor(WaitingOn.SYSTEM_OWNER, clock.instant());
            }
            s.flush();
            return detail(s, c);
        });
    }

    /**
     * Pauses an open case (the employee is on leave, the supplier waits for equipment …): it keeps its step and
     * data, waits on nobody and no step can be saved until it is resumed. The reason is kept on the current step.
     */
    public CaseDetail pause(UUID caseId, String reason) {
        access.allow("pause a case", CaseAccess.EDIT);
        if (reason == null || reason.isBlank()) {
            throw new OnboardingException("onboarding.error.pauseReason", "A pause needs a reason");
        }
        return tx.call(s -> {
            OnboardingCase c = load(s, caseId);
            if (c.getKind() != CaseKind.ONBOARDING || c.getState() != CaseState.OPEN) {
                throw new OnboardingException("onboarding.error.notPausable", "Only an open onboarding can be paused: "
                        + c.getState());
            }
            c.setState(CaseState.PAUSED);
            c.waitFor(null, clock.instant());
            OnboardingStep row = step(s, c, c.getCurrentStep());
            String note = "Sat på pause " + dk.elaas.common.validation.DanishDates.format(LocalDate.now(clock)) + " af "
                    + access.actor().name() + ": " + reason.trim();
            row.setNotes(row.getNotes() == null ? note : row.getNotes() + "\n" + note);
            s.flush();
            return detail(s, c);
        });
    }

    /** Resumes a paused case where it stopped: it waits again on whoever does the current step. */
    public CaseDetail resume(UUID caseId) {
        access.allow("resume a case", CaseAccess.EDIT);
        return tx.call(s -> {
            OnboardingCase c = load(s, caseId);
            if (c.getState() != CaseState.PAUSED) {
                throw new OnboardingException("onboarding.error.notPaused", "The case is not paused: " + c.getState());
            }
            c.setState(CaseState.OPEN);
            c.waitFor(c.getCurrentStep().doneBy(), clock.instant());
            s.flush();
            return detail(s, c);
        });
    }

    CaseDetail detail(Session s, OnboardingCase c) {
        return views.detail(s, c);
    }

    CaseSummary summary(OnboardingCase c, Instant now) {
        return views.summary(c, now);
    }

    OnboardingCase load(Session s, UUID id) {
        OnboardingCase c = s.find(OnboardingCase.class, id);
        if (c == null) {
            throw new OnboardingException("onboarding.error.notFound", "No case with id " + id);
        }
        access.requireSupplier(c.getEmployee().getSupplier().getId());
        return c;
    }

    private static OnboardingStep step(Session s, OnboardingCase c, OnboardingStepKind kind) {
        return s.createSelectionQuery("from OnboardingStep t where t.onboardingCase = :c and t.step = :k",
                OnboardingStep.class).setParameter("c", c).setParameter("k", kind).getSingleResult();
    }

    static List<OnboardingCitizen> lines(Session s, OnboardingCase c) {
        return s.createSelectionQuery("from OnboardingCitizen l join fetch l.citizen left join fetch l.consent"
                        + " left join fetch l.grant where l.onboardingCase = :c order by lower(l.citizen.name)",
                OnboardingCitizen.class).setParameter("c", c).getResultList();
    }

    /** A consent step 1 can choose. {@code status} is the {@link ConsentStatus} name. */
    public record ConsentOption(UUID consentId, UUID citizenId, String citizenName, String cprMasked, String status,
                                SortedSet<String> services, LocalDate validUntil) {
    }

    /** A citizen for door-entry-only access. */
    public record CitizenOption(UUID citizenId, String name, String cprMasked) {
    }
}
