package dk.elaas.task;

/** Kinds of task on the clerk's list, in the order the list shows them. */
public enum TaskKind {
    /** Withdrawn or expired consent whose access grants are still active: end them now. */
    GRANTS_STILL_ACTIVE,
    /** Withdrawn consent: ØJB has not yet confirmed the access is removed from the Phoniro locks. */
    ACCESS_REMOVAL_UNCONFIRMED,
    /** Received consent whose valid-until date is within N days. */
    EXPIRING,
    /** Sent to ØJB more than N days ago, receipt not confirmed. */
    NOT_RECEIVED,
    /** Registered, never sent to system owner and ØJB. */
    NOT_SENT,
    /** An onboarded employee's end date has passed and no offboarding has started. */
    OFFBOARDING_DUE,
    /** Supplier's yearly access review due. */
    ACCESS_REVIEW
}
