package dk.elaas.intake;

/** A supplier from the register, for matching what was read on the form. {@code id} is opaque here. */
public record KnownSupplier(String id, String name, String cvr) {
}
