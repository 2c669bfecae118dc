package dk.elaas.onboarding;

import dk.elaas.mail.MailRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

/** Everything the wizard shows for one case. */
public record CaseDetail(UUID id, CaseKind kind, CaseState state, OnboardingStepKind currentStep,
                         WaitingOn waitingOn, Instant waitingSince, UUID employeeId, String extUsername,
                         UUID supplierId, String supplierName, String supplierCvr, String managerEmail,
                         SortedSet<String> services, OnboardingState data, List<StepRecord> steps,
                         List<CitizenLine> citizens, List<MailRecord> mails, Instant activatedAt, UUID endsCaseId,
                         UUID offboardingCaseId, String citizenName, String reason, LocalDate deletionConfirmedOn,
                         String deletionConfirmedBy) {

    public String employeeName() {
        return data.employee().firstName() + " " + data.employee().lastName();
    }

    public StepRecord step(OnboardingStepKind kind) {
        return steps.stream().filter(s -> s.step() == kind).findFirst().orElseThrow();
    }

    /** One step: its status, who completed it and when. */
    public record StepRecord(OnboardingStepKind step, StepStatus status, String completedBy, Instant completedAt,
                             String notes) {
    }
}
