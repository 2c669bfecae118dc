package dk.elaas.onboarding;

import dk.elaas.identity.Actor;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Least privilege for onboarding (DOMAIN.md "Users"): clerks and administrators run every case; a supplier's
 * user runs only their own company's cases; ØJB confirms the Phoniro set-up and deletions; field staff read.
 */
final class CaseAccess {

    static final Set<String> EDIT = Set.of("CLERK", "ADMINISTRATOR", "SUPPLIER");
    static final Set<String> OEJB_CONFIRM = Set.of("CLERK", "ADMINISTRATOR", "OEJB");
    static final Set<String> REVIEW = Set.of("CLERK", "ADMINISTRATOR", "SUPPLIER");

    private final Supplier<Actor> actor;
    private final Supplier<UUID> supplierScope;

    CaseAccess(Supplier<Actor> actor, Supplier<UUID> supplierScope) {
        this.actor = actor;
        this.supplierScope = supplierScope;
    }

    Actor actor() {
        return actor.get();
    }

    /** The only supplier the user may see, or null for all. */
    UUID scope() {
        return supplierScope.get();
    }

    void allow(String action, Set<String> roles) {
        Actor who = actor.get();
        if (!roles.contains(who.auditRole())) {
            throw new OnboardingException("onboarding.error.notAllowed", who.role() + " may not " + action, who.name());
        }
    }

    /** Refuses a case of another company for a supplier user. */
    void requireSupplier(UUID supplierId) {
        UUID scope = supplierScope.get();
        if (scope != null && !scope.equals(supplierId)) {
            throw new OnboardingException("onboarding.error.otherSupplier",
                    "A supplier user may only handle their own company's cases");
        }
    }
}
