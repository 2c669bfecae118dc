package dk.elaas.consent;

/** The organisation of whoever collected the signed consent. */
public enum CollectorOrganisation {
    EXTERNAL_SUPPLIER, SUNDHED_OG_FOREBYGGELSE, PLEJE_OG_REHABILITERING
}
