package dk.elaas.common.persistence;

/** Start-up of the local database failed for a reason the user must be told; {@link #reason()} says which. */
public final class DatabaseStartupException extends RuntimeException {

    /** Each reason has a message key {@code startup.error.<name in lower case>}. */
    public enum Reason { LOCKED, UNREADABLE, NEWER_SCHEMA, NOT_WRITABLE }

    private final Reason reason;
    private final String detail;

    public DatabaseStartupException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    public String messageKey() {
        return "startup.error." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
