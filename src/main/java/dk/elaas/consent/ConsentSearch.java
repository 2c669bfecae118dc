package dk.elaas.consent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the register searches for. {@code text} matches the citizen's name, the CPR (whole or its first digits,
 * with or without the dash) or the supplier's name; the others narrow it down. Null or blank: no condition.
 */
public record ConsentSearch(String text, UUID supplierId, ConsentStatus status, LocalDate expiresFrom,
                            LocalDate expiresTo, int limit) {

    public static ConsentSearch text(String text, int limit) {
        return new ConsentSearch(text, null, null, null, null, limit);
    }
}
