package dk.elaas.intake;

/** The fields read from page one of a consent, named as in the samples' ground truth. */
public enum ConsentField {
    CITIZEN_NAME("citizen_name"),
    CPR("cpr"),
    ADDRESS("address"),
    POSTAL_CODE("postal_code"),
    CITY("city"),
    PHONE("phone"),
    SUPPLIER_NAME("supplier_name"),
    SUPPLIER_CVR("supplier_cvr"),
    SERVICES("services"),
    VALID_FROM("valid_from"),
    VALID_UNTIL("valid_until"),
    SIGNER_ROLE("signer_role"),
    REPRESENTATIVE_NAME("representative_name"),
    SIGNED_DATE("signed_date"),
    COLLECTED_BY_NAME("collected_by_name"),
    COLLECTED_BY_ORG("collected_by_org");

    private final String key;

    ConsentField(String key) {
        this.key = key;
    }

    /** The JSON key, e.g. {@code citizen_name}; also the suffix of the i18n label key. */
    public String key() {
        return key;
    }
}
