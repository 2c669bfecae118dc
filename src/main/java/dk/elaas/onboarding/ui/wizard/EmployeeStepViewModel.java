package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.validation.Email;
import dk.elaas.common.validation.Validated;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.OnboardingStepKind;
import dk.elaas.onboarding.StepInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Step 2 (3.1): the details the supplier's manager mails to the system owner. Company and CVR come from the register. */
public final class EmployeeStepViewModel extends StepViewModel {

    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty workEmail = new SimpleStringProperty("");
    private final BooleanProperty usesManagerEmail = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty cvr = new SimpleStringProperty("");

    public EmployeeStepViewModel(I18n i18n, Clock clock) {
        super(i18n, clock);
        watch(firstName, lastName, workEmail);
    }

    @Override
    public OnboardingStepKind kind() {
        return OnboardingStepKind.EMPLOYEE_DETAILS;
    }

    @Override
    public Set<String> fields() {
        return Set.of("firstName", "lastName", "workEmail", "usesManagerEmail", "endDate");
    }

    @Override
    void load(CaseDetail d) {
        StepInput.EmployeeDetails e = d.data().employee();
        firstName.set(e == null || e.firstName() == null ? "" : e.firstName());
        lastName.set(e == null || e.lastName() == null ? "" : e.lastName());
        workEmail.set(e == null || e.workEmail() == null ? "" : e.workEmail());
        usesManagerEmail.set(e != null && e.usesManagerEmail());
        endDate.set(e == null ? null : e.endDate());
        company.set(d.supplierName() == null ? "" : d.supplierName());
        cvr.set(d.supplierCvr() == null ? "" : d.supplierCvr());
    }

    @Override
    public StepInput.EmployeeDetails input() {
        return new StepInput.EmployeeDetails(firstName.get(), lastName.get(), workEmail.get(), usesManagerEmail.get(),
                endDate.get());
    }

    @Override
    protected Map<String, String> check() {
        Map<String, String> out = new LinkedHashMap<>();
        if (blank(firstName.get())) {
            out.put("firstName", i18n.get("validation.required"));
        }
        if (blank(lastName.get())) {
            out.put("lastName", i18n.get("validation.required"));
        }
        Validated mail = Email.validate(workEmail.get());
        if (!mail.isValid()) {
            out.put("workEmail", i18n.get(mail.errorKey(), mail.errorArgs()));
        }
        return out;
    }

    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty lastNameProperty() { return lastName; }
    public StringProperty workEmailProperty() { return workEmail; }
    public BooleanProperty usesManagerEmailProperty() { return usesManagerEmail; }
    public ObjectProperty<LocalDate> endDateProperty() { return endDate; }
    public StringProperty companyProperty() { return company; }
    public StringProperty cvrProperty() { return cvr; }
}
