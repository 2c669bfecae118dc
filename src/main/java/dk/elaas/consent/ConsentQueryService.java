package dk.elaas.consent;

import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.Cpr;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.query.SelectionQuery;

/** Read-only queries over consents for lists. CPR numbers leave this service masked. */
public final class ConsentQueryService implements ConsentSearcher {

    private final Tx tx;
    private final java.util.function.Supplier<UUID> supplierScope;
    private final java.time.Clock clock;

    public ConsentQueryService(Tx tx) {
        this(tx, () -> null);
    }

    public ConsentQueryService(Tx tx, java.util.function.Supplier<UUID> supplierScope) {
        this(tx, supplierScope, java.time.Clock.systemDefaultZone());
    }

    /**
     * {@code supplierScope} gives the supplier a Supplier-role user works for (null for everyone else): such a user
     * sees only their own company's consents, whatever the search asks (least privilege, seed 004).
     */
    public ConsentQueryService(Tx tx, java.util.function.Supplier<UUID> supplierScope, java.time.Clock clock) {
        this.tx = tx;
        this.supplierScope = supplierScope;
        this.clock = clock;
    }

    /** Consents whose citizen name or supplier name matches {@code filter} (blank: all), newest first. */
    public List<ConsentSummary> list(String filter, int limit) {
        return search(ConsentSearch.text(filter, limit));
    }

    /** Above this many matching citizens the search stays one query (a very short name part). */
    static final int MAX_ID_LIST = 5000;

    /**
     * The register's search, newest first, at most {@code limit} rows. The text is first resolved against the
     * small tables (citizens by CPR index or name, suppliers by name), then consents are fetched through their
     * citizen and supplier indexes: H2 would otherwise walk all consents in date order (docs/benchmarks.md).
     */
    public List<ConsentSummary> search(ConsentSearch asked) {
        UUID scope = supplierScope.get();
        ConsentSearch q = scope == null ? asked : new ConsentSearch(asked.text(), scope, asked.status(),
                asked.expiresFrom(), asked.expiresTo(), asked.limit());
        String text = q.text() == null ? "" : q.text().trim().toLowerCase(Locale.ROOT);
        String cprPrefix = cprPrefix(text);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return tx.call(s -> {
            List<UUID> citizenIds = null;
            List<UUID> supplierIds = List.of();
            if (cprPrefix != null) {
                citizenIds = s.createSelectionQuery("select x.id from Citizen x where x.cpr like :cpr", UUID.class)
                        .setParameter("cpr", cprPrefix + "%").setMaxResults(MAX_ID_LIST + 1).getResultList();
            } else if (!text.isEmpty()) {
                citizenIds = s.createSelectionQuery("select x.id from Citizen x where lower(x.name) like :like", UUID.class)
                        .setParameter("like", "%" + text + "%").setMaxResults(MAX_ID_LIST + 1).getResultList();
                supplierIds = s.createSelectionQuery("select y.id from Supplier y where lower(y.name) like :like", UUID.class)
                        .setParameter("like", "%" + text + "%").setMaxResults(MAX_ID_LIST + 1).getResultList();
            }
            boolean byIds = citizenIds != null && citizenIds.size() <= MAX_ID_LIST && supplierIds.size() <= MAX_ID_LIST;
            if (citizenIds != null && byIds && citizenIds.isEmpty() && supplierIds.isEmpty()) {
                return List.<ConsentSummary>of();
            }
            StringBuilder hql = new StringBuilder("from Consent c join fetch c.citizen z join fetch c.supplier p where 1=1");
            if (citizenIds != null) {
                if (byIds) {
                    hql.append(citizenIds.isEmpty() ? " and (1=0" : " and (c.citizen.id in :cids");
                    hql.append(supplierIds.isEmpty() ? ")" : " or c.supplier.id in :sids)");
                } else if (cprPrefix != null) {
                    hql.append(" and z.cpr like :cpr");
                } else {
                    hql.append(" and (lower(z.name) like :like or lower(p.name) like :like)");
                }
            }
            if (q.supplierId() != null) {
                hql.append(" and p.id = :supplier");
            }
            if (q.status() != null) {
                // The status as shown (Consent.statusOn): a passed valid-until date is EXPIRED already.
                hql.append(q.status() == ConsentStatus.EXPIRED
                        ? " and (c.status = :status or (c.status in :open and c.validUntil < :today))"
                        : q.status() == ConsentStatus.WITHDRAWN ? " and c.status = :status"
                        : " and c.status = :status and (c.validUntil is null or c.validUntil >= :today)");
            }
            if (q.expiresFrom() != null) {
                hql.append(" and c.validUntil >= :from");
            }
            if (q.expiresTo() != null) {
                hql.append(" and c.validUntil <= :to");
            }
            hql.append(" order by c.createdAt desc, c.id desc");
            SelectionQuery<Consent> query = s.createSelectionQuery(hql.toString(), Consent.class);
            if (citizenIds != null) {
                if (byIds) {
                    if (!citizenIds.isEmpty()) {
                        query.setParameterList("cids", citizenIds);
                    }
                    if (!supplierIds.isEmpty()) {
                        query.setParameterList("sids", supplierIds);
                    }
                } else if (cprPrefix != null) {
                    query.setParameter("cpr", cprPrefix + "%");
                } else {
                    query.setParameter("like", "%" + text + "%");
                }
            }
            if (q.supplierId() != null) {
                query.setParameter("supplier", q.supplierId());
            }
            if (q.status() != null) {
                query.setParameter("status", q.status());
                if (q.status() != ConsentStatus.WITHDRAWN) {
                    query.setParameter("today", today);
                }
                if (q.status() == ConsentStatus.EXPIRED) {
                    query.setParameterList("open", List.of(ConsentStatus.REGISTERED, ConsentStatus.SENT,
                            ConsentStatus.RECEIVED));
                }
            }
            if (q.expiresFrom() != null) {
                query.setParameter("from", q.expiresFrom());
            }
            if (q.expiresTo() != null) {
                query.setParameter("to", q.expiresTo());
            }
            return query.setMaxResults(q.limit()).getResultList().stream().map(c -> summary(c, today)).toList();
        });
    }

    static ConsentSummary summary(Consent c, java.time.LocalDate today) {
        return new ConsentSummary(c.getId(), c.getCitizen().getName(), Cpr.mask(c.getCitizen().getCpr()),
                c.getSupplier().getName(), c.getServices(), c.statusOn(today), c.getValidFrom(), c.getValidUntil(),
                c.getSignedOn());
    }

    /** "120438-1234", "1204381234", "120438" → the stored form's prefix ("120438-1234", "120438"); else null. */
    static String cprPrefix(String text) {
        if (!text.matches("\\d{6}(-?\\d{0,4})?")) {
            return null;
        }
        String digits = text.replace("-", "");
        return digits.length() == 6 ? digits : digits.substring(0, 6) + "-" + digits.substring(6);
    }
}
