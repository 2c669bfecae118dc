package dk.elaas.onboarding;

import dk.elaas.common.validation.Email;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Validated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The field rules of each step's input: required values, dates not in the future and in order, formats. */
final class StepRules {

    /** The EXT username Aarhus Kommune issues: {@code ext34481@aarhus.dk}. */
    static final Pattern EXT_USERNAME = Pattern.compile("ext\\d{3,8}@aarhus\\.dk");

    private final Clock clock;

    StepRules(Clock clock) {
        this.clock = clock;
    }

    /** Refuses the step's input field by field (message keys), before anything is read or written. */
    void validate(StepInput input) {
        Map<String, Validated> errors = new LinkedHashMap<>();
        if (input instanceof StepInput.Consents in) {
            if (in.citizens().isEmpty()) {
                errors.put("citizens", Validated.error("onboarding.validation.noCitizens"));
            }
        } else if (input instanceof StepInput.EmployeeDetails in) {
            checkEmployee(errors, in.firstName(), in.lastName(), in.workEmail());
        } else if (input instanceof StepInput.ExtActivation in) {
            date(errors, "invitationMailOn", in.invitationMailOn(), null);
            date(errors, "createdMailOn", in.createdMailOn(), in.invitationMailOn());
            if (in.extUsername() == null || in.extUsername().isBlank()) {
                errors.put("extUsername", Validated.error("validation.required"));
            } else if (!EXT_USERNAME.matcher(in.extUsername().trim().toLowerCase(Locale.ROOT)).matches()) {
                errors.put("extUsername", Validated.error("onboarding.validation.extUsername"));
            }
        } else if (input instanceof StepInput.AzureGroup in) {
            date(errors, "groupOrderedOn", in.groupOrderedOn(), null);
            date(errors, "groupConfirmedOn", in.groupConfirmedOn(), in.groupOrderedOn());
        } else if (input instanceof StepInput.TwoFactor in) {
            if (!in.onPersonalPhone()) {
                errors.put("onPersonalPhone", Validated.error("onboarding.validation.personalPhone"));
            }
            date(errors, "doneOn", in.doneOn(), null);
        } else if (input instanceof StepInput.Phoniro in) {
            date(errors, "oejbContactedOn", in.oejbContactedOn(), null);
            if (!in.userCreated()) {
                errors.put("userCreated", Validated.error("onboarding.validation.userCreated"));
            }
            if (!in.deviceRegistered()) {
                errors.put("deviceRegistered", Validated.error("onboarding.validation.deviceRegistered"));
            }
            date(errors, "confirmedOn", in.confirmedOn(), in.oejbContactedOn());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static void checkEmployee(Map<String, Validated> errors, String first, String last, String email) {
        if (first == null || first.isBlank()) {
            errors.put("firstName", Validated.error("validation.required"));
        }
        if (last == null || last.isBlank()) {
            errors.put("lastName", Validated.error("validation.required"));
        }
        Validated mail = Email.validate(email);
        if (!mail.isValid()) {
            errors.put("workEmail", mail);
        }
    }

    /** Required, not in the future, not before {@code notBefore} (the step's earlier date). */
    private void date(Map<String, Validated> errors, String field, LocalDate value, LocalDate notBefore) {
        if (value == null) {
            errors.put(field, Validated.error("validation.required"));
        } else if (value.isAfter(LocalDate.now(clock))) {
            errors.put(field, Validated.error("onboarding.validation.future"));
        } else if (notBefore != null && value.isBefore(notBefore)) {
            errors.put(field, Validated.error("onboarding.validation.beforePrevious"));
        }
    }
}
