package dk.elaas.server;

import java.util.Map;

/**
 * The body of every refused request: a machine-readable code, the message key the client shows in the user's
 * language, and a Danish sentence. Never any content of a stored record.
 */
record ApiError(String error, String messageKey, String message, Map<String, String> fields) {

    static ApiError of(String error, String messageKey, String message) {
        return new ApiError(error, messageKey, message, Map.of());
    }
}
