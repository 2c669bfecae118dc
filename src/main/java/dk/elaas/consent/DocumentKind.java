package dk.elaas.consent;

/** What a stored document is. */
public enum DocumentKind {
    NORMALIZED_PDF, ORIGINAL, RECEIPT
}
