package dk.elaas.user;

import dk.elaas.identity.Role;
import java.util.UUID;

/** A user as the rest of the app sees it. {@code role} is null while an administrator has not given one. */
public record UserRecord(UUID id, String account, String displayName, Role role, UUID supplierId) {

    /** A user known by name only (tests, rows from before accounts). */
    public UserRecord(UUID id, String displayName, Role role, UUID supplierId) {
        this(id, null, displayName, role, supplierId);
    }

    public boolean hasRole() {
        return role != null;
    }

    static UserRecord of(AppUser u) {
        return new UserRecord(u.getId(), u.getAccount(), u.getDisplayName(), u.getRole(), u.getSupplierId());
    }
}
