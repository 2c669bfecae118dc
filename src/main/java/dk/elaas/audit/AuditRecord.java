package dk.elaas.audit;

import java.time.Instant;

/** A read-only view of one audit event for the UI. */
public record AuditRecord(Instant occurredAt, String userName, String userRole, String action, String entityType,
                          String entityId, String recordLabel, String changedFields, String details) {
}
