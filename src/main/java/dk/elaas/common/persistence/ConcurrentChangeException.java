package dk.elaas.common.persistence;

/**
 * Someone else changed the record since it was read (optimistic locking). The UI tells the user to reload;
 * it never sees Hibernate's or JPA's own exception types.
 */
public final class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
