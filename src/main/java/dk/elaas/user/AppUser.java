package dk.elaas.user;

import dk.elaas.identity.Role;
import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person using this installation. Real authentication comes later; for now the user picks a name and role. */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity implements Auditable {

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 30)
    private Role role;

    /** Set for the Supplier role: the only company whose cases this user may see. */
    @Column(name = "supplier_id")
    private UUID supplierId;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected AppUser() {
    }

    public AppUser(String displayName, Role role, UUID supplierId) {
        this.displayName = displayName;
        this.role = role;
        this.supplierId = supplierId;
    }

    @Override
    public String auditLabel() {
        return displayName + " (" + role + ")";
    }

    public String getDisplayName() { return displayName; }
    public Role getRole() { return role; }
    public UUID getSupplierId() { return supplierId; }
    public boolean isActive() { return active; }
}
