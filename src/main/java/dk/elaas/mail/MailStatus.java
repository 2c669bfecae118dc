package dk.elaas.mail;

/**
 * Where an outgoing mail stands: composed and queued ({@code DRAFT}), written out and opened in the user's
 * mail program ({@code EXPORTED}), confirmed sent by the user ({@code SENT}).
 */
public enum MailStatus {
    DRAFT, EXPORTED, SENT
}
