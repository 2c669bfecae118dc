package dk.elaas.task.ui;

import dk.elaas.common.i18n.I18n;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the workflow settings pane (shown inside Indstillinger). */
public final class WorkflowSettingsView {

    private final WorkflowSettingsViewModel viewModel;

    @FXML private TextField systemOwner;
    @FXML private TextField oejb;
    @FXML private TextField expiringDays;
    @FXML private TextField notReceivedDays;
    @FXML private TextField oejbPhone;
    @FXML private TextField oejbHours;
    @FXML private TextField vendorPortal;
    @FXML private TextField reviewMonths;
    @FXML private Button saveWorkflow;
    @FXML private Label workflowMessage;

    public WorkflowSettingsView(WorkflowSettingsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        systemOwner.textProperty().bindBidirectional(viewModel.systemOwnerProperty());
        oejb.textProperty().bindBidirectional(viewModel.oejbProperty());
        expiringDays.textProperty().bindBidirectional(viewModel.expiringDaysProperty());
        notReceivedDays.textProperty().bindBidirectional(viewModel.notReceivedDaysProperty());
        oejbPhone.textProperty().bindBidirectional(viewModel.oejbPhoneProperty());
        oejbHours.textProperty().bindBidirectional(viewModel.oejbHoursProperty());
        vendorPortal.textProperty().bindBidirectional(viewModel.vendorPortalProperty());
        reviewMonths.textProperty().bindBidirectional(viewModel.reviewMonthsProperty());
        workflowMessage.textProperty().bind(viewModel.messageProperty());
        saveWorkflow.setOnAction(e -> viewModel.save());
        viewModel.load();
    }
}
