package dk.elaas.onboarding;

import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.AuditCode;
import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import dk.elaas.common.persistence.CodeSetConverter;
import dk.elaas.supplier.SupplierEmployee;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An onboarding or offboarding case for one supplier employee. Each step's data is a typed column (not a
 * JSON blob), so the audit log shows exactly which value a correction changed.
 */
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

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "current_step", length = 30)
    private OnboardingStepKind currentStep;

    @AuditCode(WaitingOn.class)
    @Column(name = "waiting_on", length = 30)
    private String waitingOn;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "services")
    private SortedSet<String> services = new TreeSet<>();

    @Column(name = "invitation_mail_on")
    private LocalDate invitationMailOn;
    @Column(name = "created_mail_on")
    private LocalDate createdMailOn;
    @Column(name = "username_sent_on")
    private LocalDate usernameSentOn;
    @Column(name = "group_ordered_on")
    private LocalDate groupOrderedOn;
    @Column(name = "group_confirmed_on")
    private LocalDate groupConfirmedOn;
    @Column(name = "two_factor_on")
    private LocalDate twoFactorOn;
    @Column(name = "two_factor_personal_phone", nullable = false)
    private boolean twoFactorPersonalPhone;
    @Column(name = "oejb_contacted_on")
    private LocalDate oejbContactedOn;
    @Column(name = "oejb_user_created", nullable = false)
    private boolean oejbUserCreated;
    @Column(name = "oejb_device_registered", nullable = false)
    private boolean oejbDeviceRegistered;
    @Column(name = "oejb_confirmed_on")
    private LocalDate oejbConfirmedOn;
    @Column(name = "activated_at")
    private Instant activatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ends_case_id")
    private OnboardingCase endsCase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "citizen_id")
    private Citizen citizen;

    @Column(name = "reason", length = 1000)
    private String reason;
    @Column(name = "deletion_confirmed_on")
    private LocalDate deletionConfirmedOn;
    @Column(name = "deletion_confirmed_by", length = 200)
    private String deletionConfirmedBy;

    protected OnboardingCase() {
    }

    public OnboardingCase(SupplierEmployee employee, CaseKind kind) {
        this.employee = employee;
        this.kind = kind;
    }

    @Override
    public String auditLabel() {
        return (kind == CaseKind.ONBOARDING ? "Onboarding " : "Offboarding ") + employee.auditLabel();
    }

    /** Moves the case on to wait for {@code party} from {@code since}. */
    void waitFor(WaitingOn party, Instant since) {
        this.waitingOn = party == null ? null : party.name();
        this.waitingSince = party == null ? null : since;
    }

    public SupplierEmployee getEmployee() { return employee; }
    public CaseKind getKind() { return kind; }
    public CaseState getState() { return state; }
    public void setState(CaseState state) { this.state = state; }
    public OnboardingStepKind getCurrentStep() { return currentStep; }
    public void setCurrentStep(OnboardingStepKind step) { this.currentStep = step; }
    public String getWaitingOn() { return waitingOn; }
    public Instant getWaitingSince() { return waitingSince; }
    public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(Instant closedAt) { this.closedAt = closedAt; }
    public SortedSet<String> getServices() { return new TreeSet<>(services); }
    public void setServices(Collection<String> services) { this.services = CodeSetConverter.copyOf(services); }
    public LocalDate getInvitationMailOn() { return invitationMailOn; }
    public void setInvitationMailOn(LocalDate d) { this.invitationMailOn = d; }
    public LocalDate getCreatedMailOn() { return createdMailOn; }
    public void setCreatedMailOn(LocalDate d) { this.createdMailOn = d; }
    public LocalDate getUsernameSentOn() { return usernameSentOn; }
    public void setUsernameSentOn(LocalDate d) { this.usernameSentOn = d; }
    public LocalDate getGroupOrderedOn() { return groupOrderedOn; }
    public void setGroupOrderedOn(LocalDate d) { this.groupOrderedOn = d; }
    public LocalDate getGroupConfirmedOn() { return groupConfirmedOn; }
    public void setGroupConfirmedOn(LocalDate d) { this.groupConfirmedOn = d; }
    public LocalDate getTwoFactorOn() { return twoFactorOn; }
    public void setTwoFactorOn(LocalDate d) { this.twoFactorOn = d; }
    public boolean isTwoFactorPersonalPhone() { return twoFactorPersonalPhone; }
    public void setTwoFactorPersonalPhone(boolean v) { this.twoFactorPersonalPhone = v; }
    public LocalDate getOejbContactedOn() { return oejbContactedOn; }
    public void setOejbContactedOn(LocalDate d) { this.oejbContactedOn = d; }
    public boolean isOejbUserCreated() { return oejbUserCreated; }
    public void setOejbUserCreated(boolean v) { this.oejbUserCreated = v; }
    public boolean isOejbDeviceRegistered() { return oejbDeviceRegistered; }
    public void setOejbDeviceRegistered(boolean v) { this.oejbDeviceRegistered = v; }
    public LocalDate getOejbConfirmedOn() { return oejbConfirmedOn; }
    public void setOejbConfirmedOn(LocalDate d) { this.oejbConfirmedOn = d; }
    public Instant getActivatedAt() { return activatedAt; }
    public void setActivatedAt(Instant at) { this.activatedAt = at; }
    public OnboardingCase getEndsCase() { return endsCase; }
    public void setEndsCase(OnboardingCase c) { this.endsCase = c; }
    public Citizen getCitizen() { return citizen; }
    public void setCitizen(Citizen citizen) { this.citizen = citizen; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getDeletionConfirmedOn() { return deletionConfirmedOn; }
    public void setDeletionConfirmedOn(LocalDate d) { this.deletionConfirmedOn = d; }
    public String getDeletionConfirmedBy() { return deletionConfirmedBy; }
    public void setDeletionConfirmedBy(String by) { this.deletionConfirmedBy = by; }
}
