package dk.elaas.common.persistence;

/**
 * The data folder's disk is full (or the file may grow no further): the change was not stored. Its message is
 * the Danish sentence itself, so also screens that show only {@code getMessage()} say it plainly.
 */
public final class StorageFullException extends dk.elaas.common.i18n.RefusedException {

    private static final long serialVersionUID = 1L;
    static final String DANISH = "Disken med eLås' data er fuld, så ændringen blev ikke gemt. "
            + "Frigør plads på disken (eller bed IT om det), og prøv igen.";

    StorageFullException(Throwable cause) {
        super("storage.full", DANISH);
        initCause(cause);
    }

    /** True when {@code t} or one of its causes is the operating system saying the disk or file is full. */
    static boolean isDiskFull(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk full")
                    || m.contains("There is not enough space on the disk") || m.contains("File too large"))) {
                return true;
            }
        }
        return false;
    }
}
