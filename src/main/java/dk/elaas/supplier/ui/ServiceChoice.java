package dk.elaas.supplier.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One service checkbox in the supplier form. */
public final class ServiceChoice {

    private final String code;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public ServiceChoice(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }
    public String label() { return label; }
    public BooleanProperty selectedProperty() { return selected; }
}
