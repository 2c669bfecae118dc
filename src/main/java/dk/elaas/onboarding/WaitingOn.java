package dk.elaas.onboarding;

/** Who a case waits on: the party that does the next step (seed 000, sections 2–4). */
public enum WaitingOn {
    /** The supplier's manager: collects consents and sends the employee's details. */
    SUPPLIER_MANAGER,
    /** The employee: only the employee may activate the EXT user and set up two-factor. */
    EMPLOYEE,
    /** The system owner at Aarhus Kommune: orders the Azure group membership. */
    SYSTEM_OWNER,
    /** Østjyllands Brandvæsen: receives consents, creates the Phoniro user, deletes it on offboarding. */
    OEJB;

    public String messageKey() {
        return "onboarding.waitingOn." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
