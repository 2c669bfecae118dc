package dk.elaas.supplier;

import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.Cvr;
import dk.elaas.common.validation.Email;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Phone;
import dk.elaas.common.validation.Validated;
import dk.elaas.common.persistence.ConcurrentChangeException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** The supplier register's use cases. Each public method is one transaction and returns records. */
public final class SupplierService implements SupplierLister {

    private final Tx tx;
    private final Clock clock;

    public SupplierService(Tx tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Suppliers whose name, CVR, contact person or service matches {@code filter} (blank: all), by name. */
    public List<SupplierRecord> list(String filter) {
        String f = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        return tx.call(s -> s.createSelectionQuery(
                        "from Supplier s where :f = '' or lower(s.name) like :like or s.cvr like :like"
                                + " or lower(s.managerName) like :like"
                                + " or lower(s.services) like :like order by lower(s.name)", Supplier.class)
                .setParameter("f", f)
                .setParameter("like", "%" + f + "%")
                .getResultList().stream().map(SupplierRecord::of).toList());
    }

    public SupplierRecord get(UUID id) {
        return tx.call(s -> SupplierRecord.of(require(s, id)));
    }

    public SupplierRecord create(SupplierForm form) {
        return tx.call(s -> {
            SupplierForm clean = validate(s, form, null);
            Supplier supplier = new Supplier(clean.name(), clean.cvr());
            apply(clean, supplier);
            s.persist(supplier);
            s.flush();
            return SupplierRecord.of(supplier);
        });
    }

    /** Saves changes made to the version the user saw; a concurrent change by someone else is refused. */
    public SupplierRecord update(UUID id, long expectedVersion, SupplierForm form) {
        return tx.call(s -> {
            Supplier supplier = require(s, id);
            if (supplier.getVersion() != expectedVersion) {
                throw new ConcurrentChangeException("Supplier " + id + " changed since version " + expectedVersion, null);
            }
            SupplierForm clean = validate(s, form, id);
            supplier.setName(clean.name());
            supplier.setCvr(clean.cvr());
            apply(clean, supplier);
            s.flush();
            return SupplierRecord.of(supplier);
        });
    }

    /** The active services suppliers can offer, in display order. */
    public List<ServiceOption> services() {
        return tx.call(s -> s.createSelectionQuery("from ServiceType t where t.active order by t.sortOrder",
                        ServiceType.class).getResultList().stream()
                .map(t -> new ServiceOption(t.getCode(), t.getNameDa(), t.getNameEn())).toList());
    }

    /** Suppliers whose yearly access review is due: never reviewed, or last reviewed {@code months} or more ago. */
    public List<SupplierRecord> reviewDue(int months) {
        LocalDate cutoff = LocalDate.now(clock).minusMonths(months);
        return tx.call(s -> s.createSelectionQuery(
                        "from Supplier s where s.lastAccessReviewOn is null or s.lastAccessReviewOn <= :cutoff"
                                + " order by lower(s.name)", Supplier.class)
                .setParameter("cutoff", cutoff).getResultList().stream().map(SupplierRecord::of).toList());
    }

    /** Checks a form without saving; the same rules {@link #create} applies. Empty map: valid. */
    public static Map<String, Validated> check(SupplierForm form, Set<String> knownServices) {
        Map<String, Validated> errors = new LinkedHashMap<>();
        if (form.name() == null || form.name().isBlank()) {
            errors.put("name", Validated.error("validation.required"));
        }
        Validated cvr = Cvr.validate(form.cvr());
        if (!cvr.isValid()) {
            errors.put("cvr", cvr);
        }
        if (form.services().isEmpty()) {
            errors.put("services", Validated.error("supplier.validation.services"));
        } else if (!knownServices.isEmpty() && !knownServices.containsAll(form.services())) {
            errors.put("services", Validated.error("supplier.validation.unknownService"));
        }
        if (notBlank(form.managerEmail())) {
            Validated email = Email.validate(form.managerEmail());
            if (!email.isValid()) {
                errors.put("managerEmail", email);
            }
        }
        if (notBlank(form.managerPhone())) {
            Validated phone = Phone.validate(form.managerPhone());
            if (!phone.isValid()) {
                errors.put("managerPhone", phone);
            }
        }
        return errors;
    }

    private SupplierForm validate(Session s, SupplierForm form, UUID self) {
        Set<String> known = s.createSelectionQuery("select t.code from ServiceType t", String.class)
                .getResultStream().collect(Collectors.toSet());
        Map<String, Validated> errors = check(form, known);
        if (!errors.containsKey("cvr")) {
            String cvr = Cvr.validate(form.cvr()).value();
            boolean taken = s.createSelectionQuery("select count(*) from Supplier s where s.cvr = :cvr and s.id <> :self",
                            Long.class)
                    .setParameter("cvr", cvr)
                    .setParameter("self", self == null ? new UUID(0, 0) : self)
                    .getSingleResult() > 0;
            if (taken) {
                errors.put("cvr", Validated.error("supplier.validation.cvrTaken", cvr));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SupplierForm(form.name().trim(), Cvr.validate(form.cvr()).value(), form.services(),
                trimToNull(form.managerName()),
                notBlank(form.managerEmail()) ? Email.validate(form.managerEmail()).value() : null,
                notBlank(form.managerPhone()) ? Phone.validate(form.managerPhone()).value() : null,
                form.dpaSignedOn(), form.lockAddendumSignedOn(), form.iso27001(), form.isae3402(),
                form.lastAccessReviewOn(), trimToNull(form.notes()));
    }

    private static void apply(SupplierForm f, Supplier s) {
        s.setServices(f.services());
        s.setManagerName(f.managerName());
        s.setManagerEmail(f.managerEmail());
        s.setManagerPhone(f.managerPhone());
        s.setDpaSignedOn(f.dpaSignedOn());
        s.setLockAddendumSignedOn(f.lockAddendumSignedOn());
        s.setIso27001(f.iso27001());
        s.setIsae3402(f.isae3402());
        s.setLastAccessReviewOn(f.lastAccessReviewOn());
        s.setNotes(f.notes());
    }

    private static Supplier require(Session s, UUID id) {
        Supplier supplier = s.find(Supplier.class, id);
        if (supplier == null) {
            throw new IllegalArgumentException("No supplier " + id);
        }
        return supplier;
    }

    private static boolean notBlank(String v) {
        return v != null && !v.isBlank();
    }

    private static String trimToNull(String v) {
        return notBlank(v) ? v.trim() : null;
    }
}
