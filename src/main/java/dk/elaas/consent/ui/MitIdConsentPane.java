package dk.elaas.consent.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.common.ui.DialogService;
import dk.elaas.supplier.SupplierRecord;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The form for a MitID consent, shown in the register's right-hand pane. */
final class MitIdConsentPane {

    private static final List<String> SERVICES = List.of("DAGLIGVARER", "MEDICIN", "TOEJVASK", "MADSERVICE");

    private final VBox root = new VBox(8);
    private final Label errorText = new Label();

    MitIdConsentPane(MitIdConsentViewModel vm, ObservableList<SupplierRecord> suppliers, DialogService dialogs, I18n i18n,
                     Runnable cancel) {
        root.setPadding(new Insets(8, 12, 12, 12));
        root.setId("mitid-form");
        Label title = new Label(i18n.get("mitid.title"));
        title.getStyleClass().add("title-4");
        Label intro = new Label(i18n.get("mitid.intro"));
        intro.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label(i18n.get("consent.column.citizen")), text("mitidName", vm.citizenNameProperty()));
        grid.addRow(row++, new Label(i18n.get("consent.field.cpr")), text("mitidCpr", vm.cprProperty()));
        grid.addRow(row++, new Label(i18n.get("consent.field.address")), text("mitidAddress", vm.addressProperty()));
        HBox town = new HBox(6, text("mitidPostcode", vm.postalCodeProperty()), text("mitidCity", vm.cityProperty()));
        grid.addRow(row++, new Label(""), town);
        // Searchable (ControlsFX): type part of the supplier's name (or CVR) instead of scrolling the list.
        ComboBox<SupplierRecord> supplier = new org.controlsfx.control.SearchableComboBox<>(suppliers);
        supplier.setId("mitidSupplier");
        supplier.setConverter(new StringConverter<>() {
            @Override public String toString(SupplierRecord s) { return s == null ? "" : s.name(); }
            @Override public SupplierRecord fromString(String s) { return null; }
        });
        supplier.valueProperty().bindBidirectional(vm.supplierProperty());
        grid.addRow(row++, new Label(i18n.get("consent.field.supplier")), supplier);
        FlowPane services = new FlowPane(10, 4);
        for (String code : SERVICES) {
            CheckBox box = new CheckBox(i18n.get("service." + code));
            box.setSelected(vm.services().contains(code));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    vm.services().add(code);
                } else {
                    vm.services().remove(code);
                }
            });
            services.getChildren().add(box);
        }
        grid.addRow(row++, new Label(i18n.get("consent.field.services")), services);
        grid.addRow(row++, new Label(i18n.get("consent.field.signedOn")), date(vm.signedOnProperty(), i18n));
        grid.addRow(row++, new Label(i18n.get("consent.field.validFrom")), date(vm.validFromProperty(), i18n));
        grid.addRow(row++, new Label(i18n.get("consent.field.validUntil")), date(vm.validUntilProperty(), i18n));
        grid.addRow(row++, new Label(i18n.get("mitid.reference")), text("mitidReference", vm.receiptReferenceProperty()));
        Label file = new Label();
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.receiptFileProperty().get() == null ? "" : vm.receiptFileProperty().get().getFileName().toString(),
                vm.receiptFileProperty()));
        Button choose = new Button(i18n.get("mitid.chooseReceipt"));
        choose.setOnAction(e -> dialogs.chooseFile(i18n.get("mitid.receipt")).ifPresent(vm.receiptFileProperty()::set));
        grid.addRow(row, new Label(i18n.get("mitid.receipt")), new HBox(8, choose, file));
        errorText.setId("mitidErrors");
        errorText.setWrapText(true);
        errorText.setStyle("-fx-text-fill: #cf222e");
        vm.errors().addListener((javafx.collections.MapChangeListener<String, String>) c ->
                errorText.setText(String.join("\n", vm.errors().values())));
        Button save = new Button(i18n.get("mitid.save"));
        save.setId("mitidSave");
        save.setOnAction(e -> {
            DatePicker[] dates = root.lookupAll(".date-picker").stream().map(DatePicker.class::cast)
                    .toArray(DatePicker[]::new);
            if (DateFields.commit(dates)) {
                vm.save();
            }
        });
        Button close = new Button(i18n.get("mitid.cancel"));
        close.setOnAction(e -> cancel.run());
        root.getChildren().setAll(title, intro, grid, errorText, new HBox(8, save, close));
    }

    Node node() {
        return root;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static DatePicker date(javafx.beans.property.ObjectProperty<java.time.LocalDate> p, I18n i18n) {
        DatePicker d = new DatePicker();
        DateFields.danishFormat(d, i18n);
        d.valueProperty().bindBidirectional(p);
        return d;
    }
}
