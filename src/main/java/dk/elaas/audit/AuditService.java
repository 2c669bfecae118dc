package dk.elaas.audit;

import dk.elaas.common.persistence.Tx;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.query.SelectionQuery;

/** Reads the audit log. There is deliberately no way to change or delete an event. */
public final class AuditService {

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
                    + " or lower(e.entityType) like :record)");
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
