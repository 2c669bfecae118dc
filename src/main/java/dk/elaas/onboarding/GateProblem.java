package dk.elaas.onboarding;

/**
 * Why step 6 may not grant access to one citizen yet, as a message key: {@code onboarding.gate.notReceived}
 * with the consent status, {@code onboarding.gate.servicesNotCovered} with the missing service codes,
 * {@code onboarding.gate.expired} with the valid-until date, {@code onboarding.gate.otherSupplier}.
 */
public record GateProblem(String key, String citizenName, String detail) {
}
