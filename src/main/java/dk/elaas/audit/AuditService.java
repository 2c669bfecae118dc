package dk.elaas.audit;

import dk.elaas.common.persistence.Tx;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.SelectionQuery;

/** Reads the audit log. There is deliberately no way to change or delete an event. */
public final class AuditService {

    private static final int ID_BATCH = 500;

    private final Tx tx;
    private final ZoneId zone;

    public AuditService(Tx tx, Clock clock) {
        this.tx = tx;
        this.zone = clock.getZone();
    }

    public List<AuditRecord> search(AuditQuery q) {
        StringBuilder hql = new StringBuilder("from AuditEvent e where 1=1");
        boolean byUser = notBlank(q.user());
        boolean byRecord = notBlank(q.record());
        if (byUser) {
            hql.append(" and lower(e.userName) like :user");
        }
        if (byRecord) {
            hql.append(" and (lower(e.recordLabel) like :record or lower(e.entityId) like :record"
                    + " or lower(e.entityType) like :record" + (q.recordTypes().isEmpty() ? "" : " or e.entityType in :types")
                    + ")");
        }
        if (q.from() != null) {
            hql.append(" and e.occurredAt >= :from");
        }
        if (q.to() != null) {
            hql.append(" and e.occurredAt < :to");
        }
        hql.append(" order by e.occurredAt desc, e.id desc");
        return tx.call(s -> {
            SelectionQuery<AuditEvent> query = s.createSelectionQuery(hql.toString(), AuditEvent.class);
            if (byUser) {
                query.setParameter("user", like(q.user()));
            }
            if (byRecord) {
                query.setParameter("record", like(q.record()));
                if (!q.recordTypes().isEmpty()) {
                    query.setParameter("types", q.recordTypes());
                }
            }
            if (q.from() != null) {
                query.setParameter("from", q.from().atStartOfDay(zone).toInstant());
            }
            if (q.to() != null) {
                query.setParameter("to", q.to().plusDays(1).atStartOfDay(zone).toInstant());
            }
            return query.setMaxResults(q.limit()).getResultList().stream().map(AuditService::toRecord).toList();
        });
    }

    /**
     * The newest labelled event of each of these records (ids as the log stores them), so the log screen can
     * name a record that an event mentions only by its id. Ids never logged are left out.
     */
    public List<AuditRecord> latestOf(Collection<String> entityIds) {
        List<String> ids = entityIds.stream().filter(AuditService::notBlank).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return tx.call(s -> {
            Map<String, AuditRecord> newest = new LinkedHashMap<>();
            for (int from = 0; from < ids.size(); from += ID_BATCH) {
                List<String> batch = ids.subList(from, Math.min(ids.size(), from + ID_BATCH));
                s.createSelectionQuery("from AuditEvent e where e.entityId in :ids and e.recordLabel is not null"
                                + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                        .setParameter("ids", batch).getResultList()
                        .forEach(e -> newest.putIfAbsent(e.getEntityId(), toRecord(e)));
            }
            return List.copyOf(newest.values());
        });
    }

    private static AuditRecord toRecord(AuditEvent e) {
        return new AuditRecord(e.getOccurredAt(), e.getUserName(), e.getUserRole(), e.getAction(), e.getEntityType(),
                e.getEntityId(), e.getRecordLabel(), e.getChangedFields(), e.getDetails());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String like(String s) {
        return "%" + s.trim().toLowerCase(java.util.Locale.ROOT) + "%";
    }
}
