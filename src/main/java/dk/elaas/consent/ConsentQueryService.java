package dk.elaas.consent;

import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.Cpr;
import java.util.List;
import java.util.Locale;

/** Read-only queries over consents for lists. CPR numbers leave this service masked. */
public final class ConsentQueryService {

    private final Tx tx;

    public ConsentQueryService(Tx tx) {
        this.tx = tx;
    }

    /** Consents whose citizen name or supplier name matches {@code filter} (blank: all), newest first. */
    public List<ConsentSummary> list(String filter, int limit) {
        String f = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        return tx.call(s -> s.createSelectionQuery(
                        "from Consent c join fetch c.citizen join fetch c.supplier where :f = ''"
                                + " or lower(c.citizen.name) like :like or lower(c.supplier.name) like :like"
                                + " order by c.createdAt desc", Consent.class)
                .setParameter("f", f)
                .setParameter("like", "%" + f + "%")
                .setMaxResults(limit)
                .getResultList().stream()
                .map(c -> new ConsentSummary(c.getId(), c.getCitizen().getName(), Cpr.mask(c.getCitizen().getCpr()),
                        c.getSupplier().getName(), c.getServices(), c.getStatus(), c.getValidFrom(),
                        c.getValidUntil(), c.getSignedOn()))
                .toList());
    }
}
