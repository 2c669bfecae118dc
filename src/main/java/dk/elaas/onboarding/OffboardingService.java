package dk.elaas.onboarding;

import dk.elaas.access.AccessGrant;
import dk.elaas.identity.Actor;
import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Tx;
import dk.elaas.mail.MailSettings;
import dk.elaas.mail.OutboxService;
import dk.elaas.supplier.SupplierEmployee;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Offboarding (seed 000, section 4): when an employee leaves, or one citizen's service from the supplier ends.
 * Two moves: {@link #start} composes the mail to system owner and ØJB and opens an offboarding case that waits
 * on ØJB; {@link #confirmDeletion} records ØJB's confirmation, ends every affected access grant and closes it.
 */
public final class OffboardingService {

    private final Tx tx;
    private final Clock clock;
    private final OutboxService outbox;
    private final MailSettings recipients;
    private final CaseAccess access;
    private final OnboardingService onboarding;

    public OffboardingService(Tx tx, Clock clock, OutboxService outbox, MailSettings recipients,
                              java.util.function.Supplier<Actor> actor, java.util.function.Supplier<UUID> supplierScope,
                              OnboardingService onboarding) {
        this.tx = tx;
        this.clock = clock;
        this.outbox = outbox;
        this.recipients = recipients;
        this.access = new CaseAccess(actor, supplierScope);
        this.onboarding = onboarding;
    }

    /**
     * Starts offboarding an onboarded employee: {@code citizenId} null ends all the employee's access, otherwise
     * only that citizen's. Returns the new offboarding case.
     */
    public CaseDetail start(UUID onboardingCaseId, UUID citizenId, String reason) {
        access.allow("offboard", CaseAccess.EDIT);
        if (reason == null || reason.isBlank()) {
            throw new OnboardingException("onboarding.error.offboardReason", "Offboarding needs a reason");
        }
        return tx.call(s -> {
            OnboardingCase c = onboarding.load(s, onboardingCaseId);
            if (c.getKind() != CaseKind.ONBOARDING || c.getState() == CaseState.CLOSED) {
                throw new OnboardingException("onboarding.error.closed", "Only an open or active onboarding can be ended");
            }
            // Refused when the whole employee, or this citizen, is already being offboarded.
            long open = s.createSelectionQuery("select count(*) from OnboardingCase o where o.endsCase = :c"
                            + " and o.state <> :closed and (o.citizen is null or o.citizen.id = :z)", Long.class)
                    .setParameter("c", c).setParameter("closed", CaseState.CLOSED)
                    .setParameter("z", citizenId == null ? new UUID(0, 0) : citizenId).getSingleResult();
            if (open > 0) {
                throw new OnboardingException("onboarding.error.alreadyOffboarding",
                        "An offboarding for this access is already waiting on ØJB");
            }
            Citizen citizen = null;
            if (citizenId != null) {
                citizen = s.find(Citizen.class, citizenId);
                // Only a citizen the employee serves: the mail names the citizen to ØJB.
                if (citizen == null || OnboardingService.lines(s, c).stream()
                        .noneMatch(l -> l.getCitizen().getId().equals(citizenId))) {
                    throw new OnboardingException("onboarding.error.citizenNotServed",
                            "Citizen " + citizenId + " is not one of this employee's citizens");
                }
            }
            SupplierEmployee e = c.getEmployee();
            OnboardingCase off = new OnboardingCase(e, CaseKind.OFFBOARDING);
            off.setEndsCase(c);
            off.setCitizen(citizen);
            off.setReason(reason.trim());
            off.setServices(c.getServices());
            off.waitFor(WaitingOn.OEJB, clock.instant());
            s.persist(off);
            List<String> to = new ArrayList<>(recipients.systemOwner());
            to.addAll(recipients.oejb());
            String citizenLine = citizen == null ? null : citizen.getName()
                    + (citizen.getAddress() == null ? "" : ", " + citizen.getAddress())
                    + (citizen.getPostalCode() == null ? "" : ", " + citizen.getPostalCode()
                    + (citizen.getCity() == null ? "" : " " + citizen.getCity()));
            outbox.queueForCase(s, OnboardingMails.offboarding(e, to, citizenLine, reason, access.actor().name()),
                    off.getId());
            s.flush();
            return onboarding.detail(s, off);
        });
    }

    /** ØJB confirms the deletion: every affected grant ends and the case closes (with the onboarding, if whole). */
    public CaseDetail confirmDeletion(UUID offboardingCaseId, LocalDate confirmedOn, String confirmedBy) {
        access.allow("confirm a deletion", CaseAccess.OEJB_CONFIRM);
        if (confirmedOn == null || confirmedOn.isAfter(LocalDate.now(clock))) {
            throw new OnboardingException("onboarding.error.deletionDate",
                    "The date ØJB confirmed must be given and not in the future: " + confirmedOn);
        }
        return tx.call(s -> {
            OnboardingCase off = onboarding.load(s, offboardingCaseId);
            if (off.getKind() != CaseKind.OFFBOARDING || off.getState() == CaseState.CLOSED) {
                throw new OnboardingException("onboarding.error.notWaitingDeletion",
                        "Only an open offboarding waits for ØJB's confirmation");
            }
            CaseMails.requireSent(outbox, s, off);
            Instant now = clock.instant();
            String who = confirmedBy == null || confirmedBy.isBlank() ? access.actor().name() : confirmedBy.trim();
            SupplierEmployee e = off.getEmployee();
            String hql = "from AccessGrant g where g.employee = :e and g.revokedAt is null"
                    + (off.getCitizen() == null ? "" : " and g.citizen = :z");
            var q = s.createSelectionQuery(hql, AccessGrant.class).setParameter("e", e);
            if (off.getCitizen() != null) {
                q.setParameter("z", off.getCitizen());
            }
            for (AccessGrant g : q.getResultList()) {
                g.revoke(now, "Offboarding: " + off.getReason());
            }
            off.setDeletionConfirmedOn(confirmedOn);
            off.setDeletionConfirmedBy(who);
            off.setState(CaseState.CLOSED);
            off.setClosedAt(now);
            off.waitFor(null, now);
            if (off.getCitizen() == null) {
                OnboardingCase c = off.getEndsCase();
                c.setState(CaseState.CLOSED);
                c.setClosedAt(now);
                c.waitFor(null, now);
                if (e.getEndDate() == null || e.getEndDate().isAfter(confirmedOn)) {
                    e.setEndDate(confirmedOn);
                }
            }
            s.flush();
            return onboarding.detail(s, off);
        });
    }

    /**
     * Employees whose end date has passed while their onboarding is still open or active and no offboarding of
     * the whole employee has started: the task list shows them.
     */
    public List<CaseSummary> due() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        UUID scope = access.scope();
        return tx.call(s -> s.createSelectionQuery("from OnboardingCase c join fetch c.employee e join fetch e.supplier p"
                        + " where c.kind = :onboarding and c.state <> :closed and e.endDate < :today"
                        + " and (:scope is null or p.id = :scope)"
                        + " and not exists (from OnboardingCase o where o.endsCase = c and o.citizen is null)"
                        + " order by e.endDate", OnboardingCase.class)
                .setParameter("onboarding", CaseKind.ONBOARDING).setParameter("closed", CaseState.CLOSED)
                .setParameter("today", today).setParameter("scope", scope).getResultList().stream()
                .map(c -> onboarding.summary(c, now)).toList());
    }
}
