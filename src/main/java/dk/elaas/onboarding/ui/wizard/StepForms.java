package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.onboarding.OnboardingStepKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The six steps' own fields, built once and bound to their step view models. Every input has a stable id
 * ({@code wizard-…}) and an error label ({@code wizard-…-error}) that shows the step's Danish text for it.
 */
final class StepForms {

    private final WizardViewModel vm;
    private final I18n i18n;
    private final Map<OnboardingStepKind, Node> forms = new EnumMap<>(OnboardingStepKind.class);
    private final Map<OnboardingStepKind, Control> firstField = new EnumMap<>(OnboardingStepKind.class);
    private final Map<OnboardingStepKind, Map<String, DatePicker>> dates = new EnumMap<>(OnboardingStepKind.class);

    StepForms(WizardViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        forms.put(OnboardingStepKind.CONSENT, consent());
        forms.put(OnboardingStepKind.EMPLOYEE_DETAILS, employee());
        forms.put(OnboardingStepKind.EXT_ACTIVATION, extActivation());
        forms.put(OnboardingStepKind.AZURE_GROUP, azureGroup());
        forms.put(OnboardingStepKind.TWO_FACTOR, twoFactor());
        forms.put(OnboardingStepKind.PHONIRO, phoniro());
    }

    Node form(OnboardingStepKind k) {
        return forms.get(k);
    }

    Control firstField(OnboardingStepKind k) {
        return firstField.get(k);
    }

    /** Takes over what was typed in the step's date fields and names any date that cannot be read. */
    void commitDates(OnboardingStepKind k) {
        StepViewModel step = vm.step(k);
        dates.getOrDefault(k, Map.of()).forEach((field, picker) -> {
            String text = picker.getEditor().getText();
            DateFields.commit(picker);
            step.dateText(field, text, picker.getValue());
        });
    }

    // --- step 1

    private Node consent() {
        ConsentStepViewModel step = vm.consent();
        GridPane table = new GridPane();
        table.setId("wizard-consents");
        table.setHgap(14);
        table.setVgap(4);
        Label none = new Label(i18n.get("onboarding.step.consent.noConsents"));
        none.getStyleClass().add("empty-state");
        none.setWrapText(true);
        Runnable fill = () -> {
            table.getChildren().clear();
            table.addRow(0, header("onboarding.step.consent.column.citizen"), header("onboarding.step.consent.column.cpr"),
                    header("onboarding.step.consent.column.status"), header("onboarding.step.consent.column.services"),
                    header("onboarding.step.consent.column.validUntil"));
            int row = 1;
            for (ConsentStepViewModel.ConsentChoice c : step.consents()) {
                CheckBox box = new CheckBox(c.citizen());
                box.setId("wizard-consent-" + (row - 1));
                box.selectedProperty().bindBidirectional(c.selectedProperty());
                box.setWrapText(true);
                box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                // A narrow window wraps the cells instead of cutting names, CPR and dates.
                table.addRow(row++, box, cell(c.cpr()), cell(c.status()), cell(c.services()), cell(c.validUntil()));
            }
            none.setVisible(step.consents().isEmpty());
            none.setManaged(step.consents().isEmpty());
            if (!step.consents().isEmpty()) {
                firstField.put(OnboardingStepKind.CONSENT, (Control) table.lookup("#wizard-consent-0"));
            }
        };
        step.consents().addListener((ListChangeListener<Object>) c -> fill.run());
        fill.run();
        TextField filter = new TextField();
        filter.setId("wizard-door-entry-filter");
        filter.setPromptText(i18n.get("onboarding.step.consent.doorEntryFilter"));
        filter.textProperty().bindBidirectional(step.doorEntryFilterProperty());
        ListView<ConsentStepViewModel.DoorEntryChoice> doors = new ListView<>(step.doorEntryShown());
        doors.setId("wizard-door-entry");
        doors.setPrefHeight(150);
        doors.setCellFactory(CheckBoxListCell.forListView(ConsentStepViewModel.DoorEntryChoice::selectedProperty,
                new javafx.util.StringConverter<>() {
                    @Override public String toString(ConsentStepViewModel.DoorEntryChoice c) { return c == null ? "" : c.text(); }
                    @Override public ConsentStepViewModel.DoorEntryChoice fromString(String s) { return null; }
                }));
        Label chosen = new Label();
        chosen.setId("wizard-consent-chosen");
        chosen.textProperty().bind(step.chosenTextProperty());
        return new VBox(8, section("onboarding.step.consent.consents"), none, table,
                section("onboarding.step.consent.doorEntry"), filter, doors, chosen, error(step, "citizens"));
    }

    private static Label cell(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    // --- step 2

    private Node employee() {
        EmployeeStepViewModel step = vm.employee();
        GridPane g = grid();
        int r = 0;
        r = row(g, r, step, "firstName", "onboarding.step.employeedetails.firstName",
                text("wizard-first-name", step.firstNameProperty()));
        r = row(g, r, step, "lastName", "onboarding.step.employeedetails.lastName",
                text("wizard-last-name", step.lastNameProperty()));
        r = row(g, r, step, "workEmail", "onboarding.step.employeedetails.workEmail",
                text("wizard-work-email", step.workEmailProperty()));
        CheckBox manager = check("wizard-uses-manager-email", "onboarding.step.employeedetails.usesManagerEmail");
        manager.selectedProperty().bindBidirectional(step.usesManagerEmailProperty());
        r = row(g, r, step, "usesManagerEmail", null, manager);
        r = row(g, r, step, "endDate", "onboarding.step.employeedetails.endDate",
                date(OnboardingStepKind.EMPLOYEE_DETAILS, "endDate", "wizard-end-date", step.endDateProperty()));
        Label company = new Label();
        company.setId("wizard-company-name");
        company.textProperty().bind(step.companyProperty());
        r = row(g, r, step, "company", "onboarding.step.employeedetails.company", company);
        Label cvr = new Label();
        cvr.setId("wizard-company-cvr");
        cvr.textProperty().bind(step.cvrProperty());
        row(g, r, step, "cvr", "onboarding.step.employeedetails.cvr", cvr);
        firstField.put(OnboardingStepKind.EMPLOYEE_DETAILS, (Control) g.lookup("#wizard-first-name"));
        return g;
    }

    // --- step 3

    private Node extActivation() {
        ExtActivationStepViewModel step = vm.extActivation();
        Label warning = note("wizard-manager-mailbox", "onboarding.step.extactivation.managerMailbox");
        warning.visibleProperty().bind(step.managerMailboxProperty());
        warning.managedProperty().bind(step.managerMailboxProperty());
        GridPane g = grid();
        int r = 0;
        r = row(g, r, step, "invitationMailOn", "onboarding.step.extactivation.invitationMailOn",
                date(OnboardingStepKind.EXT_ACTIVATION, "invitationMailOn", "wizard-invitation-mail-on",
                        step.invitationMailOnProperty()));
        r = row(g, r, step, "createdMailOn", "onboarding.step.extactivation.createdMailOn",
                date(OnboardingStepKind.EXT_ACTIVATION, "createdMailOn", "wizard-created-mail-on",
                        step.createdMailOnProperty()));
        TextField user = text("wizard-ext-username", step.extUsernameProperty());
        user.setPromptText("ext34481@aarhus.dk");
        row(g, r, step, "extUsername", "onboarding.step.extactivation.extUsername", user);
        return new VBox(8, warning, g);
    }

    // --- step 4

    private Node azureGroup() {
        AzureGroupStepViewModel step = vm.azureGroup();
        Button mail = new Button(i18n.get("onboarding.step.azuregroup.usernameMail"));
        mail.setId("wizard-username-mail");
        mail.disableProperty().bind(vm.busyProperty().or(vm.canSaveProperty().not().and(vm.canCorrectProperty().not())));
        mail.setOnAction(e -> vm.queueUsernameMail());
        Label status = new Label();
        status.setId("wizard-username-mail-status");
        status.setWrapText(true);
        status.textProperty().bind(step.usernameMailTextProperty());
        HBox top = new HBox(10, mail, status);
        top.setAlignment(Pos.CENTER_LEFT);
        GridPane g = grid();
        int r = row(g, 0, step, "usernameMail", null, new Label());
        r = row(g, r, step, "groupOrderedOn", "onboarding.step.azuregroup.groupOrderedOn",
                date(OnboardingStepKind.AZURE_GROUP, "groupOrderedOn", "wizard-group-ordered-on",
                        step.groupOrderedOnProperty()));
        row(g, r, step, "groupConfirmedOn", "onboarding.step.azuregroup.groupConfirmedOn",
                date(OnboardingStepKind.AZURE_GROUP, "groupConfirmedOn", "wizard-group-confirmed-on",
                        step.groupConfirmedOnProperty()));
        firstField.put(OnboardingStepKind.AZURE_GROUP, mail);
        return new VBox(8, top, g);
    }

    // --- step 5

    private Node twoFactor() {
        TwoFactorStepViewModel step = vm.twoFactor();
        Label note = note("wizard-personal-phone-note", "onboarding.step.twofactor.personalPhoneNote");
        GridPane g = grid();
        CheckBox personal = check("wizard-on-personal-phone", "onboarding.step.twofactor.onPersonalPhone");
        personal.selectedProperty().bindBidirectional(step.onPersonalPhoneProperty());
        int r = row(g, 0, step, "onPersonalPhone", null, personal);
        row(g, r, step, "doneOn", "onboarding.step.twofactor.doneOn",
                date(OnboardingStepKind.TWO_FACTOR, "doneOn", "wizard-two-factor-done-on", step.doneOnProperty()));
        firstField.put(OnboardingStepKind.TWO_FACTOR, personal);
        return new VBox(8, note, g);
    }

    // --- step 6

    private Node phoniro() {
        PhoniroStepViewModel step = vm.phoniro();
        VBox lines = new VBox(4);
        lines.setId("wizard-phoniro-citizens");
        Runnable fill = () -> {
            lines.getChildren().clear();
            List<PhoniroStepViewModel.Line> all = step.lines();
            for (int i = 0; i < all.size(); i++) {
                PhoniroStepViewModel.Line l = all.get(i);
                Label who = new Label(l.citizenName() + " (" + l.cprMasked() + ")");
                who.getStyleClass().add("wizard-citizen-name");
                Label consent = new Label(l.consent());
                consent.getStyleClass().add("form-label");
                Label verdict = new Label((l.ready() ? "✓ " : "✗ ") + l.verdict());
                verdict.setId("wizard-citizen-" + i + "-verdict");
                verdict.setWrapText(true);
                verdict.getStyleClass().add(l.ready() ? "wizard-ready" : "wizard-missing");
                VBox line = new VBox(1, who, consent, verdict);
                line.setId("wizard-citizen-" + i);
                lines.getChildren().add(line);
            }
        };
        step.lines().addListener((ListChangeListener<Object>) c -> fill.run());
        fill.run();
        GridPane g = grid();
        int r = row(g, 0, step, "oejbContactedOn", "onboarding.step.phoniro.oejbContactedOn",
                date(OnboardingStepKind.PHONIRO, "oejbContactedOn", "wizard-oejb-contacted-on",
                        step.oejbContactedOnProperty()));
        CheckBox created = check("wizard-user-created", "onboarding.step.phoniro.userCreated");
        created.selectedProperty().bindBidirectional(step.userCreatedProperty());
        r = row(g, r, step, "userCreated", null, created);
        CheckBox device = check("wizard-device-registered", "onboarding.step.phoniro.deviceRegistered");
        device.selectedProperty().bindBidirectional(step.deviceRegisteredProperty());
        r = row(g, r, step, "deviceRegistered", null, device);
        row(g, r, step, "confirmedOn", "onboarding.step.phoniro.confirmedOn",
                date(OnboardingStepKind.PHONIRO, "confirmedOn", "wizard-oejb-confirmed-on", step.confirmedOnProperty()));
        firstField.put(OnboardingStepKind.PHONIRO, (Control) g.lookup("#wizard-oejb-contacted-on"));
        return new VBox(8, section("onboarding.step.phoniro.citizens"), lines, error(step, "citizens"), g);
    }

    // --- helpers

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(2);
        return g;
    }

    /** A label, the field and, under it, the field's error; returns the next free row. */
    private int row(GridPane g, int r, StepViewModel step, String field, String labelKey, Node input) {
        Label label = new Label(labelKey == null ? "" : i18n.get(labelKey));
        label.getStyleClass().add("form-label");
        label.setMinWidth(Control.USE_PREF_SIZE);
        if (input instanceof Control c) {
            label.setLabelFor(c);
        }
        g.addRow(r, label, input);
        g.add(error(step, field), 1, r + 1);
        return r + 2;
    }

    private Label error(StepViewModel step, String field) {
        Label l = new Label();
        l.setId("wizard-" + field + "-error");
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        Runnable show = () -> {
            String text = step.errors().get(field);
            if (field.equals("citizens") || step.fields().contains(field)) {
                l.setText(text == null ? "" : text);
                l.setVisible(text != null);
                l.setManaged(text != null);
            }
        };
        step.errors().addListener((MapChangeListener<String, String>) c -> show.run());
        show.run();
        return l;
    }

    private Label header(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private Label section(String key) {
        Label l = new Label(i18n.get(key));
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    private Label note(String id, String key) {
        Label l = new Label(i18n.get(key));
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("wizard-note");
        return l;
    }

    private TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private CheckBox check(String id, String key) {
        CheckBox c = new CheckBox(i18n.get(key));
        c.setId(id);
        c.setWrapText(true);
        return c;
    }

    private DatePicker date(OnboardingStepKind k, String field, String id, ObjectProperty<LocalDate> value) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText(i18n.get("date.prompt"));
        DateFields.danishFormat(p, i18n);
        p.valueProperty().bindBidirectional(value);
        dates.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(field, p);
        return p;
    }
}
