package dk.elaas.consent.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.consent.WithdrawnBy;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The consent detail's inline forms for "Modtaget af ØJB" and "Tilbagekald…"; their texts wrap, never cut. */
final class LifecycleForms {

    private LifecycleForms() {
    }

    static void received(VBox receivedForm, ConsentDetailViewModel vm, I18n i18n, Runnable close) {
        DatePicker date = new DatePicker();
        date.setId("receivedDate");
        DateFields.danishFormat(date, i18n);
        TextField by = new TextField();
        by.setId("receivedBy");
        by.setPromptText(i18n.get("consent.received.byPrompt"));
        Button ok = new Button(i18n.get("consent.received.confirm"));
        ok.setId("confirmReceived");
        ok.setDefaultButton(false);
        ok.setOnAction(e -> {
            if (!DateFields.commit(date)) {
                return;
            }
            vm.markReceived(date.getValue(), by.getText());
            close.run();
        });
        receivedForm.getChildren().setAll(wrapping(i18n.get("consent.received.intro")),
                new FlowPane(8, 6, new Label(i18n.get("consent.received.date")), date, by), ok);
        receivedForm.getStyleClass().add("inline-form");
        receivedForm.visibleProperty().addListener((o, was, now) -> {
            if (now) {
                date.setValue(vm.today());
            }
        });
        receivedForm.setVisible(false);
        receivedForm.setManaged(false);
    }

    static void withdraw(VBox withdrawForm, ConsentDetailViewModel vm, I18n i18n, Runnable close) {
        ToggleGroup who = new ToggleGroup();
        RadioButton citizen = new RadioButton(i18n.get("consent.withdraw.byCitizen"));
        citizen.setId("byCitizen");
        citizen.setToggleGroup(who);
        RadioButton onBehalf = new RadioButton(i18n.get("consent.withdraw.onBehalf"));
        onBehalf.setId("onBehalf");
        onBehalf.setToggleGroup(who);
        DatePicker date = new DatePicker();
        date.setId("withdrawDate");
        DateFields.danishFormat(date, i18n);
        TextArea reason = new TextArea();
        reason.setId("withdrawReason");
        reason.setPromptText(i18n.get("consent.withdraw.reasonPrompt"));
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        Button ok = new Button(i18n.get("consent.withdraw.confirm"));
        ok.setId("confirmWithdraw");
        ok.setOnAction(e -> {
            if (!DateFields.commit(date)) {
                return;
            }
            WithdrawnBy by = who.getSelectedToggle() == citizen ? WithdrawnBy.CITIZEN
                    : who.getSelectedToggle() == onBehalf ? WithdrawnBy.EMPLOYEE_ON_BEHALF : null;
            vm.withdraw(by, date.getValue(), reason.getText());
            close.run();
        });
        citizen.setMinWidth(Region.USE_PREF_SIZE);
        onBehalf.setMinWidth(Region.USE_PREF_SIZE);
        withdrawForm.getChildren().setAll(wrapping(i18n.get("consent.withdraw.intro")), new FlowPane(12, 4, citizen, onBehalf),
                new HBox(8, new Label(i18n.get("consent.withdraw.date")), date), reason, ok);
        withdrawForm.visibleProperty().addListener((o, was, now) -> {
            if (now) {
                date.setValue(vm.today());
                reason.clear();
                who.selectToggle(null);
            }
        });
        withdrawForm.setVisible(false);
        withdrawForm.setManaged(false);
    }

    /** A sentence that wraps to the pane's width instead of ending in "…". */
    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
