package dk.elaas.consent;

import java.time.LocalDate;

/** A withdrawal as the citizen gave it (or an employee recorded it on the citizen's behalf). */
public record Withdrawal(LocalDate withdrawnOn, WithdrawnBy by, String reason) {
}
