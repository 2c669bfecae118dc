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

/**
 * A person using this installation, known by their operating-system account. The role is given by an
 * administrator (the first account on a new data folder is one); null until then.
 */
@Entity
@Table(name = "app_user")
public final class AppUser extends BaseEntity implements Auditable {

    /** The operating-system account ("AARHUS\\az12345", "mette"); null only for rows from before version 10. */
    @Column(name = "account", length = 200, unique = true)
    private String account;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", length = 30)
    private Role role;

    /** Set for the Supplier role: the only company whose cases this user may see. */
    @Column(name = "supplier_id")
    private UUID supplierId;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected AppUser() {
    }

    public AppUser(String account, String displayName, Role role, UUID supplierId) {
        this.account = account;
        this.displayName = displayName;
        assign(role, supplierId);
    }

    /** Gives (or, with null, takes away) the role; a supplier id only goes with the Supplier role. */
    public void assign(Role newRole, UUID newSupplierId) {
        this.role = newRole;
        this.supplierId = newRole == Role.SUPPLIER ? newSupplierId : null;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    @Override
    public String auditLabel() {
        return displayName + (account == null ? "" : " [" + account + "]") + " (" + (role == null ? "ingen rolle" : role)
                + ")";
    }

    public String getAccount() { return account; }
    public String getDisplayName() { return displayName; }
    public Role getRole() { return role; }
    public UUID getSupplierId() { return supplierId; }
    public boolean isActive() { return active; }
}
