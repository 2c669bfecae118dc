package dk.elaas.supplier;

import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A supplier's employee who is onboarded as an external (EXT) user to open citizens' doors. */
@Entity
@Table(name = "supplier_employee")
public class SupplierEmployee extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "work_email")
    private String workEmail;

    /** The manager's e-mail is used: then only the employee may start the EXT activation. */
    @Column(name = "uses_manager_email", nullable = false)
    private boolean usesManagerEmail;

    @Column(name = "ext_username")
    private String extUsername;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected SupplierEmployee() {
    }

    public SupplierEmployee(Supplier supplier, String firstName, String lastName) {
        this.supplier = supplier;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    @Override
    public String auditLabel() {
        return firstName + " " + lastName;
    }

    public Supplier getSupplier() { return supplier; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getWorkEmail() { return workEmail; }
    public void setWorkEmail(String workEmail) { this.workEmail = workEmail; }
    public boolean isUsesManagerEmail() { return usesManagerEmail; }
    public void setUsesManagerEmail(boolean v) { this.usesManagerEmail = v; }
    public String getExtUsername() { return extUsername; }
    public void setExtUsername(String extUsername) { this.extUsername = extUsername; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
}
