package dk.elaas.intake;

import java.util.Optional;

/** Finds a known citizen by normalised CPR ({@code ddmmyy-xxxx}); storage provides it. */
@FunctionalInterface
public interface CitizenLookup {

    CitizenLookup NONE = cpr -> Optional.empty();

    Optional<KnownCitizen> byCpr(String cpr);
}
