package dk.elaas.identity;

import static dk.elaas.identity.Action.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one authorization policy (role × action × scope), used by the embedded app and by the server for every
 * endpoint. Scope: a Supplier user acts only within its own company ({@link Actor#supplierScope()}); the
 * database's row-level security holds the same line a second time on the server.
 */
public final class Policy {

    private static final Map<Role, Set<Action>> ALLOWED = new EnumMap<>(Role.class);

    static {
        ALLOWED.put(Role.CLERK, EnumSet.complementOf(EnumSet.of(CHANGE_SETTINGS, MANAGE_USERS)));
        ALLOWED.put(Role.ADMINISTRATOR, EnumSet.allOf(Action.class));
        ALLOWED.put(Role.FIELD_STAFF, EnumSet.of(READ_CONSENTS, CHECK_CONSENT, SEARCH_CITIZENS, SEE_CITIZEN_DETAILS,
                REGISTER_CONSENT, CORRECT_CONSENT, WITHDRAW_CONSENT, READ_SUPPLIERS, READ_DOCUMENTS));
        ALLOWED.put(Role.OEJB, EnumSet.of(READ_CONSENTS, CHECK_CONSENT, SEARCH_CITIZENS, SEE_CITIZEN_DETAILS,
                MARK_RECEIVED, READ_SUPPLIERS, READ_ONBOARDING, MANAGE_ONBOARDING, READ_DOCUMENTS));
        // Least privilege (seed 004): no search across citizens, no citizen details, no export, no settings,
        // no audit log; its own company's consents, employees and cases only.
        ALLOWED.put(Role.SUPPLIER, EnumSet.of(READ_CONSENTS, CHECK_CONSENT, READ_SUPPLIERS, READ_ONBOARDING,
                START_ONBOARDING, READ_DOCUMENTS));
    }

    public boolean allows(Actor actor, Action action) {
        if (actor == null) {
            return false;
        }
        return actor.isSystem() || ALLOWED.getOrDefault(actor.role(), Set.of()).contains(action);
    }

    /** Refuses unless the role may do this at all. */
    public void require(Actor actor, Action action) {
        if (!allows(actor, action)) {
            throw new AccessDeniedException("access.denied", (actor == null ? "nobody" : actor.role()) + " may not "
                    + action);
        }
    }

    /** Refuses unless the role may do this, and a supplier only on its own company's record. */
    public void require(Actor actor, Action action, UUID recordSupplierId) {
        require(actor, action);
        if (!inScope(actor, recordSupplierId)) {
            throw new AccessDeniedException("access.denied", "record outside the actor's company");
        }
    }

    public boolean inScope(Actor actor, UUID recordSupplierId) {
        UUID scope = actor.supplierScope();
        return scope == null || scope.equals(recordSupplierId);
    }
}
