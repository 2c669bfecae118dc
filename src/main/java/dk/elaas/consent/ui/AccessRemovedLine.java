package dk.elaas.consent.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.consent.ConsentDetail;
import dk.elaas.consent.ConsentStatus;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * After a withdrawal: whether ØJB has confirmed the access is removed from the Phoniro locks, and while it has
 * not, "ØJB har fjernet adgangen …" with the date and who at ØJB said so (the task closes when it is recorded).
 */
final class AccessRemovedLine extends VBox {

    private final ConsentDetailViewModel vm;
    private final I18n i18n;
    private final Label state = new Label();
    private final Button record;
    private final VBox form = new VBox(6);
    private final DatePicker date = new DatePicker();

    AccessRemovedLine(ConsentDetailViewModel vm, I18n i18n) {
        super(6);
        this.vm = vm;
        this.i18n = i18n;
        setId("accessRemoved");
        state.setId("accessRemovedState");
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        record = new Button(i18n.get("consent.removed.action"));
        record.setId("accessRemovedButton");
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.setOnAction(e -> showForm(!form.isVisible()));
        date.setId("accessRemovedDate");
        DateFields.danishFormat(date, i18n);
        date.setAccessibleText(i18n.get("consent.removed.date"));
        TextField by = new TextField();
        by.setId("accessRemovedBy");
        by.setPromptText(i18n.get("consent.received.byPrompt"));
        by.setAccessibleText(i18n.get("consent.received.byPrompt"));
        Button ok = new Button(i18n.get("consent.removed.confirm"));
        ok.setId("confirmAccessRemoved");
        ok.setOnAction(e -> {
            if (DateFields.commit(date)) {
                vm.confirmAccessRemoved(date.getValue(), by.getText());
                showForm(false);
            }
        });
        form.getChildren().setAll(new FlowPane(8, 6, new Label(i18n.get("consent.removed.date")), date, by), ok);
        form.getStyleClass().add("inline-form");
        showForm(false);
        getChildren().setAll(state, record, form);
    }

    private void showForm(boolean show) {
        form.setVisible(show);
        form.setManaged(show);
        if (show) {
            date.setValue(vm.today());
        }
    }

    void show(ConsentDetail d) {
        boolean withdrawn = d.status() == ConsentStatus.WITHDRAWN
                && d.withdrawnByKind() != dk.elaas.consent.WithdrawnBy.SUPERSEDED;
        setVisible(withdrawn);
        setManaged(withdrawn);
        showForm(false);
        boolean waiting = vm.awaitsAccessRemoval();
        state.setText(!withdrawn ? "" : d.accessRemovedOn() == null ? i18n.get("consent.removed.waiting")
                : i18n.get("consent.removed.state", DateFields.format(d.accessRemovedOn()), d.accessRemovedBy()));
        state.getStyleClass().setAll("label", waiting ? "grant-ended" : "grant-active");
        record.setVisible(waiting);
        record.setManaged(waiting);
    }
}
