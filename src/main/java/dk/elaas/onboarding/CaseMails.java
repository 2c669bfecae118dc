package dk.elaas.onboarding;

import dk.elaas.mail.MailRecord;
import dk.elaas.mail.OutboxService;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * A case cannot be completed while one of its mails was never sent: the user marks it sent, or "sendt på anden
 * vis" with a note. Checked in the transaction that would complete the case.
 */
final class CaseMails {

    private CaseMails() {
    }

    static void requireSent(OutboxService outbox, Session s, OnboardingCase c) {
        List<MailRecord> unsent = outbox.unsentForCase(s, c.getId());
        if (!unsent.isEmpty()) {
            String subjects = unsent.stream().map(m -> "“" + m.subject() + "”").collect(Collectors.joining(", "));
            throw new OnboardingException("onboarding.error.mailsUnsent", "The case's mails are not sent: " + subjects,
                    subjects);
        }
    }
}
