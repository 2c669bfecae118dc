package dk.elaas.consent;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.UUID;

/** A consent as a list shows it: the CPR already masked. */
public record ConsentSummary(UUID id, String citizenName, String maskedCpr, String supplierName,
                             SortedSet<String> services, ConsentStatus status, LocalDate validFrom,
                             LocalDate validUntil, LocalDate signedOn) {
}
