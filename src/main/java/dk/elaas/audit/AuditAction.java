package dk.elaas.audit;

/** Kinds of audited action. Reads of sensitive data (a full CPR shown) are VIEW. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, VIEW
}
