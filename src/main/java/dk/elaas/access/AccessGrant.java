package dk.elaas.access;

import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import dk.elaas.common.persistence.CodeSetConverter;
import dk.elaas.consent.Consent;
import dk.elaas.supplier.Supplier;
import dk.elaas.supplier.SupplierEmployee;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.SortedSet;
import java.util.TreeSet;

/** A supplier's (or one employee's) right to open a citizen's lock, under a received consent. */
@Entity
@Table(name = "access_grant")
public class AccessGrant extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "citizen_id", nullable = false)
    private Citizen citizen;

    /** Null only for door-entry-only access, which needs no consent. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consent_id")
    private Consent consent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private SupplierEmployee employee;

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "services", nullable = false)
    private SortedSet<String> services = new TreeSet<>();

    @Column(name = "door_entry_only", nullable = false)
    private boolean doorEntryOnly;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoke_reason", length = 1000)
    private String revokeReason;

    protected AccessGrant() {
    }

    public AccessGrant(Supplier supplier, Citizen citizen, Consent consent, SupplierEmployee employee,
                       java.util.Collection<String> services, boolean doorEntryOnly, Instant grantedAt) {
        this.supplier = supplier;
        this.citizen = citizen;
        this.consent = consent;
        this.employee = employee;
        this.services = CodeSetConverter.copyOf(services);
        this.doorEntryOnly = doorEntryOnly;
        this.grantedAt = grantedAt;
    }

    @Override
    public String auditLabel() {
        return "Adgang " + supplier.getName() + " → " + citizen.getName();
    }

    public boolean isActive() { return revokedAt == null; }
    public void revoke(Instant at, String reason) { this.revokedAt = at; this.revokeReason = reason; }
    /** The grant continues under a newer consent that replaced its old one. */
    public void continueUnder(Consent newer) { this.consent = newer; }
    public Supplier getSupplier() { return supplier; }
    public Citizen getCitizen() { return citizen; }
    public Consent getConsent() { return consent; }
    public SupplierEmployee getEmployee() { return employee; }
    public SortedSet<String> getServices() { return new TreeSet<>(services); }
    public boolean isDoorEntryOnly() { return doorEntryOnly; }
    public Instant getGrantedAt() { return grantedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokeReason() { return revokeReason; }
}
