package dk.elaas.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A service a supplier can deliver (Dagligvarer, Medicin …). Configuration data: the list differs between versions of the workflow. */
@Entity
@Table(name = "service_type")
public final class ServiceType {

    @Id
    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name_da", nullable = false)
    private String nameDa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ServiceType() {
    }

    public ServiceType(String code, String nameDa, String nameEn, int sortOrder) {
        this.code = code;
        this.nameDa = nameDa;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
    }

    public String getCode() { return code; }
    public String getNameDa() { return nameDa; }
    public String getNameEn() { return nameEn; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
