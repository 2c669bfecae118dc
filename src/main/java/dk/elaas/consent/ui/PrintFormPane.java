package dk.elaas.consent.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.consent.PrintedFormService.CitizenChoice;
import dk.elaas.supplier.SupplierRecord;
import java.io.File;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** "Ny samtykkeerklæring til udskrift": choose citizen and supplier (or neither), save the PDF. */
final class PrintFormPane {

    private static final List<String> SERVICES = List.of("DAGLIGVARER", "MEDICIN", "TOEJVASK", "MADSERVICE");

    private final VBox root = new VBox(8);

    PrintFormPane(PrintFormViewModel vm, ObservableList<SupplierRecord> suppliers, I18n i18n, Runnable cancel) {
        root.setPadding(new Insets(8, 12, 12, 12));
        root.setId("print-form");
        Label title = new Label(i18n.get("printForm.title"));
        title.getStyleClass().add("title-4");
        Label intro = new Label(i18n.get("printForm.intro"));
        intro.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, inputs);
        int row = 0;
        TextField query = new TextField();
        query.setId("printFormCitizenQuery");
        query.setPromptText(i18n.get("printForm.citizenSearch"));
        query.textProperty().bindBidirectional(vm.citizenQueryProperty());
        query.setOnAction(e -> vm.searchCitizens());
        Button search = new Button(i18n.get("printForm.search"));
        search.setOnAction(e -> vm.searchCitizens());
        grid.addRow(row++, new Label(i18n.get("consent.column.citizen")), shrinkingFirst(query, search));
        ComboBox<CitizenChoice> citizen = new ComboBox<>(vm.citizens());
        citizen.setId("printFormCitizen");
        citizen.setPromptText(i18n.get("printForm.blank"));
        citizen.setConverter(new StringConverter<>() {
            @Override public String toString(CitizenChoice c) {
                return c == null ? "" : c.name() + (c.address() == null ? "" : ", " + c.address());
            }
            @Override public CitizenChoice fromString(String s) { return null; }
        });
        citizen.valueProperty().bindBidirectional(vm.citizenProperty());
        Button noCitizen = new Button(i18n.get("printForm.clear"));
        noCitizen.setOnAction(e -> vm.citizenProperty().set(null));
        grid.addRow(row++, new Label(""), shrinkingFirst(citizen, noCitizen));
        // Searchable (ControlsFX): type part of the supplier's name (or CVR) instead of scrolling the list.
        ComboBox<SupplierRecord> supplier = new org.controlsfx.control.SearchableComboBox<>(suppliers);
        supplier.setId("printFormSupplier");
        supplier.setPromptText(i18n.get("printForm.blank"));
        supplier.setConverter(new StringConverter<>() {
            @Override public String toString(SupplierRecord s) { return s == null ? "" : s.name() + " (CVR " + s.cvr() + ")"; }
            @Override public SupplierRecord fromString(String s) { return null; }
        });
        supplier.valueProperty().bindBidirectional(vm.supplierProperty());
        Button noSupplier = new Button(i18n.get("printForm.clear"));
        noSupplier.setOnAction(e -> vm.supplierProperty().set(null));
        grid.addRow(row++, new Label(i18n.get("consent.field.supplier")), shrinkingFirst(supplier, noSupplier));
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
        grid.addRow(row, new Label(i18n.get("consent.field.services")), services);
        Button save = new Button(i18n.get("printForm.save"));
        save.setId("printFormSave");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("printForm.save"));
            chooser.setInitialFileName(vm.suggestedFileName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File f = chooser.showSaveDialog(root.getScene().getWindow());
            if (f != null) {
                vm.save(f.toPath());
            }
        });
        Button close = new Button(i18n.get("mitid.cancel"));
        close.setOnAction(e -> cancel.run());
        intro.setMinHeight(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().setAll(title, intro, grid, new FlowPane(8, 6, save, close));
    }

    /** An input that takes the room left beside a button that always shows its whole text. */
    private static HBox shrinkingFirst(Region input, Button button) {
        input.setMinWidth(80);
        input.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(input, Priority.ALWAYS);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return new HBox(6, input, button);
    }

    Node node() {
        return root;
    }
}
