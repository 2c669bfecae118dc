package dk.elaas.supplier;

import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import dk.elaas.common.persistence.CodeSetConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;

/** An external supplier (groceries, medicine, laundry, meals) that may use citizens' locks. */
@Entity
@Table(name = "supplier")
public class Supplier extends BaseEntity implements Auditable {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "cvr", nullable = false, length = 8)
    private String cvr;

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "services", nullable = false)
    private SortedSet<String> services = new TreeSet<>();

    @Column(name = "manager_name")
    private String managerName;

    @Column(name = "manager_email")
    private String managerEmail;

    @Column(name = "manager_phone", length = 8)
    private String managerPhone;

    @Column(name = "dpa_signed_on")
    private LocalDate dpaSignedOn;

    @Column(name = "lock_addendum_signed_on")
    private LocalDate lockAddendumSignedOn;

    @Column(name = "iso27001", nullable = false)
    private boolean iso27001;

    @Column(name = "isae3402", nullable = false)
    private boolean isae3402;

    @Column(name = "last_access_review_on")
    private LocalDate lastAccessReviewOn;

    @Column(name = "last_access_review_by")
    private String lastAccessReviewBy;

    @Column(name = "notes", length = 4000)
    private String notes;

    protected Supplier() {
    }

    public Supplier(String name, String cvr) {
        this.name = name;
        this.cvr = cvr;
    }

    @Override
    public String auditLabel() {
        return name + " (CVR " + cvr + ")";
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCvr() { return cvr; }
    public void setCvr(String cvr) { this.cvr = cvr; }
    public SortedSet<String> getServices() { return new TreeSet<>(services); }
    public void setServices(java.util.Collection<String> services) { this.services = CodeSetConverter.copyOf(services); }
    public String getManagerName() { return managerName; }
    public void setManagerName(String managerName) { this.managerName = managerName; }
    public String getManagerEmail() { return managerEmail; }
    public void setManagerEmail(String managerEmail) { this.managerEmail = managerEmail; }
    public String getManagerPhone() { return managerPhone; }
    public void setManagerPhone(String managerPhone) { this.managerPhone = managerPhone; }
    public LocalDate getDpaSignedOn() { return dpaSignedOn; }
    public void setDpaSignedOn(LocalDate dpaSignedOn) { this.dpaSignedOn = dpaSignedOn; }
    public LocalDate getLockAddendumSignedOn() { return lockAddendumSignedOn; }
    public void setLockAddendumSignedOn(LocalDate d) { this.lockAddendumSignedOn = d; }
    public boolean isIso27001() { return iso27001; }
    public void setIso27001(boolean iso27001) { this.iso27001 = iso27001; }
    public boolean isIsae3402() { return isae3402; }
    public void setIsae3402(boolean isae3402) { this.isae3402 = isae3402; }
    public LocalDate getLastAccessReviewOn() { return lastAccessReviewOn; }
    public void setLastAccessReviewOn(LocalDate d) { this.lastAccessReviewOn = d; }
    public String getLastAccessReviewBy() { return lastAccessReviewBy; }
    public void setLastAccessReviewBy(String by) { this.lastAccessReviewBy = by; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
