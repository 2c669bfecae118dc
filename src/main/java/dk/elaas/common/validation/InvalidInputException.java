package dk.elaas.common.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input refused by a service: per field, what is wrong (a message key with arguments). Nothing was saved. */
public final class InvalidInputException extends RuntimeException {

    private final Map<String, Validated> errors;

    public InvalidInputException(Map<String, Validated> errors) {
        super("Invalid input in " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, Validated> errors() {
        return errors;
    }
}
