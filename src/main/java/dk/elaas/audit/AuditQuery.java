package dk.elaas.audit;

import java.time.LocalDate;

/** Filter for the audit log screen; null or blank parts match everything. */
public record AuditQuery(String user, String record, LocalDate from, LocalDate to, int limit) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, 500);
    }
}
