package dk.elaas.mail;

/** Where an outgoing mail stands. */
public enum MailStatus {
    DRAFT, EXPORTED, SENT
}
