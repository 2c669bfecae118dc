package dk.elaas.onboarding;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * "Ny onboarding": the employee and the company (from the register). {@code usesManagerEmail}: the e-mail is
 * the manager's, so only the employee may start the activation. {@code services}: what the employee delivers
 * (empty: all the supplier's services). {@code endDate}: when the employment or service ends, if known.
 */
public record NewEmployee(UUID supplierId, String firstName, String lastName, String workEmail,
                          boolean usesManagerEmail, Set<String> services, LocalDate endDate) {

    public NewEmployee {
        services = services == null ? Set.of() : Set.copyOf(services);
    }
}
