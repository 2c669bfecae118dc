package dk.elaas.task;

import dk.elaas.common.persistence.Tx;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.onboarding.OffboardingService;
import dk.elaas.onboarding.OnboardingSettings;
import dk.elaas.supplier.SupplierService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What waits for the clerks (DOMAIN.md "Consent lifecycle"): grants that outlived their consent, consents
 * expiring within N days, sent but not received after N days, registered but never sent, and the suppliers'
 * yearly access reviews. Computed from the data each time, so a task disappears once its cause is gone.
 */
public final class TaskService {

    private final Tx tx;
    private final Clock clock;
    private final TaskSettings settings;
    private final SupplierService suppliers;
    private final OffboardingService offboarding;
    private final OnboardingSettings onboardingSettings;

    public TaskService(Tx tx, Clock clock, TaskSettings settings, SupplierService suppliers,
                       OffboardingService offboarding, OnboardingSettings onboardingSettings) {
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
        this.suppliers = suppliers;
        this.offboarding = offboarding;
        this.onboardingSettings = onboardingSettings;
    }

    public List<TaskRecord> open() {
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        int expiringDays = settings.expiringDays();
        int notReceivedDays = settings.notReceivedDays();
        List<TaskRecord> tasks = new ArrayList<>(tx.call(s -> {
            List<TaskRecord> out = new ArrayList<>();
            for (Object[] r : s.createSelectionQuery("select c.id, z.name, p.name, c.validUntil, count(g)"
                            + " from AccessGrant g join g.consent c join c.citizen z join c.supplier p"
                            + " where g.revokedAt is null and (c.status in :ended or c.validUntil < :today)"
                            + " group by c.id, z.name, p.name, c.validUntil order by z.name", Object[].class)
                    .setParameterList("ended", List.of(ConsentStatus.WITHDRAWN, ConsentStatus.EXPIRED))
                    .setParameter("today", today).getResultList()) {
                out.add(new TaskRecord(TaskKind.GRANTS_STILL_ACTIVE, (UUID) r[0], null, (String) r[1], (String) r[2],
                        (LocalDate) r[3], (Long) r[4], null));
            }
            for (Object[] r : s.createSelectionQuery("select c.id, z.name, p.name, c.withdrawnOn from Consent c"
                            + " join c.citizen z join c.supplier p where c.status = :withdrawn"
                            + " and c.withdrawnByKind <> :superseded and c.accessRemovedOn is null"
                            + " order by c.withdrawnOn", Object[].class)
                    .setParameter("withdrawn", ConsentStatus.WITHDRAWN)
                    .setParameter("superseded", dk.elaas.consent.WithdrawnBy.SUPERSEDED).getResultList()) {
                out.add(new TaskRecord(TaskKind.ACCESS_REMOVAL_UNCONFIRMED, (UUID) r[0], null, (String) r[1],
                        (String) r[2], (LocalDate) r[3], 0, null));
            }
            for (Object[] r : s.createSelectionQuery("select c.id, z.name, p.name, c.validUntil from Consent c"
                            + " join c.citizen z join c.supplier p where c.status = :received"
                            + " and c.validUntil >= :today and c.validUntil <= :limit order by c.validUntil", Object[].class)
                    .setParameter("received", ConsentStatus.RECEIVED).setParameter("today", today)
                    .setParameter("limit", today.plusDays(expiringDays)).getResultList()) {
                out.add(new TaskRecord(TaskKind.EXPIRING, (UUID) r[0], null, (String) r[1], (String) r[2],
                        (LocalDate) r[3], 0, null));
            }
            for (Object[] r : s.createSelectionQuery("select c.id, z.name, p.name, c.sentAt from Consent c"
                            + " join c.citizen z join c.supplier p where c.status = :sent"
                            + " and (c.validUntil is null or c.validUntil >= :today)"
                            + " and (c.sentAt is null or c.sentAt <= :before) order by c.sentAt", Object[].class)
                    .setParameter("sent", ConsentStatus.SENT).setParameter("today", today)
                    .setParameter("before", today.minusDays(notReceivedDays).plusDays(1).atStartOfDay(zone).toInstant())
                    .getResultList()) {
                out.add(new TaskRecord(TaskKind.NOT_RECEIVED, (UUID) r[0], null, (String) r[1], (String) r[2],
                        r[3] == null ? null : LocalDate.ofInstant((java.time.Instant) r[3], zone), 0, null));
            }
            for (Object[] r : s.createSelectionQuery("select c.id, z.name, p.name, c.createdAt from Consent c"
                            + " join c.citizen z join c.supplier p where c.status = :registered"
                            + " and (c.validUntil is null or c.validUntil >= :today) order by c.createdAt", Object[].class)
                    .setParameter("registered", ConsentStatus.REGISTERED).setParameter("today", today)
                    .getResultList()) {
                out.add(new TaskRecord(TaskKind.NOT_SENT, (UUID) r[0], null, (String) r[1], (String) r[2],
                        LocalDate.ofInstant((java.time.Instant) r[3], zone), 0, null));
            }
            return out;
        }));
        offboarding.due().forEach(c -> tasks.add(new TaskRecord(TaskKind.OFFBOARDING_DUE, null, c.supplierId(),
                c.employeeName(), c.supplierName(), c.endDate(), 0, c.id())));
        suppliers.reviewDue(onboardingSettings.reviewIntervalMonths()).forEach(sup -> tasks.add(new TaskRecord(
                TaskKind.ACCESS_REVIEW, null, sup.id(), null, sup.name(), sup.lastAccessReviewOn(), 0, null)));
        return List.copyOf(tasks);
    }

    /** For the badge on the navigation. */
    public int count() {
        return open().size();
    }
}
