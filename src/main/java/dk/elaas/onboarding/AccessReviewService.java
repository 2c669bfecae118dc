package dk.elaas.onboarding;

import dk.elaas.access.AccessGrant;
import dk.elaas.identity.Actor;
import dk.elaas.common.persistence.Tx;
import dk.elaas.supplier.Supplier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;

/**
 * The suppliers' yearly access review (seed 000, section 4: "bør gennemgå behovet for adgange årligt"): which
 * suppliers are due, with their active employees and grants; marking a review done records who and when.
 * Ending an access from the review starts an offboarding ({@link OffboardingService#start}).
 */
public final class AccessReviewService {

    private final Tx tx;
    private final Clock clock;
    private final OnboardingSettings settings;
    private final CaseAccess access;

    public AccessReviewService(Tx tx, Clock clock, OnboardingSettings settings,
                               java.util.function.Supplier<Actor> actor, java.util.function.Supplier<UUID> supplierScope) {
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
        this.access = new CaseAccess(actor, supplierScope);
    }

    /** Suppliers whose review is due (never reviewed, or the interval has passed); {@code all}: every supplier. */
    public List<ReviewItem> list(boolean all) {
        int months = settings.reviewIntervalMonths();
        LocalDate cutoff = LocalDate.now(clock).minusMonths(months);
        UUID scope = access.scope();
        return tx.call(s -> {
            List<Supplier> suppliers = s.createSelectionQuery("from Supplier p where (:scope is null or p.id = :scope)"
                            + " and (:all = true or p.lastAccessReviewOn is null or p.lastAccessReviewOn <= :cutoff)"
                            + " order by lower(p.name)", Supplier.class)
                    .setParameter("scope", scope).setParameter("all", all).setParameter("cutoff", cutoff).getResultList();
            List<ReviewItem> out = new ArrayList<>();
            for (Supplier p : suppliers) {
                Map<UUID, ReviewEmployee> employees = new LinkedHashMap<>();
                for (OnboardingCase c : s.createSelectionQuery("from OnboardingCase c join fetch c.employee e"
                                + " where e.supplier = :p and c.kind = :kind and c.state = :active"
                                + " order by lower(e.lastName), lower(e.firstName)", OnboardingCase.class)
                        .setParameter("p", p).setParameter("kind", CaseKind.ONBOARDING)
                        .setParameter("active", CaseState.ACTIVE).getResultList()) {
                    boolean offboarding = s.createSelectionQuery("select count(*) from OnboardingCase o"
                                    + " where o.endsCase = :c and o.state <> :closed", Long.class)
                            .setParameter("c", c).setParameter("closed", CaseState.CLOSED).getSingleResult() > 0;
                    employees.put(c.getEmployee().getId(), new ReviewEmployee(c.getId(),
                            c.getEmployee().getFirstName() + " " + c.getEmployee().getLastName(),
                            c.getEmployee().getExtUsername(), c.getActivatedAt(), offboarding, new ArrayList<>()));
                }
                List<ReviewGrant> supplierWide = new ArrayList<>();
                for (AccessGrant g : s.createSelectionQuery("from AccessGrant g join fetch g.citizen left join fetch g.employee"
                                + " where g.supplier = :p and g.revokedAt is null order by lower(g.citizen.name)",
                                AccessGrant.class).setParameter("p", p).getResultList()) {
                    ReviewGrant line = new ReviewGrant(g.getId(), g.getCitizen().getId(), g.getCitizen().getName(),
                            g.getServices(), g.isDoorEntryOnly(), g.getGrantedAt());
                    ReviewEmployee owner = g.getEmployee() == null ? null : employees.get(g.getEmployee().getId());
                    (owner == null ? supplierWide : owner.grants()).add(line);
                }
                LocalDate last = p.getLastAccessReviewOn();
                out.add(new ReviewItem(p.getId(), p.getName(), p.getCvr(), last, p.getLastAccessReviewBy(),
                        last == null || !last.isAfter(cutoff), List.copyOf(employees.values()), List.copyOf(supplierWide)));
            }
            return out;
        });
    }

    /** "Markér som gennemgået": today, by the signed-in user. */
    public ReviewItem markReviewed(UUID supplierId) {
        access.allow("mark an access review", CaseAccess.REVIEW);
        access.requireSupplier(supplierId);
        tx.run(s -> {
            Supplier p = s.find(Supplier.class, supplierId);
            if (p == null) {
                throw new OnboardingException("onboarding.validation.noSupplier", "No supplier " + supplierId);
            }
            p.setLastAccessReviewOn(LocalDate.now(clock));
            p.setLastAccessReviewBy(access.actor().name());
        });
        return list(true).stream().filter(r -> r.supplierId().equals(supplierId)).findFirst().orElseThrow();
    }

    /** One supplier in the review. */
    public record ReviewItem(UUID supplierId, String supplierName, String cvr, LocalDate lastReviewOn,
                             String lastReviewBy, boolean due, List<ReviewEmployee> employees,
                             List<ReviewGrant> supplierWideGrants) {
    }

    /**
     * An active employee (an onboarding case) and the grants they hold; {@code offboardingUnderWay}: an offboarding
     * of the employee (or of one of their citizens) waits on ØJB.
     */
    public record ReviewEmployee(UUID caseId, String name, String extUsername, Instant activeSince,
                                 boolean offboardingUnderWay, List<ReviewGrant> grants) {
    }

    /** One active access grant. */
    public record ReviewGrant(UUID grantId, UUID citizenId, String citizenName, SortedSet<String> services,
                              boolean doorEntryOnly, Instant grantedAt) {
    }
}
