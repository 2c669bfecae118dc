package dk.elaas.task;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One task. {@code consentId} is set for consent tasks (the task opens it), {@code supplierId} for access
 * reviews, {@code caseId} for offboardings due (then {@code citizenName} is the employee's name). {@code date} is
 * the date that makes it a task (expires on, sent on, registered on, last review, employee's end date).
 */
public record TaskRecord(TaskKind kind, UUID consentId, UUID supplierId, String citizenName, String supplierName,
                         LocalDate date, long count, UUID caseId) {
}
