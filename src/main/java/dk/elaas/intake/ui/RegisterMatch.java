package dk.elaas.intake.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.validation.Cvr;
import dk.elaas.common.validation.Validated;
import dk.elaas.intake.KnownSupplier;
import dk.elaas.intake.SupplierMatch;
import dk.elaas.intake.SupplierMatcher;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which registered supplier the form names, kept up to date while the reviewer corrects the name and the CVR:
 * by CVR first, then by a tolerant name comparison with the candidate shown. A similar name under another valid
 * CVR is never taken on its own (it may be another company); only when nothing matches is a new supplier
 * offered.
 */
public final class RegisterMatch {

    /** How the supplier was found. */
    public enum Kind { PRINTED_FORM, BY_CVR, BY_NAME, NAME_OTHER_CVR, NONE }

    private final ObjectProperty<UUID> supplierId;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.NONE);
    private KnownSupplier candidate;
    private String formCvr;
    private List<KnownSupplier> known = List.of();

    RegisterMatch(ObjectProperty<UUID> supplierId) {
        this.supplierId = supplierId;
    }

    /** The register's suppliers (loaded off the JavaFX thread); matches again with them. */
    void known(List<KnownSupplier> suppliers, String name, String cvr) {
        this.known = List.copyOf(suppliers);
        update(name, cvr);
    }

    /** The supplier a printed form's code names: chosen until the reviewer changes the name or the CVR. */
    void printedForm(UUID id) {
        candidate = null;
        supplierId.set(id);
        kind.set(Kind.PRINTED_FORM);
    }

    /** Matches the form's current name and CVR against the register. */
    void update(String name, String rawCvr) {
        Validated cvr = rawCvr == null || rawCvr.isBlank() ? null : Cvr.validate(rawCvr);
        formCvr = cvr != null && cvr.isValid() ? cvr.value() : null;
        Optional<SupplierMatch> m = SupplierMatcher.match(name, formCvr, known);
        candidate = m.map(SupplierMatch::supplier).orElse(null);
        Kind k;
        if (m.isEmpty()) {
            k = Kind.NONE;
        } else if (m.get().byCvr()) {
            k = Kind.BY_CVR;
        } else {
            k = formCvr == null ? Kind.BY_NAME : Kind.NAME_OTHER_CVR;
        }
        supplierId.set(k == Kind.BY_CVR || k == Kind.BY_NAME ? UUID.fromString(candidate.id()) : null);
        kind.set(k);
    }

    /** What the reviewer reads under the supplier's name. */
    String text(I18n i18n) {
        return switch (kind.get()) {
            case PRINTED_FORM -> i18n.get("intake.supplier.printedForm");
            case BY_CVR -> i18n.get("intake.supplier.matched", candidate.name(), candidate.cvr());
            case BY_NAME -> i18n.get("intake.supplier.byName", candidate.name(), candidate.cvr());
            case NAME_OTHER_CVR -> i18n.get("intake.supplier.otherCvr", candidate.name(), candidate.cvr(), formCvr);
            case NONE -> i18n.get("intake.supplier.new");
        };
    }

    public ObjectProperty<Kind> kindProperty() { return kind; }
}
