package dk.elaas.consent.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentCorrection;
import dk.elaas.consent.ConsentDetail;
import dk.elaas.consent.SignerRole;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The inline "Ret…" form of the detail pane: the consent's own fields, prefilled, and the required reason. */
final class ConsentCorrectionForm {

    private static final List<String> SERVICES = List.of("DAGLIGVARER", "MEDICIN", "TOEJVASK", "MADSERVICE");

    private final ConsentDetailViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(6);
    private final FlowPane services = new FlowPane(10, 4);
    private final Map<String, CheckBox> serviceBoxes = new LinkedHashMap<>();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validUntil = new DatePicker();
    private final CheckBox untilWithdrawn;
    private final ToggleGroup signer = new ToggleGroup();
    private final RadioButton citizen;
    private final RadioButton representative;
    private final TextField representativeName = new TextField();
    private final DatePicker signedOn = new DatePicker();
    private final TextField collectedByName = new TextField();
    private final ComboBox<CollectorOrganisation> collectedByOrg = new ComboBox<>();
    private final CheckBox copyRequested;
    private final TextArea reason = new TextArea();

    ConsentCorrectionForm(ConsentDetailViewModel vm, I18n i18n, Runnable close) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("correctForm");
        root.getStyleClass().add("inline-form");
        untilWithdrawn = new CheckBox(i18n.get("consent.correct.untilWithdrawn"));
        untilWithdrawn.setId("correctUntilWithdrawn");
        validUntil.disableProperty().bind(untilWithdrawn.selectedProperty());
        citizen = new RadioButton(i18n.get("intake.signer.citizen"));
        citizen.setToggleGroup(signer);
        representative = new RadioButton(i18n.get("intake.signer.representative"));
        representative.setToggleGroup(signer);
        representativeName.setPromptText(i18n.get("consent.correct.representative"));
        representativeName.disableProperty().bind(representative.selectedProperty().not());
        collectedByName.setPromptText(i18n.get("consent.correct.collectedBy"));
        collectedByOrg.getItems().setAll(CollectorOrganisation.values());
        collectedByOrg.setConverter(new StringConverter<>() {
            @Override public String toString(CollectorOrganisation o) {
                return o == null ? "" : i18n.get("intake.org." + o.name().toLowerCase(Locale.ROOT));
            }
            @Override public CollectorOrganisation fromString(String s) { return null; }
        });
        copyRequested = new CheckBox(i18n.get("consent.field.copyRequested"));
        for (DatePicker p : List.of(validFrom, validUntil, signedOn)) {
            DateFields.danishFormat(p, i18n);
        }
        validUntil.setId("correctValidUntil");
        reason.setId("correctReason");
        reason.setPromptText(i18n.get("consent.correct.reason"));
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        Button save = new Button(i18n.get("consent.correct.confirm"));
        save.setId("confirmCorrect");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> {
            if (!DateFields.commit(validFrom, validUntil, signedOn)) {
                return;
            }
            vm.correct(value(), reason.getText(), close);
        });
        Button cancel = new Button(i18n.get("consent.correct.cancel"));
        cancel.setOnAction(e -> close.run());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        grid.addRow(row++, label("consent.field.services"), services);
        grid.addRow(row++, label("consent.field.validFrom"), validFrom);
        grid.addRow(row++, label("consent.field.validUntil"), new HBox(8, validUntil, untilWithdrawn));
        grid.addRow(row++, label("consent.field.signedBy"), new HBox(8, citizen, representative, representativeName));
        grid.addRow(row++, label("consent.field.signedOn"), signedOn);
        grid.addRow(row++, label("consent.field.collectedBy"), new HBox(8, collectedByName, collectedByOrg));
        grid.addRow(row, new Label(), copyRequested);
        Label intro = new Label(i18n.get("consent.correct.intro"));
        intro.setWrapText(true);
        root.getChildren().setAll(intro, grid, reason, new HBox(8, save, cancel));
    }

    Node node() {
        return root;
    }

    /** Fills the form with the consent as it is now; the reason starts empty. */
    void fill(ConsentDetail d) {
        Set<String> codes = new LinkedHashSet<>(SERVICES);
        codes.addAll(d.services());
        serviceBoxes.clear();
        for (String code : codes) {
            CheckBox box = new CheckBox(i18n.has("service." + code) ? i18n.get("service." + code) : code);
            box.setId("correctService-" + code);
            box.setSelected(d.services().contains(code));
            serviceBoxes.put(code, box);
        }
        services.getChildren().setAll(serviceBoxes.values());
        validFrom.setValue(d.validFrom());
        untilWithdrawn.setSelected(d.validUntil() == null);
        validUntil.setValue(d.validUntil());
        signer.selectToggle(d.signerRole() == SignerRole.REPRESENTATIVE ? representative
                : d.signerRole() == SignerRole.CITIZEN ? citizen : null);
        representativeName.setText(d.representativeName() == null ? "" : d.representativeName());
        signedOn.setValue(d.signedOn());
        collectedByName.setText(d.collectedByName() == null ? "" : d.collectedByName());
        collectedByOrg.setValue(d.collectedByOrg());
        copyRequested.setSelected(d.copyRequested());
        reason.clear();
    }

    private ConsentCorrection value() {
        Set<String> chosen = new LinkedHashSet<>();
        serviceBoxes.forEach((code, box) -> {
            if (box.isSelected()) {
                chosen.add(code);
            }
        });
        SignerRole role = signer.getSelectedToggle() == representative ? SignerRole.REPRESENTATIVE
                : signer.getSelectedToggle() == citizen ? SignerRole.CITIZEN : null;
        return new ConsentCorrection(chosen, validFrom.getValue(), untilWithdrawn.isSelected() ? null : validUntil.getValue(),
                role, representativeName.getText(), signedOn.getValue(), collectedByName.getText(),
                collectedByOrg.getValue(), copyRequested.isSelected());
    }

    private Label label(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("form-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
