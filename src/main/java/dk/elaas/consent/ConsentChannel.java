package dk.elaas.consent;

/** How the consent was given. */
public enum ConsentChannel {
    PAPER, MITID
}
