package dk.elaas.onboarding;

import dk.elaas.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One of the six steps of a case, with who completed it, when, and the step's data. */
@Entity
@Table(name = "onboarding_step")
public final class OnboardingStep extends BaseEntity implements dk.elaas.common.persistence.Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private OnboardingCase onboardingCase;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "step", nullable = false, length = 30)
    private OnboardingStepKind step;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private StepStatus status = StepStatus.PENDING;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "data", length = 4000)
    private String data;

    @Column(name = "notes", length = 4000)
    private String notes;

    protected OnboardingStep() {
    }

    public OnboardingStep(OnboardingCase onboardingCase, OnboardingStepKind step) {
        this.onboardingCase = onboardingCase;
        this.step = step;
        this.position = step.ordinal() + 1;
    }

    @Override
    public String auditLabel() {
        return "Trin " + position + " " + step + " (" + onboardingCase.auditLabel() + ")";
    }

    public OnboardingCase getOnboardingCase() { return onboardingCase; }
    public OnboardingStepKind getStep() { return step; }
    public int getPosition() { return position; }
    public StepStatus getStatus() { return status; }
    public void setStatus(StepStatus status) { this.status = status; }
    public Instant getCompletedAt() { return completedAt; }
    public void setCompletedAt(Instant completedAt) { this.completedAt = completedAt; }
    public String getCompletedBy() { return completedBy; }
    public void setCompletedBy(String completedBy) { this.completedBy = completedBy; }
    public String getData() { return data; }
    public void setData(String data) { this.data = data; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
