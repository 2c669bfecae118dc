package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.validation.DanishDates;
import dk.elaas.onboarding.CaseDetail;
import dk.elaas.onboarding.CaseKind;
import dk.elaas.onboarding.CaseState;
import dk.elaas.onboarding.CitizenLine;
import dk.elaas.onboarding.OnboardingSettings;
import dk.elaas.onboarding.OnboardingStepKind;
import dk.elaas.onboarding.StepStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The wizard's sentences built from a case: header, step guidance with the configured contacts, who did what. */
final class WizardTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final I18n i18n;
    private final Clock clock;
    private final CitizenTexts citizens;

    WizardTexts(I18n i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
        this.citizens = new CitizenTexts(i18n);
    }

    /** Recipients and phone numbers as configured: the workflow document's contacts change between versions. */
    record Contacts(String systemOwner, String oejb, OnboardingSettings.Contacts settings) {
        static Contacts of(List<String> systemOwner, List<String> oejb, OnboardingSettings.Contacts settings) {
            return new Contacts(String.join(", ", systemOwner), String.join(", ", oejb), settings);
        }
    }

    String company(CaseDetail d) {
        return i18n.get("onboarding.wizard.company", Objects.toString(d.supplierName(), ""),
                Objects.toString(d.supplierCvr(), ""));
    }

    String state(CaseDetail d) {
        return i18n.get("onboarding.kind." + d.kind().name().toLowerCase(Locale.ROOT)) + " · "
                + i18n.get("onboarding.state." + d.state().name().toLowerCase(Locale.ROOT));
    }

    String waiting(CaseDetail d) {
        if (d.waitingOn() == null || d.state() == CaseState.CLOSED) {
            return "";
        }
        long days = d.waitingSince() == null ? 0
                : Math.max(0, Duration.between(d.waitingSince(), clock.instant()).toDays());
        return i18n.get("onboarding.wizard.waiting", lowerFirst(i18n.get(d.waitingOn().messageKey())), days);
    }

    /** "Medarbejderen" reads "medarbejderen" mid-sentence; "ØJB" stays as it is. */
    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    String stepHeading(OnboardingStepKind k) {
        return i18n.get("onboarding.wizard.stepOf", k.number(), OnboardingStepKind.values().length,
                i18n.get(k.messageKey() + ".title"));
    }

    String what(OnboardingStepKind k) {
        return i18n.get(k.messageKey() + ".what");
    }

    String who(OnboardingStepKind k) {
        return i18n.get(k.messageKey() + ".who");
    }

    String contact(OnboardingStepKind k, Contacts c) {
        if (c == null) {
            return "";
        }
        return i18n.get(k.messageKey() + ".contact", c.systemOwner(), c.oejb(), c.settings().oejbPhone(),
                c.settings().oejbHours(), c.settings().vendorPortal());
    }

    /** Who completed the step and when, with any corrections; "not yet" otherwise. */
    String completed(CaseDetail d, OnboardingStepKind k) {
        CaseDetail.StepRecord r = d.step(k);
        if (r.status() != StepStatus.DONE || r.completedAt() == null) {
            return i18n.get(k == d.currentStep() ? "onboarding.wizard.notCompleted" : "onboarding.wizard.notYet");
        }
        String text = i18n.get("onboarding.wizard.completedBy", Objects.toString(r.completedBy(), ""),
                date(r.completedAt()), time(r.completedAt()));
        return r.notes() == null || r.notes().isBlank() ? text
                : text + "\n" + i18n.get("onboarding.wizard.corrections") + "\n" + r.notes();
    }

    /** Why a done step cannot be corrected now, or "". */
    String locked(CaseDetail d, OnboardingStepKind k) {
        if (d.state() == CaseState.CLOSED) {
            return i18n.get("onboarding.error.closed");
        }
        if (d.state() == CaseState.ACTIVE && (k == OnboardingStepKind.CONSENT || k == OnboardingStepKind.PHONIRO)) {
            return i18n.get("onboarding.error.activeLocked");
        }
        return "";
    }

    String active(CaseDetail d) {
        if (d.kind() != CaseKind.ONBOARDING || d.state() != CaseState.ACTIVE) {
            return d.kind() == CaseKind.ONBOARDING && d.state() == CaseState.CLOSED ? i18n.get("onboarding.wizard.closed") : "";
        }
        long granted = d.citizens().stream().filter(l -> l.grantId() != null && l.grantActive()).count();
        String names = String.join(", ", d.citizens().stream().filter(l -> l.grantId() != null && l.grantActive())
                .map(CitizenLine::citizenName).toList());
        return i18n.get("onboarding.wizard.active", d.activatedAt() == null ? "" : date(d.activatedAt()), granted, names);
    }

    String offboardingHeading(CaseDetail d) {
        return i18n.get("onboarding.wizard.offboard.heading", d.employeeName());
    }

    String offboardingScope(CaseDetail d) {
        return d.citizenName() == null ? i18n.get("onboarding.wizard.offboard.all")
                : i18n.get("onboarding.wizard.offboard.citizen", d.citizenName());
    }

    String offboardingStatus(CaseDetail d) {
        if (d.deletionConfirmedOn() != null) {
            return i18n.get("onboarding.wizard.offboard.confirmed", DanishDates.format(d.deletionConfirmedOn()),
                    Objects.toString(d.deletionConfirmedBy(), ""));
        }
        return i18n.get("onboarding.wizard.offboard.what");
    }

    /** Step 6's refusal in words: the service names problems by key, the screen by what is missing. */
    String blocked(CaseDetail d, Object[] args) {
        List<String> problems = d == null ? List.of() : d.citizens().stream().filter(l -> l.problem() != null)
                .map(l -> citizens.problem(l.problem())).toList();
        if (problems.isEmpty()) {
            return i18n.get("onboarding.gate.blocked", args);
        }
        return i18n.get("onboarding.gate.blocked", problems.size(), String.join(" ", problems));
    }

    String date(Instant at) {
        return DanishDates.format(LocalDate.ofInstant(at, clock.getZone()));
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(clock.getZone()));
    }
}
