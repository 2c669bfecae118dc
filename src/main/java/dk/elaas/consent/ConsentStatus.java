package dk.elaas.consent;

/** Lifecycle of a consent; only RECEIVED allows access to be granted. */
public enum ConsentStatus {
    REGISTERED, SENT, RECEIVED, EXPIRED, WITHDRAWN
}
