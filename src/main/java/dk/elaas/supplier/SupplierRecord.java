package dk.elaas.supplier;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.UUID;

/** A supplier as the rest of the app sees it (never the managed entity). */
public record SupplierRecord(UUID id, long version, String name, String cvr, SortedSet<String> services,
                             String managerName, String managerEmail, String managerPhone, LocalDate dpaSignedOn,
                             LocalDate lockAddendumSignedOn, boolean iso27001, boolean isae3402,
                             LocalDate lastAccessReviewOn, String notes) {

    static SupplierRecord of(Supplier s) {
        return new SupplierRecord(s.getId(), s.getVersion(), s.getName(), s.getCvr(), s.getServices(),
                s.getManagerName(), s.getManagerEmail(), s.getManagerPhone(), s.getDpaSignedOn(),
                s.getLockAddendumSignedOn(), s.isIso27001(), s.isIsae3402(), s.getLastAccessReviewOn(), s.getNotes());
    }

    public SupplierForm toForm() {
        return new SupplierForm(name, cvr, services, managerName, managerEmail, managerPhone, dpaSignedOn,
                lockAddendumSignedOn, iso27001, isae3402, lastAccessReviewOn, notes);
    }
}
