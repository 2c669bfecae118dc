package dk.elaas.identity;

/** An access token was missing, forged, expired or meant for someone else; the reason is for the log only. */
public final class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
