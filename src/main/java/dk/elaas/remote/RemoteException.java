package dk.elaas.remote;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The central server refused or could not be reached. The message key is the server's own (the same bundle)
 * or one of {@code remote.error.*}; the user reads the sentence, never an HTTP status.
 */
public final class RemoteException extends dk.elaas.common.i18n.RefusedException {

    private static final long serialVersionUID = 1L;

    private final int status;

    RemoteException(String messageKey, String reason, Object... args) {
        this(0, messageKey, reason, args);
    }

    private RemoteException(int status, String messageKey, String reason, Object... args) {
        super(messageKey, reason, args);
        this.status = status;
    }

    static RemoteException of(int status, JsonNode error) {
        String key = error.path("messageKey").asText("remote.error.status");
        String message = error.path("message").asText("HTTP " + status);
        return new RemoteException(status, key, message, status);
    }

    /** 401: the sign-in has to be renewed. */
    public boolean signInNeeded() {
        return status == 401;
    }

    public int status() {
        return status;
    }
}
