package dk.elaas.citizen;

import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import dk.elaas.common.persistence.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A citizen with an electronic lock installed by MSO. */
@Entity
@Table(name = "citizen")
public class Citizen extends BaseEntity implements Auditable {

    @Column(name = "name", nullable = false)
    private String name;

    @Sensitive
    @Column(name = "cpr", nullable = false, length = 11)
    private String cpr;

    @Column(name = "address")
    private String address;

    @Column(name = "postal_code", length = 4)
    private String postalCode;

    @Column(name = "city")
    private String city;

    @Column(name = "phone", length = 8)
    private String phone;

    @Column(name = "lock_installed_by_mso", nullable = false)
    private boolean lockInstalledByMso = true;

    protected Citizen() {
    }

    public Citizen(String name, String cpr) {
        this.name = name;
        this.cpr = cpr;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
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
    public boolean isLockInstalledByMso() { return lockInstalledByMso; }
    public void setLockInstalledByMso(boolean v) { this.lockInstalledByMso = v; }
}
