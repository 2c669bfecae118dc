package dk.elaas.mail;

/**
 * Where an outgoing mail stands: composed and queued ({@code DRAFT}), opened in the user's mail program
 * ({@code EXPORTED}, recorded only when the program was started), confirmed sent by the user ({@code SENT}), or
 * handed on another way with a note saying how ({@code SENT_OTHERWISE}).
 */
public enum MailStatus {
    DRAFT, EXPORTED, SENT, SENT_OTHERWISE;

    /** True once the user has said the mail went out, one way or the other. */
    public boolean isSent() {
        return this == SENT || this == SENT_OTHERWISE;
    }
}
