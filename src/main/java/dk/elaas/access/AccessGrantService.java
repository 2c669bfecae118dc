package dk.elaas.access;

import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Tx;
import dk.elaas.consent.Consent;
import dk.elaas.consent.ConsentGrants;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.consent.ConsentTransitionException;
import dk.elaas.supplier.Supplier;
import dk.elaas.supplier.SupplierEmployee;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Access grants: a supplier (or one employee) may open a citizen's lock. A grant under a consent needs that
 * consent to be received by ØJB; door-entry-only access needs no consent. Grants end with their consent.
 */
public final class AccessGrantService implements ConsentGrants {

    private final Tx tx;
    private final Clock clock;

    public AccessGrantService(Tx tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Grants access under a received consent, for (a subset of) its services. */
    public GrantRecord grant(UUID consentId, UUID employeeId, Collection<String> services) {
        return tx.call(s -> {
            Consent c = s.find(Consent.class, consentId);
            if (c == null) {
                throw new ConsentTransitionException("consent.error.notFound", "No consent with id " + consentId);
            }
            if (c.statusOn(java.time.LocalDate.now(clock)) == ConsentStatus.EXPIRED) {
                throw new ConsentTransitionException("consent.error.expired",
                        "Access may not be granted under a consent that expired: valid until " + c.getValidUntil(),
                        dk.elaas.common.validation.DanishDates.format(c.getValidUntil()));
            }
            if (c.getStatus() != ConsentStatus.RECEIVED) {
                throw new ConsentTransitionException("access.error.notReceived",
                        "Access may be granted only under a consent ØJB has received; this one is " + c.getStatus());
            }
            Set<String> wanted = services == null || services.isEmpty() ? c.getServices() : Set.copyOf(services);
            if (!c.getServices().containsAll(wanted)) {
                throw new ConsentTransitionException("access.error.servicesNotCovered",
                        "The consent covers " + c.getServices() + ", not " + wanted);
            }
            SupplierEmployee employee = employeeId == null ? null : s.find(SupplierEmployee.class, employeeId);
            AccessGrant g = new AccessGrant(c.getSupplier(), c.getCitizen(), c, employee, wanted, false, clock.instant());
            s.persist(g);
            s.flush();
            return GrantRecord.of(g);
        });
    }

    /** Door-entry-only access (the building's entrance): no consent needed (workflow section 1). */
    public GrantRecord grantDoorEntry(UUID supplierId, UUID citizenId) {
        return tx.call(s -> {
            AccessGrant g = new AccessGrant(s.getReference(Supplier.class, supplierId),
                    s.getReference(Citizen.class, citizenId), null, null, Set.of(), true, clock.instant());
            s.persist(g);
            s.flush();
            return GrantRecord.of(s.find(AccessGrant.class, g.getId()));
        });
    }

    public List<GrantRecord> forConsent(UUID consentId) {
        return tx.call(s -> s.createSelectionQuery(
                        "from AccessGrant g join fetch g.supplier left join fetch g.employee where g.consent.id = :id"
                                + " order by g.grantedAt", AccessGrant.class)
                .setParameter("id", consentId).getResultList().stream().map(GrantRecord::of).toList());
    }

    public List<GrantRecord> activeForCitizen(UUID citizenId) {
        return tx.call(s -> s.createSelectionQuery(
                        "from AccessGrant g join fetch g.supplier left join fetch g.employee where g.citizen.id = :id"
                                + " and g.revokedAt is null order by g.grantedAt", AccessGrant.class)
                .setParameter("id", citizenId).getResultList().stream().map(GrantRecord::of).toList());
    }

    @Override
    public int endAll(Session s, UUID consentId, Instant at, String reason) {
        List<AccessGrant> active = active(s, consentId);
        active.forEach(g -> g.revoke(at, reason));
        return active.size();
    }

    @Override
    public int transfer(Session s, UUID fromConsentId, UUID toConsentId, Set<String> coveredServices, Instant at,
                        String reason) {
        Consent newer = s.find(Consent.class, toConsentId);
        int ended = 0;
        for (AccessGrant g : active(s, fromConsentId)) {
            if (coveredServices.containsAll(g.getServices())) {
                g.continueUnder(newer);
            } else {
                g.revoke(at, reason);
                ended++;
            }
        }
        return ended;
    }

    @Override
    public List<dk.elaas.consent.ConsentGrantLine> grantsOf(Session s, UUID consentId) {
        return s.createSelectionQuery("from AccessGrant g join fetch g.supplier left join fetch g.employee"
                        + " where g.consent.id = :id order by g.grantedAt", AccessGrant.class)
                .setParameter("id", consentId).getResultList().stream()
                .map(g -> new dk.elaas.consent.ConsentGrantLine(g.getId(), holder(g), g.getServices(), g.getGrantedAt(),
                        g.getRevokedAt(), g.getRevokeReason()))
                .toList();
    }

    private static String holder(AccessGrant g) {
        return g.getEmployee() == null ? g.getSupplier().getName()
                : g.getEmployee().getFirstName() + " " + g.getEmployee().getLastName() + " (" + g.getSupplier().getName() + ")";
    }

    @Override
    public long activeCount(Session s, UUID consentId) {
        return s.createSelectionQuery("select count(*) from AccessGrant g where g.consent.id = :id"
                        + " and g.revokedAt is null", Long.class)
                .setParameter("id", consentId).getSingleResult();
    }

    private static List<AccessGrant> active(Session s, UUID consentId) {
        return s.createSelectionQuery("from AccessGrant g where g.consent.id = :id and g.revokedAt is null",
                AccessGrant.class).setParameter("id", consentId).getResultList();
    }
}
