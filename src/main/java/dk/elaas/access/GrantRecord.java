package dk.elaas.access;

import java.time.Instant;
import java.util.SortedSet;
import java.util.UUID;

/** An access grant as the register shows it. */
public record GrantRecord(UUID id, UUID supplierId, String supplierName, UUID citizenId, UUID consentId,
                          String employeeName, SortedSet<String> services, boolean doorEntryOnly,
                          Instant grantedAt, Instant revokedAt, String revokeReason) {

    public boolean active() {
        return revokedAt == null;
    }

    static GrantRecord of(AccessGrant g) {
        String employee = g.getEmployee() == null ? null
                : g.getEmployee().getFirstName() + " " + g.getEmployee().getLastName();
        return new GrantRecord(g.getId(), g.getSupplier().getId(), g.getSupplier().getName(), g.getCitizen().getId(),
                g.getConsent() == null ? null : g.getConsent().getId(), employee, g.getServices(), g.isDoorEntryOnly(),
                g.getGrantedAt(), g.getRevokedAt(), g.getRevokeReason());
    }
}
