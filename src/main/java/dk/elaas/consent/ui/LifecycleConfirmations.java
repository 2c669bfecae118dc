package dk.elaas.consent.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.consent.ConsentDetail;
import dk.elaas.consent.ConsentGrantLine;
import dk.elaas.consent.ConsentLifecycleService;
import java.time.LocalDate;

/** What each lifecycle step will do, as the confirmation before it says it. */
final class LifecycleConfirmations {

    private final I18n i18n;

    LifecycleConfirmations(I18n i18n) {
        this.i18n = i18n;
    }

    String send(ConsentDetail d) {
        return i18n.get("consent.confirm.send", d.citizenName(), d.supplierName());
    }

    String received(ConsentDetail d, LocalDate on) {
        return i18n.get("consent.confirm.received", d.citizenName(), DateFields.format(on), d.supplierName(),
                ConsentLifecycleService.UNDO_RECEIVED.toMinutes());
    }

    String withdraw(ConsentDetail d, String reason) {
        long active = d.grants().stream().filter(ConsentGrantLine::active).count();
        return i18n.get("consent.confirm.withdraw", d.citizenName(), active, reason.strip());
    }
}
