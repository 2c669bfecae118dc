package dk.elaas.intake;

/** A citizen already known to the app, found by CPR. {@code id} is opaque here. */
public record KnownCitizen(String id, String name, String cpr) {
}
