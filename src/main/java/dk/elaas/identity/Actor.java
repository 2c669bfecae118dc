package dk.elaas.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * Who acts: the one shape of "who" that every service, the policy and the audit log use, in the desktop's
 * embedded mode and on the server alike. {@code subject} is the identity provider's stable id (the token's
 * {@code sub}, or the operating-system account in standalone mode); {@code supplierId} is set only for the
 * Supplier role and is the only company that user may see; {@code device} says where the action came from.
 */
public record Actor(String subject, String name, Role role, UUID supplierId, String device) {

    /** The system itself (scheduled expiry, migrations, demo data). Never reaches an endpoint. */
    public static final Actor SYSTEM = new Actor("system", "eLås (system)", Role.ADMINISTRATOR, null, "system");

    /** A supplier user with no company gets a scope that matches nothing, never "everything". */
    public static final UUID NO_COMPANY = new UUID(0, 0);

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (role != Role.SUPPLIER) {
            supplierId = null;
        } else if (supplierId == null) {
            supplierId = NO_COMPANY;
        }
    }

    /** The company this actor is limited to, or null when the role sees every company. */
    public UUID supplierScope() {
        return role == Role.SUPPLIER ? supplierId : null;
    }

    /** A person on this PC known only by name and role (tests, demo data, the standalone app's own user). */
    public Actor(String name, String role) {
        this("local:" + name, name, Role.valueOf(role), null, "local");
    }

    public boolean isSystem() {
        return "system".equals(subject) && "system".equals(device);
    }

    /** The role as the audit log records it: SYSTEM for the system itself. */
    public String auditRole() {
        return isSystem() ? "SYSTEM" : role.name();
    }
}
