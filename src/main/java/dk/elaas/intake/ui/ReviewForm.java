package dk.elaas.intake.ui;

import dk.elaas.common.validation.DanishDates;
import dk.elaas.common.validation.Validated;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.SignerRole;
import dk.elaas.intake.ConsentField;
import dk.elaas.intake.FieldValue;
import dk.elaas.intake.IntakeResult;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields the reviewer checks, pre-filled from the reading. Text fields hold what the user sees; the
 * draft is built from them on save, so a corrected value is what gets stored.
 */
public final class ReviewForm {

    /** The text fields, by ground-truth key; dates as dd-mm-åååå. */
    private final Map<ConsentField, StringProperty> text = new EnumMap<>(ConsentField.class);
    private final Map<String, BooleanProperty> services = new LinkedHashMap<>();
    private final ObjectProperty<SignerRole> signerRole = new SimpleObjectProperty<>();
    private final ObjectProperty<CollectorOrganisation> organisation = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> supplierId = new SimpleObjectProperty<>();
    private final StringProperty supplierMatchText = new SimpleStringProperty("");
    private final BooleanProperty createSupplier = new SimpleBooleanProperty();
    private final RegisterMatch match = new RegisterMatch(supplierId);
    private final StringProperty citizenText = new SimpleStringProperty("");
    private dk.elaas.common.i18n.I18n i18n = dk.elaas.common.i18n.I18n.danish();
    private final BooleanProperty copyRequested = new SimpleBooleanProperty();
    static final String CREATE_SUPPLIER = "create_supplier";
    static final String COPY_REQUESTED = "copy_requested";
    private boolean filling;

    static final List<ConsentField> TEXT_FIELDS = List.of(ConsentField.CITIZEN_NAME, ConsentField.CPR,
            ConsentField.ADDRESS, ConsentField.POSTAL_CODE, ConsentField.CITY, ConsentField.PHONE,
            ConsentField.SUPPLIER_NAME, ConsentField.SUPPLIER_CVR, ConsentField.VALID_FROM, ConsentField.VALID_UNTIL,
            ConsentField.REPRESENTATIVE_NAME, ConsentField.SIGNED_DATE, ConsentField.COLLECTED_BY_NAME);

    ReviewForm(List<String> serviceCodes) {
        for (ConsentField f : TEXT_FIELDS) {
            text.put(f, new SimpleStringProperty(""));
        }
        for (String code : serviceCodes) {
            services.put(code, new SimpleBooleanProperty());
        }
        javafx.beans.InvalidationListener rematch = o -> {
            match.update(get(ConsentField.SUPPLIER_NAME), get(ConsentField.SUPPLIER_CVR));
            supplierMatchText.set(match.text(i18n));
        };
        text.get(ConsentField.SUPPLIER_NAME).addListener(rematch);
        text.get(ConsentField.SUPPLIER_CVR).addListener(rematch);
    }

    /** The language the match texts are written in. */
    void i18n(dk.elaas.common.i18n.I18n language) {
        this.i18n = language;
        supplierMatchText.set(match.text(language));
    }

    /** The register's suppliers arrived (loaded off the JavaFX thread): the form's supplier is matched again. */
    void knownSuppliers(List<dk.elaas.intake.KnownSupplier> known) {
        if (match.kindProperty().get() == RegisterMatch.Kind.PRINTED_FORM) {
            return;
        }
        match.known(known, get(ConsentField.SUPPLIER_NAME), get(ConsentField.SUPPLIER_CVR));
        supplierMatchText.set(match.text(i18n));
    }

    /** Runs {@code listener} on every change the reviewer makes (not on {@link #fill} or {@link #apply}). */
    void onEdit(Runnable listener) {
        javafx.beans.InvalidationListener l = o -> {
            if (!filling) {
                listener.run();
            }
        };
        text.values().forEach(p -> p.addListener(l));
        services.values().forEach(p -> p.addListener(l));
        signerRole.addListener(l);
        organisation.addListener(l);
        createSupplier.addListener(l);
        copyRequested.addListener(l);
    }

    /** Every value the reviewer can change, by field key, as text (what is kept of the user's edits). */
    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        text.forEach((f, p) -> values.put(f.key(), p.get() == null ? "" : p.get()));
        values.put(ConsentField.SERVICES.key(), String.join(",", new TreeSet<>(services.entrySet().stream()
                .filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList())));
        values.put(ConsentField.SIGNER_ROLE.key(), signerRole.get() == null ? "" : signerRole.get().name());
        values.put(ConsentField.COLLECTED_BY_ORG.key(), organisation.get() == null ? "" : organisation.get().name());
        values.put(CREATE_SUPPLIER, Boolean.toString(createSupplier.get()));
        values.put(COPY_REQUESTED, Boolean.toString(copyRequested.get()));
        return values;
    }

    /** The values in {@code now} that differ from {@code baseline}: the reviewer's edits. */
    static Map<String, String> changes(Map<String, String> baseline, Map<String, String> now) {
        Map<String, String> changed = new LinkedHashMap<>();
        now.forEach((k, v) -> {
            if (!v.equals(baseline.getOrDefault(k, ""))) {
                changed.put(k, v);
            }
        });
        return changed;
    }

    /** Puts the reviewer's edits back over what was read; unknown keys and values are ignored. */
    void apply(Map<String, String> edits) {
        filling = true;
        try {
            for (ConsentField f : TEXT_FIELDS) {
                String v = edits.get(f.key());
                if (v != null) {
                    text.get(f).set(v);
                }
            }
            String chosen = edits.get(ConsentField.SERVICES.key());
            if (chosen != null) {
                Set<String> codes = Set.of(chosen.isBlank() ? new String[0] : chosen.split(","));
                services.forEach((code, selected) -> selected.set(codes.contains(code)));
            }
            enumValue(edits.get(ConsentField.SIGNER_ROLE.key()), SignerRole.class, signerRole);
            enumValue(edits.get(ConsentField.COLLECTED_BY_ORG.key()), CollectorOrganisation.class, organisation);
            if (edits.containsKey(CREATE_SUPPLIER)) {
                createSupplier.set(Boolean.parseBoolean(edits.get(CREATE_SUPPLIER)));
            }
            if (edits.containsKey(COPY_REQUESTED)) {
                copyRequested.set(Boolean.parseBoolean(edits.get(COPY_REQUESTED)));
            }
        } finally {
            filling = false;
        }
    }

    private static <E extends Enum<E>> void enumValue(String value, Class<E> type, ObjectProperty<E> target) {
        if (value == null) {
            return;
        }
        try {
            target.set(value.isBlank() ? null : Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            // a value from another version: keep what was read
        }
    }

    /** Fills the form from a reading and the draft the service derived from it. */
    void fill(IntakeResult r, ConsentDraft draft) {
        filling = true;
        try {
            fillFrom(r, draft);
        } finally {
            filling = false;
        }
    }

    private void fillFrom(IntakeResult r, ConsentDraft draft) {
        for (ConsentField f : TEXT_FIELDS) {
            FieldValue v = r.fields().get(f);
            text.get(f).set(display(f, v.value()));
        }
        if (draft.cpr() != null) {
            text.get(ConsentField.CPR).set(draft.cpr());
        }
        services.forEach((code, selected) -> selected.set(draft.services().contains(code)));
        signerRole.set(draft.signerRole());
        organisation.set(draft.collectedByOrg());
        if (r.printedForm().isPresent() && draft.supplierId() != null) {
            match.printedForm(draft.supplierId());
        } else {
            match.update(get(ConsentField.SUPPLIER_NAME), get(ConsentField.SUPPLIER_CVR));
            if (supplierId.get() == null && draft.supplierId() != null) {
                supplierId.set(draft.supplierId()); // the reading's own match, until the register has loaded
            }
        }
        supplierMatchText.set(match.text(i18n));
        createSupplier.set(false);
        copyRequested.set(false);
    }

    static String display(ConsentField f, String value) {
        if (value == null) {
            return "";
        }
        if (f == ConsentField.VALID_FROM || f == ConsentField.VALID_UNTIL || f == ConsentField.SIGNED_DATE) {
            try {
                LocalDate d = LocalDate.parse(value);
                return String.format("%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    /** The consent as the reviewer left it, with the confidence of each field as it was read. */
    ConsentDraft toDraft(IntakeResult read) {
        Map<String, Double> conf = new LinkedHashMap<>();
        for (ConsentField f : ConsentField.values()) {
            conf.put(f.key(), read.fields().get(f).confidence());
        }
        return toDraft(conf, raw -> raw == null ? null : DanishDates.parse(raw).orElse(null));
    }

    /** What keeps {@code draft} (this form's) from being stored, by field key: the rules, dates, a new supplier. */
    Map<String, Validated> check(ConsentDraft draft, ConsentRegistrationService registrations) {
        Map<String, Validated> found = new LinkedHashMap<>(registrations.checkFieldsOnly(draft));
        for (ConsentField f : List.of(ConsentField.VALID_FROM, ConsentField.VALID_UNTIL, ConsentField.SIGNED_DATE)) {
            String raw = text.get(f).get();
            if (raw != null && !raw.isBlank()) {
                Validated v = DanishDates.validate(raw);
                if (!v.isValid()) {
                    found.put(f.key(), v);
                }
            }
        }
        if (draft.supplierId() == null && !createSupplier.get()) {
            found.putIfAbsent("supplier_name", Validated.error("intake.supplier.confirmNew"));
        }
        return found;
    }

    /** The consent as the reviewer left it; dates that cannot be read become null (and are reported). */
    ConsentDraft toDraft(Map<String, Double> confidence, java.util.function.Function<String, LocalDate> dates) {
        Set<String> chosen = new TreeSet<>();
        services.forEach((code, selected) -> {
            if (selected.get()) {
                chosen.add(code);
            }
        });
        UUID supplier = createSupplier.get() ? null : supplierId.get();
        return new ConsentDraft(get(ConsentField.CITIZEN_NAME), get(ConsentField.CPR), get(ConsentField.ADDRESS),
                get(ConsentField.POSTAL_CODE), get(ConsentField.CITY), get(ConsentField.PHONE), supplier,
                supplier == null ? get(ConsentField.SUPPLIER_NAME) : null,
                supplier == null ? get(ConsentField.SUPPLIER_CVR) : null, chosen,
                dates.apply(get(ConsentField.VALID_FROM)), dates.apply(get(ConsentField.VALID_UNTIL)), signerRole.get(),
                get(ConsentField.REPRESENTATIVE_NAME), dates.apply(get(ConsentField.SIGNED_DATE)),
                get(ConsentField.COLLECTED_BY_NAME), organisation.get(), ConsentChannel.PAPER, null,
                copyRequested.get(), null, confidence, List.of());
    }

    private String get(ConsentField f) {
        String v = text.get(f).get();
        return v == null || v.isBlank() ? null : v.trim();
    }

    public StringProperty field(ConsentField f) { return text.get(f); }
    public Map<String, BooleanProperty> services() { return services; }
    public ObjectProperty<SignerRole> signerRoleProperty() { return signerRole; }
    public ObjectProperty<CollectorOrganisation> organisationProperty() { return organisation; }
    public ObjectProperty<UUID> supplierIdProperty() { return supplierId; }
    public StringProperty supplierMatchTextProperty() { return supplierMatchText; }
    public ObjectProperty<RegisterMatch.Kind> supplierMatchKindProperty() { return match.kindProperty(); }
    /** Whether the CPR on the form is a registered citizen's, as the reviewer reads it under the CPR. */
    public StringProperty citizenTextProperty() { return citizenText; }
    public BooleanProperty createSupplierProperty() { return createSupplier; }
    public BooleanProperty copyRequestedProperty() { return copyRequested; }
}
