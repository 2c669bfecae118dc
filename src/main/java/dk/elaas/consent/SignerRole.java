package dk.elaas.consent;

/** Who signed page one. */
public enum SignerRole {
    CITIZEN, REPRESENTATIVE
}
