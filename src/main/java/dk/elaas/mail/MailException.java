package dk.elaas.mail;

/** A mail could not be composed, stored or handed to the mail program. */
public final class MailException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public MailException(String reason) {
        super(reason);
    }
}
