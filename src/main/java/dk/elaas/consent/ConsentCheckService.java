package dk.elaas.consent;

import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.Cpr;
import dk.elaas.common.validation.Validated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * "Has this citizen a valid consent?" in one query: by CPR (any accepted spelling) or by part of the name.
 * Per supplier it picks the consent that matters: a valid one if there is one, else the newest.
 */
public final class ConsentCheckService implements ConsentChecker {

    static final int MAX_CITIZENS = 20;

    private final Tx tx;
    private final Clock clock;
    private final java.util.function.Supplier<UUID> supplierScope;

    public ConsentCheckService(Tx tx, Clock clock) {
        this(tx, clock, () -> null);
    }

    /** As {@link ConsentQueryService}: a Supplier-role user gets the lines for their own company only. */
    public ConsentCheckService(Tx tx, Clock clock, java.util.function.Supplier<UUID> supplierScope) {
        this.tx = tx;
        this.clock = clock;
        this.supplierScope = supplierScope;
    }

    public ConsentCheck check(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return new ConsentCheck(q, List.of());
        }
        LocalDate today = LocalDate.now(clock);
        Validated cpr = Cpr.validate(q);
        UUID scope = supplierScope.get();
        return tx.call(s -> {
            List<dk.elaas.citizen.Citizen> citizens = cpr.isValid()
                    ? s.createSelectionQuery("from Citizen c where c.cpr = :cpr", dk.elaas.citizen.Citizen.class)
                            .setParameter("cpr", cpr.value()).getResultList()
                    : s.createSelectionQuery("from Citizen c where lower(c.name) like :like order by c.name",
                                    dk.elaas.citizen.Citizen.class)
                            .setParameter("like", "%" + q.toLowerCase(Locale.ROOT) + "%")
                            .setMaxResults(MAX_CITIZENS).getResultList();
            List<ConsentCheck.Citizen> answers = new ArrayList<>();
            for (dk.elaas.citizen.Citizen c : citizens) {
                List<Consent> consents = s.createSelectionQuery("from Consent k join fetch k.supplier"
                                + " where k.citizen = :c", Consent.class).setParameter("c", c).getResultList().stream()
                        .filter(k -> scope == null || scope.equals(k.getSupplier().getId())).toList();
                Map<UUID, List<Consent>> bySupplier = new LinkedHashMap<>();
                consents.stream().sorted(Comparator.comparing(k -> k.getSupplier().getName()))
                        .forEach(k -> bySupplier.computeIfAbsent(k.getSupplier().getId(), x -> new ArrayList<>()).add(k));
                List<ConsentCheck.SupplierLine> lines = bySupplier.values().stream()
                        .map(list -> line(pick(list, today), today)).toList();
                answers.add(new ConsentCheck.Citizen(c.getId(), c.getName(), Cpr.mask(c.getCpr()), address(c), lines));
            }
            return new ConsentCheck(q, answers);
        });
    }

    /** The verdict for one consent on a given day. */
    static ConsentVerdict verdict(Consent k, LocalDate today) {
        return switch (k.getStatus()) {
            case WITHDRAWN -> k.getWithdrawnByKind() == WithdrawnBy.SUPERSEDED ? ConsentVerdict.SUPERSEDED
                    : ConsentVerdict.WITHDRAWN;
            case EXPIRED -> ConsentVerdict.EXPIRED;
            // The daily expiry may not have run yet: a passed date is an expiry all the same.
            default -> k.getValidUntil() != null && k.getValidUntil().isBefore(today) ? ConsentVerdict.EXPIRED
                    : switch (k.getStatus()) {
                        case REGISTERED -> ConsentVerdict.REGISTERED_NOT_SENT;
                        case SENT -> ConsentVerdict.SENT_NOT_RECEIVED;
                        default -> k.getValidFrom() != null && k.getValidFrom().isAfter(today)
                                ? ConsentVerdict.NOT_YET_VALID : ConsentVerdict.VALID;
                    };
        };
    }

    private static Consent pick(List<Consent> list, LocalDate today) {
        Comparator<Consent> newest = Comparator.comparing(Consent::getSignedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Consent::getCreatedAt);
        return list.stream().filter(k -> verdict(k, today) == ConsentVerdict.VALID)
                // several valid ones: the one that lasts longest
                .max(Comparator.comparing((Consent k) -> k.getValidUntil() == null ? LocalDate.MAX : k.getValidUntil()))
                .orElseGet(() -> list.stream().max(Comparator.comparingInt((Consent k) -> openRank(k, today))
                        .thenComparing(newest)).orElseThrow());
    }

    /** Among consents that do not allow access, the one still on its way tells the most. */
    private static int openRank(Consent k, LocalDate today) {
        return switch (verdict(k, today)) {
            case NOT_YET_VALID -> 3;
            case SENT_NOT_RECEIVED -> 2;
            case REGISTERED_NOT_SENT -> 1;
            default -> 0;
        };
    }

    private ConsentCheck.SupplierLine line(Consent k, LocalDate today) {
        ConsentVerdict v = verdict(k, today);
        LocalDate reasonDate = switch (v) {
            case WITHDRAWN, SUPERSEDED -> k.getWithdrawnOn();
            case EXPIRED -> k.getValidUntil();
            case SENT_NOT_RECEIVED -> k.getSentAt() == null ? null : LocalDate.ofInstant(k.getSentAt(), clock.getZone());
            case NOT_YET_VALID -> k.getValidFrom();
            case VALID -> k.getReceivedOn();
            case REGISTERED_NOT_SENT -> k.getCreatedAt() == null ? null : LocalDate.ofInstant(k.getCreatedAt(), clock.getZone());
        };
        return new ConsentCheck.SupplierLine(k.getSupplier().getId(), k.getSupplier().getName(), v, k.getId(),
                k.statusOn(today), k.getServices(), k.getValidFrom(), k.getValidUntil(), reasonDate,
                v == ConsentVerdict.WITHDRAWN ? k.getStatusReason() : null);
    }

    private static String address(dk.elaas.citizen.Citizen c) {
        String street = c.getAddress() == null ? "" : c.getAddress();
        String city = ((c.getPostalCode() == null ? "" : c.getPostalCode() + " ") + (c.getCity() == null ? "" : c.getCity())).trim();
        return city.isEmpty() ? street : street.isEmpty() ? city : street + ", " + city;
    }
}
