package dk.elaas.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filter for the audit log screen; null or blank parts match everything. {@code recordTypes} are record types
 * whose name in the user's language matches {@code record} ("leverandør" finds Supplier events).
 */
public record AuditQuery(String user, String record, LocalDate from, LocalDate to, int limit, Set<String> recordTypes) {

    public AuditQuery {
        recordTypes = recordTypes == null ? Set.of() : Set.copyOf(recordTypes);
    }

    public AuditQuery(String user, String record, LocalDate from, LocalDate to, int limit) {
        this(user, record, from, to, limit, Set.of());
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, 500);
    }
}
