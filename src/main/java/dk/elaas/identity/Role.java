package dk.elaas.identity;

/** The roles of DOMAIN.md, with least privilege for suppliers. */
public enum Role {
    CLERK, FIELD_STAFF, SUPPLIER, OEJB, ADMINISTRATOR;

    /** Message key of the role's display name. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
