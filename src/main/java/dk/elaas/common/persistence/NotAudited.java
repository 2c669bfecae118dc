package dk.elaas.common.persistence;

/**
 * A row that is bookkeeping, not a record a person acts on (the sync queue and inbox): the audit trail writes
 * nothing for it. What a person did is audited on the records themselves; a queued operation's JSON holds the
 * full CPR and must not be copied into the audit log.
 */
public interface NotAudited {
}
