package dk.elaas.consent;

/** Whether a consent lets a supplier in today, and if not, why not. */
public enum ConsentVerdict {
    /** Received by ØJB and within its validity period: access may be granted. */
    VALID,
    /** Received, but its valid-from date is still ahead. */
    NOT_YET_VALID,
    /** Registered, not yet sent to system owner and ØJB. */
    REGISTERED_NOT_SENT,
    /** Sent, but ØJB has not confirmed receipt. */
    SENT_NOT_RECEIVED,
    /** Its valid-until date has passed. */
    EXPIRED,
    /** Withdrawn by the citizen or on the citizen's behalf. */
    WITHDRAWN,
    /** Replaced by a newer consent. */
    SUPERSEDED;

    public boolean allowsAccess() {
        return this == VALID;
    }
}
