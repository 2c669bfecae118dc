package dk.elaas.audit.ui;

import dk.elaas.audit.AuditRecord;

/**
 * One line of the audit log as it is shown: every text in the user's language and fit to be read by a clerk
 * (no codes, no full CPR). {@code source} is the event as stored.
 */
public record AuditRow(AuditRecord source, String time, String user, String action, String entity, String record,
                       String fields, String details) {
}
