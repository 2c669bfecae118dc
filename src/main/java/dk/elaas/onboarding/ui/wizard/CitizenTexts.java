package dk.elaas.onboarding.ui.wizard;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.validation.DanishDates;
import dk.elaas.onboarding.CitizenLine;
import dk.elaas.onboarding.GateProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** How consents and step 6's gate read on screen: status, services and what is missing, in the user's language. */
final class CitizenTexts {

    private final I18n i18n;

    CitizenTexts(I18n i18n) {
        this.i18n = i18n;
    }

    /** A {@code ConsentStatus} name as the consent register calls it. */
    String status(String statusName) {
        if (statusName == null) {
            return "";
        }
        String key = "consent.status." + statusName.toLowerCase(Locale.ROOT);
        return i18n.has(key) ? i18n.get(key) : statusName;
    }

    String service(String code) {
        return i18n.has("service." + code) ? i18n.get("service." + code) : code;
    }

    String services(Collection<String> codes) {
        return codes == null ? "" : String.join(", ", codes.stream().map(this::service).toList());
    }

    String date(LocalDate date) {
        return date == null ? "" : DanishDates.format(date);
    }

    /** Why access cannot be granted, with the service's detail turned into words (status, services, date). */
    String problem(GateProblem p) {
        String detail = p.detail();
        if (p.key().endsWith(".notReceived")) {
            detail = status(detail);
        } else if (p.key().endsWith(".servicesNotCovered") && detail != null) {
            detail = services(Arrays.asList(detail.split(",")));
        } else if (p.key().endsWith(".expired") && detail != null) {
            try {
                detail = DanishDates.format(LocalDate.parse(detail));
            } catch (DateTimeParseException ignored) {
                // already in a readable form
            }
        }
        return i18n.get(p.key(), p.citizenName(), detail);
    }

    /** Step 6's verdict for one citizen: granted, ready, door entry only, or exactly what is missing. */
    String readiness(CitizenLine l) {
        if (l.grantId() != null) {
            return i18n.get(l.grantActive() ? "onboarding.step.phoniro.granted" : "onboarding.step.phoniro.grantEnded");
        }
        if (l.problem() != null) {
            return problem(l.problem());
        }
        return i18n.get(l.doorEntryOnly() ? "onboarding.gate.doorEntry" : "onboarding.gate.ready");
    }
}
