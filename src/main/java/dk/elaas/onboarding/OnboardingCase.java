package dk.elaas.onboarding;

import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import dk.elaas.supplier.SupplierEmployee;
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

/** An onboarding or offboarding case for one supplier employee. */
@Entity
@Table(name = "onboarding_case")
public class OnboardingCase extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    private SupplierEmployee employee;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private CaseKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "state", nullable = false, length = 20)
    private CaseState state = CaseState.OPEN;

    @Column(name = "waiting_on", length = 30)
    private String waitingOn;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected OnboardingCase() {
    }

    public OnboardingCase(SupplierEmployee employee, CaseKind kind) {
        this.employee = employee;
        this.kind = kind;
    }

    @Override
    public String auditLabel() {
        return kind + " " + employee.auditLabel();
    }

    public SupplierEmployee getEmployee() { return employee; }
    public CaseKind getKind() { return kind; }
    public CaseState getState() { return state; }
    public void setState(CaseState state) { this.state = state; }
    public String getWaitingOn() { return waitingOn; }
    public void setWaitingOn(String waitingOn) { this.waitingOn = waitingOn; }
    public Instant getWaitingSince() { return waitingSince; }
    public void setWaitingSince(Instant waitingSince) { this.waitingSince = waitingSince; }
    public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(Instant closedAt) { this.closedAt = closedAt; }
}
