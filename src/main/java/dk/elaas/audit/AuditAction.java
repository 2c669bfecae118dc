package dk.elaas.audit;

/** Kinds of audited action. Reads of sensitive data (a full CPR shown) are VIEW; data leaving the app is EXPORT. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, VIEW, EXPORT
}
