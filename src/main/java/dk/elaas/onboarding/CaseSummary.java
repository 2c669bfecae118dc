package dk.elaas.onboarding;

import java.time.LocalDate;
import java.util.UUID;

/** A row of the case list: whose case, where it stands, whom it waits on and for how many days. */
public record CaseSummary(UUID id, CaseKind kind, CaseState state, String employeeName, UUID supplierId,
                          String supplierName, OnboardingStepKind currentStep, WaitingOn waitingOn, long daysWaiting,
                          LocalDate endDate, String extUsername) {
}
