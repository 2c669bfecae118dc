package dk.elaas.supplier;

import java.time.LocalDate;
import java.util.Set;

/** What a user enters for a supplier. Raw text where the user types it; the service validates and normalises. */
public record SupplierForm(String name, String cvr, Set<String> services, String managerName, String managerEmail,
                           String managerPhone, LocalDate dpaSignedOn, LocalDate lockAddendumSignedOn,
                           boolean iso27001, boolean isae3402, LocalDate lastAccessReviewOn, String notes) {

    public SupplierForm {
        services = services == null ? Set.of() : Set.copyOf(services);
    }
}
