package dk.elaas.consent;

import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import dk.elaas.common.persistence.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A consent form prepared for printing: its id is in the QR code on page one, and it keeps the values that
 * were printed in advance exactly as printed (a snapshot, not a link: the citizen may move afterwards), so
 * the signed form can be matched and filled when it comes back through intake.
 */
@Entity
@Table(name = "printed_form")
public final class PrintedForm extends BaseEntity implements Auditable {

    @Column(name = "form_version", nullable = false, length = 20)
    private String formVersion;

    @Column(name = "citizen_id")
    private UUID citizenId;

    @Column(name = "supplier_id")
    private UUID supplierId;

    @Column(name = "citizen_name")
    private String citizenName;

    @Sensitive
    @Column(name = "cpr", length = 11)
    private String cpr;

    @Column(name = "address")
    private String address;

    @Column(name = "postal_code", length = 4)
    private String postalCode;

    @Column(name = "city")
    private String city;

    @Column(name = "phone", length = 8)
    private String phone;

    @Column(name = "supplier_name")
    private String supplierName;

    @Column(name = "supplier_cvr", length = 8)
    private String supplierCvr;

    /** Danish service names as printed and pre-ticked, comma-separated and sorted; null when none. */
    @Column(name = "services")
    private String services;

    @Column(name = "printed_by")
    private String printedBy;

    @Column(name = "consent_id")
    private UUID consentId;

    protected PrintedForm() {
    }

    public PrintedForm(String formVersion) {
        this.formVersion = formVersion;
    }

    @Override
    public String auditLabel() {
        return "Udskrevet samtykkeerklæring" + (citizenName == null ? " (blank)" : " – " + citizenName);
    }

    public String getFormVersion() { return formVersion; }
    public UUID getCitizenId() { return citizenId; }
    public void setCitizenId(UUID citizenId) { this.citizenId = citizenId; }
    public UUID getSupplierId() { return supplierId; }
    public void setSupplierId(UUID supplierId) { this.supplierId = supplierId; }
    public String getCitizenName() { return citizenName; }
    public void setCitizenName(String citizenName) { this.citizenName = citizenName; }
    public String getCpr() { return cpr; }
    public void setCpr(String cpr) { this.cpr = cpr; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getSupplierName() { return supplierName; }
    public void setSupplierName(String supplierName) { this.supplierName = supplierName; }
    public String getSupplierCvr() { return supplierCvr; }
    public void setSupplierCvr(String supplierCvr) { this.supplierCvr = supplierCvr; }
    public String getServices() { return services; }
    public void setServices(String services) { this.services = services; }
    public String getPrintedBy() { return printedBy; }
    public void setPrintedBy(String printedBy) { this.printedBy = printedBy; }
    public UUID getConsentId() { return consentId; }
    public void setConsentId(UUID consentId) { this.consentId = consentId; }
}
