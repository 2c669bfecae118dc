package dk.elaas.consent;

/** Export refused for the signed-in user's role (the Supplier role has no export, DOMAIN.md). */
public final class ExportNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportNotAllowedException(String reason) {
        super(reason);
    }

    /** Message key of the sentence the user reads. */
    public String messageKey() {
        return "consent.error.exportNotAllowed";
    }
}
