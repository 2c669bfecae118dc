package dk.elaas.common.persistence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Start-up of the local database failed for a reason the user must be told; {@link #reason()} says which. */
public final class DatabaseStartupException extends RuntimeException {

    /** Each reason has a message key {@code startup.error.<name in lower case>}. */
    public enum Reason { LOCKED, UNREADABLE, NEWER_SCHEMA, NOT_WRITABLE }

    private final Reason reason;
    private final String detail;
    private final transient LockHolder holder;

    public DatabaseStartupException(Reason reason, String detail, Throwable cause) {
        this(reason, detail, cause, null);
    }

    /** A refusal because the folder is held, naming who holds it when that is known. */
    public DatabaseStartupException(Reason reason, String detail, Throwable cause, LockHolder holder) {
        super(reason + ": " + detail + (holder == null ? "" : " (held by " + holder.kind() + " pid " + holder.pid() + ")"),
                cause);
        this.reason = reason;
        this.detail = detail;
        this.holder = holder;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    /** Who holds the data folder, for {@link Reason#LOCKED} when the holder said so. */
    public Optional<LockHolder> holder() {
        return Optional.ofNullable(holder);
    }

    /** The message key; a held folder with a known holder has one per kind (window, import, other). */
    public String messageKey() {
        String key = "startup.error." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        return holder == null ? key : key + "." + holder.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The arguments for {@link #messageKey()}: the detail, and for a known holder its process id and start time. */
    public Object[] messageArgs() {
        if (holder == null) {
            return new Object[] {detail};
        }
        ZonedDateTime started = holder.started().atZone(ZoneId.systemDefault());
        String when = started.toLocalDate().equals(LocalDate.now(ZoneId.systemDefault()))
                ? started.format(DateTimeFormatter.ofPattern("HH:mm"))
                : started.format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm"));
        return new Object[] {detail, Long.toString(holder.pid()), when};
    }
}
