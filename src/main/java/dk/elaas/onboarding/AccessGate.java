package dk.elaas.onboarding;

import dk.elaas.consent.Consent;
import dk.elaas.consent.ConsentStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The step-6 gate: access only under a consent for this supplier that ØJB has received, still valid, covering the
 * employee's services; door-entry-only access needs none. Says per citizen what is missing.
 */
final class AccessGate {

    private AccessGate() {
    }

    static GateProblem gate(OnboardingCitizen l, OnboardingCase c, LocalDate today) {
        if (l.isDoorEntryOnly()) {
            return null;
        }
        Consent k = l.getConsent();
        String name = l.getCitizen().getName();
        if (!k.getSupplier().getId().equals(c.getEmployee().getSupplier().getId())) {
            return new GateProblem("onboarding.gate.otherSupplier", name, k.getSupplier().getName());
        }
        if (k.getStatus() != ConsentStatus.RECEIVED) {
            return new GateProblem("onboarding.gate.notReceived", name, k.getStatus().name());
        }
        if (k.getValidUntil() != null && k.getValidUntil().isBefore(today)) {
            return new GateProblem("onboarding.gate.expired", name, k.getValidUntil().toString());
        }
        SortedSet<String> missing = new TreeSet<>(c.getServices());
        missing.removeAll(k.getServices());
        if (!missing.isEmpty()) {
            return new GateProblem("onboarding.gate.servicesNotCovered", name, String.join(",", missing));
        }
        return null;
    }

    static String describe(List<GateProblem> problems) {
        return problems.stream().map(p -> p.citizenName() + " (" + p.key().substring(p.key().lastIndexOf('.') + 1)
                + (p.detail() == null ? "" : ": " + p.detail()) + ")").reduce((a, b) -> a + "; " + b).orElse("");
    }
}
