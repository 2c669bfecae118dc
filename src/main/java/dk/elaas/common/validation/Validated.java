package dk.elaas.common.validation;

import java.util.Arrays;
import java.util.Objects;

/**
 * Result of validating one user-entered value.
 *
 * <p>Exactly one of {@code value} and {@code errorKey} is non-null. When valid, {@code value} is the
 * normalized form the application should store. When invalid, {@code errorKey} is a key in the
 * {@code dk.elaas.i18n.messages} bundle and {@code errorArgs} are its {@link java.text.MessageFormat}
 * arguments ({0}, {1}, ...). The arguments array is copied on the way in and out, so instances are
 * immutable.
 */
public record Validated(String value, String errorKey, Object[] errorArgs) {

    private static final Object[] NO_ARGS = new Object[0];

    public Validated {
        if ((value == null) == (errorKey == null)) {
            throw new IllegalArgumentException("Exactly one of value and errorKey must be set");
        }
        if (errorKey != null && errorKey.isBlank()) {
            throw new IllegalArgumentException("errorKey must not be blank");
        }
        errorArgs = errorArgs == null || errorArgs.length == 0 ? NO_ARGS : errorArgs.clone();
        if (value != null && errorArgs.length > 0) {
            throw new IllegalArgumentException("A valid result has no error arguments");
        }
    }

    /** A valid result carrying the normalized value. */
    public static Validated ok(String normalized) {
        return new Validated(Objects.requireNonNull(normalized, "normalized"), null, NO_ARGS);
    }

    /** An invalid result with a resource-bundle key and its MessageFormat arguments. */
    public static Validated error(String key, Object... args) {
        return new Validated(null, Objects.requireNonNull(key, "key"), args);
    }

    public boolean isValid() {
        return value != null;
    }

    /** A copy of the MessageFormat arguments (empty, never null). */
    @Override
    public Object[] errorArgs() {
        return errorArgs.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Validated other
                && Objects.equals(value, other.value)
                && Objects.equals(errorKey, other.errorKey)
                && Arrays.deepEquals(errorArgs, other.errorArgs);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(value, errorKey) + Arrays.deepHashCode(errorArgs);
    }

    @Override
    public String toString() {
        return isValid()
                ? "Validated[ok: " + value + "]"
                : "Validated[error: " + errorKey + " " + Arrays.deepToString(errorArgs) + "]";
    }
}
