package dk.elaas.user;

import dk.elaas.identity.Role;
import java.util.UUID;

/** A user as the rest of the app sees it. */
public record UserRecord(UUID id, String displayName, Role role, UUID supplierId) {

    static UserRecord of(AppUser u) {
        return new UserRecord(u.getId(), u.getDisplayName(), u.getRole(), u.getSupplierId());
    }
}
