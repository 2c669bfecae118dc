package dk.elaas.consent;

import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.ChangeRecorder;
import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.Cpr;
import dk.elaas.common.validation.Cvr;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Phone;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.common.validation.Validated;
import dk.elaas.supplier.Supplier;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Registers a checked consent: citizen (found by CPR or created), supplier (existing or created after the
 * user confirmed), the consent in status {@code REGISTERED}, its first status-history row and its stored
 * files — all in one transaction, so a failure stores nothing. Audit rows come with the same transaction.
 */
public final class ConsentRegistrationService {

    private static final String REQUIRED = "validation.required";

    private final Tx tx;
    private final Clock clock;
    private final Postcodes postcodes;
    private final java.util.function.Supplier<String> actorName;

    private final ChangeRecorder changes;

    public ConsentRegistrationService(Tx tx, Clock clock, Postcodes postcodes,
                                      java.util.function.Supplier<String> actorName) {
        this(tx, clock, postcodes, actorName, ChangeRecorder.NONE);
    }

    /** {@code changes} hears of each registration inside its transaction (the client's sync queue). */
    public ConsentRegistrationService(Tx tx, Clock clock, Postcodes postcodes,
                                      java.util.function.Supplier<String> actorName, ChangeRecorder changes) {
        this.tx = tx;
        this.clock = clock;
        this.postcodes = postcodes;
        this.actorName = actorName;
        this.changes = changes;
    }

    /** Field key → problem, for every field of the draft that cannot be stored as it is. Empty: valid. */
    public Map<String, Validated> check(ConsentDraft d) {
        return check(d, true);
    }

    /**
     * The same rules before the scan is attached: intake checks the reviewed fields first and adds the
     * original and the PDF itself when it stores.
     */
    public Map<String, Validated> checkFieldsOnly(ConsentDraft d) {
        return check(d, false);
    }

    private Map<String, Validated> check(ConsentDraft d, boolean requireDocuments) {
        Map<String, Validated> errors = new LinkedHashMap<>();
        if (isBlank(d.citizenName())) {
            errors.put("citizen_name", Validated.error(REQUIRED));
        }
        Validated cpr = Cpr.validate(d.cpr());
        if (!cpr.isValid()) {
            errors.put("cpr", cpr);
        }
        if (!isBlank(d.postalCode())) {
            Validated pc = postcodes.validate(d.postalCode());
            if (!pc.isValid()) {
                errors.put("postal_code", pc);
            }
        }
        if (!isBlank(d.phone())) {
            Validated phone = Phone.validate(d.phone());
            if (!phone.isValid()) {
                errors.put("phone", phone);
            }
        }
        if (d.supplierId() == null) {
            if (isBlank(d.newSupplierName())) {
                errors.put("supplier_name", Validated.error("consent.validation.supplierRequired"));
            }
            Validated cvr = Cvr.validate(d.newSupplierCvr());
            if (!cvr.isValid()) {
                errors.put("supplier_cvr", cvr);
            }
        }
        checkConsentFields(errors, d.services(), d.validFrom(), d.validUntil(), d.signerRole(), d.representativeName(),
                d.signedOn(), LocalDate.now(clock));
        if (requireDocuments && d.channel() == ConsentChannel.PAPER && d.documents().isEmpty()) {
            errors.put("documents", Validated.error("consent.validation.documentRequired"));
        }
        return errors;
    }

    /** The rules for the consent's own fields, shared by registration and correction ("Ret…"). */
    static void checkConsentFields(Map<String, Validated> errors, java.util.Set<String> services, LocalDate validFrom,
                                   LocalDate validUntil, SignerRole signerRole, String representativeName,
                                   LocalDate signedOn, LocalDate today) {
        if (services.isEmpty()) {
            errors.put("services", Validated.error("consent.validation.servicesRequired"));
        }
        if (validFrom == null) {
            errors.put("valid_from", Validated.error(REQUIRED));
        } else if (validUntil != null && validUntil.isBefore(validFrom)) {
            errors.put("valid_until", Validated.error("consent.validation.untilBeforeFrom"));
        }
        if (signerRole == null) {
            errors.put("signer_role", Validated.error("consent.validation.signerRole"));
        } else if (signerRole == SignerRole.REPRESENTATIVE && isBlank(representativeName)) {
            errors.put("representative_name", Validated.error("consent.validation.representativeName"));
        }
        if (signedOn == null) {
            errors.put("signed_date", Validated.error(REQUIRED));
        } else if (signedOn.isAfter(today)) {
            errors.put("signed_date", Validated.error("consent.validation.signedInFuture"));
        }
    }

    /** Stores the consent; throws {@link InvalidInputException} (nothing stored) when {@link #check} finds problems. */
    public RegisteredConsent register(ConsentDraft d) {
        return register(d, null);
    }

    /**
     * As {@link #register(ConsentDraft)}, with the consent's id given: the server stores a laptop's queued
     * registration under the id the laptop made ({@code null}: a new one).
     */
    public RegisteredConsent register(ConsentDraft d, UUID consentId) {
        Map<String, Validated> errors = check(d);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String cpr = Cpr.validate(d.cpr()).value();
        return tx.call(s -> {
            Citizen citizen = s.createSelectionQuery("from Citizen c where c.cpr = :cpr", Citizen.class)
                    .setParameter("cpr", cpr).getResultStream().findFirst().orElse(null);
            boolean citizenCreated = citizen == null;
            if (citizenCreated) {
                citizen = new Citizen(d.citizenName().trim(), cpr);
                citizen.setLockInstalledByMso(true);
                s.persist(citizen);
            }
            fillBlanks(citizen, d);
            SupplierChoice supplier = supplier(s, d);
            Consent consent = new Consent(citizen, supplier.supplier());
            if (consentId != null) {
                consent.useIdFrom(consentId);
            }
            consent.setServices(d.services());
            consent.setValidFrom(d.validFrom());
            consent.setValidUntil(d.validUntil());
            consent.setSignerRole(d.signerRole());
            consent.setRepresentativeName(d.signerRole() == SignerRole.REPRESENTATIVE ? trim(d.representativeName()) : null);
            consent.setSignedOn(d.signedOn());
            consent.setCollectedByName(trim(d.collectedByName()));
            consent.setCollectedByOrg(d.collectedByOrg());
            consent.setChannel(d.channel());
            consent.setReceiptReference(trim(d.receiptReference()));
            consent.setCopyRequested(d.copyRequested());
            consent.setOcrText(d.ocrText());
            consent.setFieldConfidence(confidenceText(d.fieldConfidence()));
            // A consent whose last valid day has passed is stored as what it is: expired (ADR 0010).
            boolean expired = isExpired(d);
            if (expired) {
                consent.setStatus(ConsentStatus.EXPIRED);
            }
            s.persist(consent);
            s.persist(new ConsentStatusChange(consent, null, consent.getStatus(), clock.instant(),
                    actorName.get(), expired ? "Gyldig til " + d.validUntil() + " var passeret ved registreringen" : null));
            for (ConsentDraft.Document doc : d.documents()) {
                byte[] content = doc.content();
                s.persist(new ConsentDocument(consent, doc.kind(), doc.fileName(), doc.mediaType(), sha256(content),
                        doc.pageCount(), content));
            }
            s.flush();
            changes.record(s, RegisterConsentCommand.KIND, consent.getId(), RegisterConsentCommand.of(consent.getId(), d,
                    supplier.supplier()));
            return new RegisteredConsent(consent.getId(), citizen.getId(), supplier.supplier().getId(), citizenCreated,
                    supplier.created(), consent.getStatus());
        });
    }

    /** True when the draft's valid-until date has already passed: it would be stored as expired. */
    public boolean isExpired(ConsentDraft d) {
        return d.validUntil() != null && d.validUntil().isBefore(LocalDate.now(clock));
    }

    /** The consent that already stores a file with these bytes (an import of the same file twice). */
    public Optional<UUID> consentWithFile(String sha256) {
        return tx.call(s -> s.createSelectionQuery(
                        "select d.consent.id from ConsentDocument d where d.sha256 = :sha", UUID.class)
                .setParameter("sha", sha256).setMaxResults(1).getResultStream().findFirst());
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private record SupplierChoice(Supplier supplier, boolean created) {
    }

    private SupplierChoice supplier(Session s, ConsentDraft d) {
        if (d.supplierId() != null) {
            Supplier found = s.find(Supplier.class, d.supplierId());
            if (found == null) {
                throw new InvalidInputException(Map.of("supplier_name", Validated.error("consent.validation.supplierRequired")));
            }
            return new SupplierChoice(found, false);
        }
        String cvr = Cvr.validate(d.newSupplierCvr()).value();
        Supplier existing = s.createSelectionQuery("from Supplier s where s.cvr = :cvr", Supplier.class)
                .setParameter("cvr", cvr).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            return new SupplierChoice(existing, false);
        }
        Supplier created = new Supplier(d.newSupplierName().trim(), cvr);
        created.setServices(d.services());
        s.persist(created);
        return new SupplierChoice(created, true);
    }

    /** A known citizen keeps their data; only what is missing is filled in from the form. */
    private void fillBlanks(Citizen c, ConsentDraft d) {
        if (isBlank(c.getAddress()) && !isBlank(d.address())) {
            c.setAddress(d.address().trim());
        }
        if (isBlank(c.getPostalCode()) && !isBlank(d.postalCode())) {
            c.setPostalCode(postcodes.validate(d.postalCode()).value());
        }
        if (isBlank(c.getCity()) && !isBlank(d.city())) {
            c.setCity(d.city().trim());
        }
        if (isBlank(c.getPhone()) && !isBlank(d.phone())) {
            c.setPhone(Phone.validate(d.phone()).value());
        }
    }

    private static String confidenceText(Map<String, Double> confidence) {
        return new TreeMap<>(confidence).entrySet().stream()
                .map(e -> e.getKey() + "=" + String.format(java.util.Locale.ROOT, "%.2f", e.getValue()))
                .collect(Collectors.joining(";"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return isBlank(s) ? null : s.trim();
    }

    /** A citizen already registered, as intake shows it to the reviewer. */
    public record KnownCitizen(UUID id, String name, String cpr) {
    }

    /** The citizen with this CPR, if known (any accepted CPR spelling). */
    public Optional<KnownCitizen> knownCitizen(String rawCpr) {
        Validated cpr = Cpr.validate(rawCpr);
        if (!cpr.isValid()) {
            return Optional.empty();
        }
        return tx.call(s -> s.createSelectionQuery("from Citizen c where c.cpr = :cpr", Citizen.class)
                .setParameter("cpr", cpr.value()).getResultStream().findFirst()
                .map(c -> new KnownCitizen(c.getId(), c.getName(), c.getCpr())));
    }

    /** For callers that want to show whether a CPR is already known before saving. */
    public Optional<UUID> citizenIdByCpr(String rawCpr) {
        Validated cpr = Cpr.validate(rawCpr);
        if (!cpr.isValid()) {
            return Optional.empty();
        }
        return tx.call(s -> s.createSelectionQuery("select c.id from Citizen c where c.cpr = :cpr", UUID.class)
                .setParameter("cpr", cpr.value()).getResultStream().findFirst());
    }
}
