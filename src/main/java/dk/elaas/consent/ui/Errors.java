package dk.elaas.consent.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.consent.ConsentTransitionException;
import java.util.Arrays;
import java.util.Locale;

/** Turns a failure from the consent services into the Danish (or English) sentence the user reads. */
final class Errors {

    private Errors() {
    }

    static String text(I18n i18n, Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof ConsentTransitionException)
                && !(t instanceof dk.elaas.consent.ExportNotAllowedException)) {
            t = t.getCause();
        }
        if (t instanceof dk.elaas.consent.ExportNotAllowedException refused) {
            return i18n.get(refused.messageKey());
        }
        if (t instanceof ConsentTransitionException cte) {
            Object[] args = Arrays.stream(cte.args())
                    .map(a -> a instanceof ConsentStatus st ? status(i18n, st) : a).toArray();
            return i18n.get(cte.messageKey(), args);
        }
        if (t instanceof dk.elaas.common.i18n.RefusedException refused && i18n.has(refused.messageKey())) {
            // The central server's refusals and "cannot be reached" arrive in the same bundle's words.
            return i18n.get(refused.messageKey(), refused.args());
        }
        return i18n.get("error.save", String.valueOf(e.getMessage()));
    }

    static String status(I18n i18n, ConsentStatus s) {
        return i18n.get("consent.status." + s.name().toLowerCase(Locale.ROOT));
    }
}
