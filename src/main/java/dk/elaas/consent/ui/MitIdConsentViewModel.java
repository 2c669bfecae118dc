package dk.elaas.consent.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.validation.Validated;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.consent.DocumentKind;
import dk.elaas.consent.SignerRole;
import dk.elaas.supplier.SupplierRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * Registers a consent the citizen gave with MitID on the self-service site: no scan, the fields, the receipt
 * reference and optionally the receipt PDF. The same checks as a paper consent (ConsentRegistrationService).
 */
public final class MitIdConsentViewModel {

    private final ConsentRegistrationService registrations;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<UUID> registered;
    private final StringProperty citizenName = new SimpleStringProperty("");
    private final StringProperty cpr = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final ObjectProperty<SupplierRecord> supplier = new SimpleObjectProperty<>();
    private final ObservableSet<String> services = FXCollections.observableSet(new TreeSet<>());
    private final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>();
    private final StringProperty receiptReference = new SimpleStringProperty("");
    private final ObjectProperty<Path> receiptFile = new SimpleObjectProperty<>();
    /** Field key (as ConsentRegistrationService names them) → Danish message. Empty: nothing wrong. */
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public MitIdConsentViewModel(ConsentRegistrationService registrations, TaskRunner runner, DialogService dialogs,
                                 I18n i18n, Consumer<UUID> registered) {
        this.registrations = registrations;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.registered = registered;
    }

    /** Fresh form; dates default to today (the usual case: the receipt just arrived). */
    public void reset(LocalDate today) {
        citizenName.set("");
        cpr.set("");
        address.set("");
        postalCode.set("");
        city.set("");
        supplier.set(null);
        services.clear();
        signedOn.set(today);
        validFrom.set(today);
        validUntil.set(null);
        receiptReference.set("");
        receiptFile.set(null);
        errors.clear();
    }

    public void save() {
        ConsentDraft draft;
        try {
            draft = draft();
        } catch (java.io.IOException e) {
            dialogs.showError(i18n.get("error.save.title"), i18n.get("mitid.error.receipt", e.getMessage()));
            return;
        }
        errors.clear();
        Map<String, Validated> problems = new java.util.LinkedHashMap<>(registrations.check(draft));
        if (receiptReference.get() == null || receiptReference.get().isBlank()) {
            problems.put("receipt_reference", Validated.error("mitid.error.reference"));
        }
        if (!problems.isEmpty()) {
            problems.forEach((k, v) -> errors.put(k, i18n.get(v.errorKey(), v.errorArgs())));
            return;
        }
        runner.run(() -> registrations.register(draft))
                .onSuccess(r -> registered.accept(r.consentId()))
                .onFailure(e -> dialogs.showError(i18n.get("error.save.title"), i18n.get("error.save", e.getMessage())));
    }

    ConsentDraft draft() throws java.io.IOException {
        List<ConsentDraft.Document> docs = List.of();
        Path file = receiptFile.get();
        if (file != null) {
            byte[] content = Files.readAllBytes(file);
            docs = List.of(new ConsentDraft.Document(DocumentKind.RECEIPT, file.getFileName().toString(),
                    "application/pdf", null, content));
        }
        return new ConsentDraft(citizenName.get(), cpr.get(), address.get(), postalCode.get(), city.get(), null,
                supplier.get() == null ? null : supplier.get().id(), null, null, Set.copyOf(services), validFrom.get(),
                validUntil.get(), SignerRole.CITIZEN, null, signedOn.get(), null, (CollectorOrganisation) null,
                ConsentChannel.MITID, receiptReference.get(), false, null, null, docs);
    }

    public StringProperty citizenNameProperty() { return citizenName; }
    public StringProperty cprProperty() { return cpr; }
    public StringProperty addressProperty() { return address; }
    public StringProperty postalCodeProperty() { return postalCode; }
    public StringProperty cityProperty() { return city; }
    public ObjectProperty<SupplierRecord> supplierProperty() { return supplier; }
    public ObservableSet<String> services() { return services; }
    public ObjectProperty<LocalDate> signedOnProperty() { return signedOn; }
    public ObjectProperty<LocalDate> validFromProperty() { return validFrom; }
    public ObjectProperty<LocalDate> validUntilProperty() { return validUntil; }
    public StringProperty receiptReferenceProperty() { return receiptReference; }
    public ObjectProperty<Path> receiptFileProperty() { return receiptFile; }
    public ObservableMap<String, String> errors() { return errors; }
}
