package dk.elaas.intake;

/**
 * The register's supplier that the form most likely names.
 *
 * @param score   0..1 name similarity (1 when the CVR matched exactly)
 * @param byCvr   whether the CVR read on the form is this supplier's
 */
public record SupplierMatch(KnownSupplier supplier, double score, boolean byCvr) {
}
