package dk.elaas.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

/**
 * The answer to "has this citizen a valid consent?": for each citizen found, one line per supplier. Access to a
 * building's entrance door alone needs no consent ({@link #DOOR_ENTRY_NEEDS_NO_CONSENT}, workflow section 1).
 */
public record ConsentCheck(String query, List<Citizen> citizens) {

    public static final boolean DOOR_ENTRY_NEEDS_NO_CONSENT = true;

    public ConsentCheck {
        citizens = List.copyOf(citizens);
    }

    /** One citizen and their suppliers. CPR masked: the answer is for a glance, not for copying. */
    public record Citizen(UUID citizenId, String name, String maskedCpr, String address, List<SupplierLine> suppliers) {

        public Citizen {
            suppliers = List.copyOf(suppliers);
        }
    }

    /**
     * One supplier: may it enter ({@code verdict.allowsAccess()}), until when (null = until withdrawn), for which
     * services, under which consent and status, and the date that explains a "no" (withdrawn on, expired on,
     * sent on).
     */
    public record SupplierLine(UUID supplierId, String supplierName, ConsentVerdict verdict, UUID consentId,
                               ConsentStatus status, SortedSet<String> services, LocalDate validFrom,
                               LocalDate validUntil, LocalDate reasonDate, String reason) {

        public boolean valid() {
            return verdict.allowsAccess();
        }
    }
}
