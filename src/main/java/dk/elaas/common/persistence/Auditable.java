package dk.elaas.common.persistence;

/** An entity that can name itself in the audit log without revealing sensitive values (never a CPR). */
public interface Auditable {
    String auditLabel();
}
