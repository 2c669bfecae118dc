package dk.elaas.intake.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.SignerRole;
import dk.elaas.intake.ConsentField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * The intake panel's form: one row per field with its label, a "rettet" badge, the register's match under CPR
 * and supplier, and the field's error; colours by certainty; Enter moves to the next field (after the last,
 * {@code afterLast}, the save button).
 */
final class ReviewFormPane {

    private final IntakeViewModel viewModel;
    private final I18n i18n;
    private final GridPane formGrid;
    private final Runnable afterLast;
    private final Map<ConsentField, Control> controls = new EnumMap<>(ConsentField.class);
    private final Map<String, Label> errorLabels = new java.util.HashMap<>();
    private final GraphicValidationDecoration decoration = new GraphicValidationDecoration();
    /** "rettet" beside each field the reviewer changed. */
    private final Map<ConsentField, Label> correctedBadges = new EnumMap<>(ConsentField.class);
    private final List<Control> tabOrder = new ArrayList<>();

    ReviewFormPane(IntakeViewModel viewModel, I18n i18n, GridPane formGrid, Runnable afterLast) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.formGrid = formGrid;
        this.afterLast = afterLast;
    }

    /** Builds the form once the view model has loaded the services. */
    void build() {
        ReviewForm form = viewModel.form();
        int row = 0;
        for (ConsentField f : ConsentField.values()) {
            Label label = new Label(i18n.get("intake.field.label." + f.key()));
            label.getStyleClass().add("form-label");
            label.setWrapText(true);
            Node control = switch (f) {
                case SERVICES -> servicesBox(form);
                case SIGNER_ROLE -> signerRoleBox(form);
                case COLLECTED_BY_ORG -> organisationBox(form);
                default -> textField(f, form);
            };
            Label badge = new Label(i18n.get("intake.field.corrected"));
            badge.setId("corrected-" + f.key());
            badge.getStyleClass().add("corrected-badge");
            badge.setVisible(false);
            badge.setManaged(false);
            correctedBadges.put(f, badge);
            formGrid.addRow(row++, new VBox(1, label, badge), control);
            if (f == ConsentField.CPR) {
                Label known = new Label();
                known.setId("citizenMatch");
                known.getStyleClass().add("form-label");
                known.setWrapText(true);
                known.textProperty().bind(form.citizenTextProperty());
                known.managedProperty().bind(known.textProperty().isNotEmpty());
                formGrid.add(known, 1, row++);
            }
            if (f == ConsentField.SUPPLIER_NAME) {
                Label match = new Label();
                match.setId("supplierMatch");
                match.getStyleClass().add("form-label");
                match.setWrapText(true);
                match.textProperty().bind(form.supplierMatchTextProperty());
                CheckBox create = new CheckBox(i18n.get("intake.supplier.create"));
                create.setId("createSupplier");
                create.setWrapText(true);
                create.selectedProperty().bindBidirectional(form.createSupplierProperty());
                create.visibleProperty().bind(form.supplierIdProperty().isNull().or(create.selectedProperty()));
                create.managedProperty().bind(create.visibleProperty());
                formGrid.add(new VBox(2, match, create), 1, row++);
            }
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setVisible(false);
            error.setManaged(false);
            error.setId("error-" + f.key());
            errorLabels.put(f.key(), error);
            formGrid.add(error, 1, row++);
        }
        CheckBox copy = new CheckBox(i18n.get("intake.copyRequested"));
        copy.setId("copyRequested");
        copy.setWrapText(true);
        copy.setMinHeight(Region.USE_PREF_SIZE);
        copy.selectedProperty().bindBidirectional(form.copyRequestedProperty());
        formGrid.add(copy, 1, row++);
        Label docError = new Label();
        docError.getStyleClass().add("field-error");
        docError.setVisible(false);
        docError.setManaged(false);
        errorLabels.put("documents", docError);
        formGrid.add(docError, 1, row);
        formGrid.disableProperty().bind(viewModel.reviewableProperty().not());
    }

    private TextField textField(ConsentField f, ReviewForm form) {
        TextField field = new TextField();
        field.setId("field-" + f.key());
        field.textProperty().bindBidirectional(form.field(f));
        if (f == ConsentField.VALID_FROM || f == ConsentField.VALID_UNTIL || f == ConsentField.SIGNED_DATE) {
            field.setPromptText(i18n.get("intake.date.prompt"));
        }
        if (f == ConsentField.VALID_UNTIL) {
            field.setPromptText(i18n.get("intake.validUntil.prompt"));
        }
        register(f, field);
        field.setOnAction(e -> focusNext(field));
        return field;
    }

    private Node servicesBox(ReviewForm form) {
        FlowPane box = new FlowPane(12, 4);
        box.setId("field-services");
        for (Map.Entry<String, javafx.beans.property.BooleanProperty> e : form.services().entrySet()) {
            CheckBox cb = new CheckBox(viewModel.serviceName(e.getKey()));
            cb.setId("service-" + e.getKey());
            cb.selectedProperty().bindBidirectional(e.getValue());
            cb.focusedProperty().addListener((obs, old, now) -> {
                if (now) {
                    viewModel.focusedFieldProperty().set(ConsentField.SERVICES);
                }
            });
            tabOrder.add(cb);
            box.getChildren().add(cb);
        }
        controls.put(ConsentField.SERVICES, box.getChildren().isEmpty() ? null : (Control) box.getChildren().get(0));
        return box;
    }

    private ComboBox<SignerRole> signerRoleBox(ReviewForm form) {
        ComboBox<SignerRole> box = new ComboBox<>();
        box.setId("field-signer_role");
        box.getItems().setAll(SignerRole.values());
        box.setConverter(converter(r -> i18n.get("intake.signer." + r.name().toLowerCase(Locale.ROOT))));
        box.valueProperty().bindBidirectional(form.signerRoleProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        register(ConsentField.SIGNER_ROLE, box);
        return box;
    }

    private ComboBox<CollectorOrganisation> organisationBox(ReviewForm form) {
        ComboBox<CollectorOrganisation> box = new ComboBox<>();
        box.setId("field-collected_by_org");
        box.getItems().setAll(CollectorOrganisation.values());
        box.setConverter(converter(o -> i18n.get("intake.org." + o.name().toLowerCase(Locale.ROOT))));
        box.valueProperty().bindBidirectional(form.organisationProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        register(ConsentField.COLLECTED_BY_ORG, box);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void register(ConsentField f, Control control) {
        controls.put(f, control);
        tabOrder.add(control);
        control.focusedProperty().addListener((obs, old, now) -> {
            if (now) {
                viewModel.focusedFieldProperty().set(f);
            }
        });
    }

    private void focusNext(Control from) {
        int i = tabOrder.indexOf(from);
        if (i >= 0 && i + 1 < tabOrder.size()) {
            tabOrder.get(i + 1).requestFocus();
        } else {
            afterLast.run();
        }
    }

    void focus(ConsentField f) {
        Control c = controls.get(f);
        if (c != null) {
            c.requestFocus();
        }
    }

    void focusFirstError() {
        for (ConsentField f : ConsentField.values()) {
            if (viewModel.errors().containsKey(f.key())) {
                focus(f);
                return;
            }
        }
    }

    void restyle() {
        controls.forEach((f, control) -> {
            if (control == null) {
                return;
            }
            Node target = f == ConsentField.SERVICES ? control.getParent() : control;
            target.getStyleClass().removeAll("field-confident", "field-check", "field-invalid", "field-corrected");
            IntakeViewModel.Certainty c = viewModel.certainty().get(f);
            Label badge = correctedBadges.get(f);
            if (badge != null) {
                badge.setVisible(c == IntakeViewModel.Certainty.CORRECTED);
                badge.setManaged(c == IntakeViewModel.Certainty.CORRECTED);
            }
            if (c == IntakeViewModel.Certainty.CORRECTED) {
                target.getStyleClass().add("field-corrected");
            }
            if (c == IntakeViewModel.Certainty.CONFIDENT) {
                target.getStyleClass().add("field-confident");
            } else if (c == IntakeViewModel.Certainty.CHECK) {
                target.getStyleClass().add("field-check");
            } else if (c == IntakeViewModel.Certainty.INVALID) {
                target.getStyleClass().add("field-invalid");
            }
        });
    }

    void showErrors() {
        errorLabels.forEach((key, label) -> {
            String message = viewModel.errors().get(key);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
        });
        // ControlsFX's error mark on the field itself (its tooltip says why), beside the text under it.
        controls.forEach((f, control) -> {
            if (control == null) {
                return;
            }
            decoration.removeDecorations(control);
            String message = viewModel.errors().get(f.key());
            if (message != null) {
                decoration.applyValidationDecoration(ValidationMessage.error(control, message));
            }
        });
    }
}
