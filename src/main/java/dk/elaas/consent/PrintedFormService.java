package dk.elaas.consent;

import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Tx;
import dk.elaas.document.PrintableConsentForm;
import dk.elaas.supplier.ServiceOption;
import dk.elaas.supplier.Supplier;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Printable consent forms (issue 5 item 7): prepare one (blank or for a citizen and a supplier), render it as a
 * PDF with its QR code, and look a prepared form up by the id the QR code carries when it comes back.
 */
public final class PrintedFormService {

    private static final Locale DA = Locale.forLanguageTag("da");

    /** A citizen to choose when preparing a form. */
    public record CitizenChoice(UUID id, String name, String address) {
    }

    private final Tx tx;
    private final java.util.function.Supplier<List<ServiceOption>> services;
    private final java.util.function.Supplier<String> actorName;
    private final PrintableConsentForm renderer = new PrintableConsentForm();

    public PrintedFormService(Tx tx, java.util.function.Supplier<List<ServiceOption>> services,
                              java.util.function.Supplier<String> actorName) {
        this.tx = tx;
        this.services = services;
        this.actorName = actorName;
    }

    /**
     * Prepares and stores a form. {@code citizenId} and {@code supplierId} may each be null (printed blank);
     * {@code serviceCodes} are pre-ticked (empty: none). With a supplier that delivers exactly one service and
     * no codes given, that service is pre-ticked.
     */
    public PrintedFormValues prepare(UUID citizenId, UUID supplierId, Collection<String> serviceCodes) {
        List<ServiceOption> options = services.get();
        return tx.call(s -> {
            PrintedForm f = new PrintedForm(PrintedFormCode.VERSION);
            if (citizenId != null) {
                Citizen c = s.find(Citizen.class, citizenId);
                if (c == null) {
                    throw new IllegalArgumentException("No citizen " + citizenId);
                }
                f.setCitizenId(c.getId());
                f.setCitizenName(c.getName());
                f.setCpr(c.getCpr());
                f.setAddress(c.getAddress());
                f.setPostalCode(c.getPostalCode());
                f.setCity(c.getCity());
                f.setPhone(c.getPhone());
            }
            Collection<String> codes = serviceCodes;
            if (supplierId != null) {
                Supplier sup = s.find(Supplier.class, supplierId);
                if (sup == null) {
                    throw new IllegalArgumentException("No supplier " + supplierId);
                }
                f.setSupplierId(sup.getId());
                f.setSupplierName(sup.getName());
                f.setSupplierCvr(sup.getCvr());
                if (codes.isEmpty() && sup.getServices().size() == 1) {
                    codes = sup.getServices();
                }
            }
            Collection<String> ticked = codes;
            List<String> names = options.stream().filter(o -> ticked.contains(o.code())).map(o -> o.name(DA))
                    .sorted().toList();
            f.setServices(names.isEmpty() ? null : String.join(", ", names));
            f.setPrintedBy(actorName.get());
            s.persist(f);
            return values(f);
        });
    }

    /** The form as a two-page PDF: page one to sign with the QR code, page two for the citizen to keep. */
    public byte[] pdf(PrintedFormValues v) {
        Map<String, Boolean> ticks = new LinkedHashMap<>();
        for (String name : PrintableConsentForm.SERVICE_ORDER) {
            ticks.put(name, v.services().contains(name));
        }
        return renderer.render(new PrintableConsentForm.Prefill(v.qrPayload(),
                "Formular " + v.formVersion() + " · " + v.formId().toString().substring(0, 8),
                v.citizenName(), v.cpr(), v.address(), v.postalCode(), v.city(), v.phone(), v.supplierName(),
                v.supplierCvr(), ticks));
    }

    /** The prepared form with this id (from a QR code), if this register printed it. */
    public Optional<PrintedFormValues> find(UUID formId) {
        return tx.call(s -> Optional.ofNullable(s.find(PrintedForm.class, formId)).map(PrintedFormService::values));
    }

    /** Records that a returned form was stored as this consent. */
    public void linkConsent(UUID formId, UUID consentId) {
        tx.run(s -> {
            PrintedForm f = s.find(PrintedForm.class, formId);
            if (f != null) {
                f.setConsentId(consentId);
            }
        });
    }

    /** Citizens whose name, CPR or address contains {@code filter}, for choosing whom to print a form for. */
    public List<CitizenChoice> citizens(String filter, int max) {
        String q = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        if (q.matches("\\d{10}")) {
            q = q.substring(0, 6) + "-" + q.substring(6); // CPR typed without the dash, stored with it
        }
        String like = "%" + q + "%";
        return tx.call(s -> s.createSelectionQuery("from Citizen c where lower(c.name) like :q or c.cpr like :q "
                        + "or lower(c.address) like :q order by c.name", Citizen.class)
                .setParameter("q", like).setMaxResults(max).getResultStream()
                .map(c -> new CitizenChoice(c.getId(), c.getName(), c.getAddress())).toList());
    }

    private static PrintedFormValues values(PrintedForm f) {
        List<String> services = f.getServices() == null ? List.of()
                : Arrays.stream(f.getServices().split(",")).map(String::strip).sorted().toList();
        return new PrintedFormValues(f.getId(), f.getFormVersion(), f.getCitizenId(), f.getSupplierId(),
                f.getCitizenName(), f.getCpr(), f.getAddress(), f.getPostalCode(), f.getCity(), f.getPhone(),
                f.getSupplierName(), f.getSupplierCvr(), services, f.getConsentId());
    }
}
