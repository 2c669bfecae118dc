package dk.elaas.onboarding;

import dk.elaas.mail.MailDraft;
import dk.elaas.supplier.SupplierEmployee;
import java.util.List;

/**
 * The workflow's onboarding mails with exactly the fields seed 000 names (3.1, 3.3 and 4). Plain text in
 * Danish: the recipients are Danish mailboxes, whatever language the sender's screen is in.
 */
final class OnboardingMails {

    static final String EMPLOYEE_DETAILS = "ONBOARDING_EMPLOYEE";
    static final String USERNAME = "ONBOARDING_USERNAME";
    static final String OFFBOARDING = "OFFBOARDING";

    private OnboardingMails() {
    }

    /** Step 2 (3.1): the employee's details to the system-owner mailbox. */
    static MailDraft employeeDetails(SupplierEmployee e, List<String> to, String sender) {
        StringBuilder body = new StringBuilder()
                .append("Kære systemejerskab\n\n")
                .append("Vi beder om, at der oprettes en ekstern bruger til medarbejderen nedenfor, så hun/han kan ")
                .append("bruge borgernes elektroniske låse.\n\n")
                .append(fields(e, false));
        if (e.isUsesManagerEmail()) {
            body.append("\nBemærk: Arbejdsmailen er lederens, fordi medarbejderen ikke har en arbejdsmail. ")
                    .append("Invitationen er rettet til medarbejderen, og kun medarbejderen må igangsætte aktiveringen.\n");
        }
        body.append("\nMed venlig hilsen\n").append(sender).append('\n');
        return new MailDraft(EMPLOYEE_DETAILS, to, "Oprettelse af ekstern bruger: " + name(e) + ", "
                + e.getSupplier().getName(), body.toString(), List.of());
    }

    /** Step 4 (3.3): the EXT username to the system owner, who orders the access group. */
    static MailDraft username(SupplierEmployee e, List<String> to, String sender) {
        String body = "Kære systemejerskab\n\n"
                + "Medarbejderen nedenfor er oprettet som ekstern i Aarhus Kommune. Vi beder jer bestille medlemskab "
                + "af den adgangsgivende gruppe i Azure.\n\n"
                + fields(e, true)
                + "\nMed venlig hilsen\n" + sender + "\n";
        return new MailDraft(USERNAME, to, "Adgangsgivende gruppe: " + e.getExtUsername() + " (" + name(e) + ")",
                body, List.of());
    }

    /**
     * Section 4: an access that is no longer used, to system owner and ØJB. {@code citizenLine} names the one
     * citizen whose service ends, or is null when the employee leaves altogether.
     */
    static MailDraft offboarding(SupplierEmployee e, List<String> to, String citizenLine, String reason, String sender) {
        StringBuilder body = new StringBuilder("Kære systemejerskab og Østjyllands Brandvæsen\n\n");
        if (citizenLine == null) {
            body.append("Medarbejderen nedenfor skal ikke længere have adgang til borgernes elektroniske låse. ")
                    .append("Vi beder jer slette brugerens adgang og bekræfte sletningen.\n\n");
        } else {
            body.append("Medarbejderen nedenfor skal ikke længere have adgang til låsen hos ").append(citizenLine)
                    .append(". Vi beder jer slette denne adgang og bekræfte sletningen.\n\n");
        }
        body.append(fields(e, true));
        if (reason != null && !reason.isBlank()) {
            body.append("Årsag: ").append(reason.trim()).append('\n');
        }
        body.append("\nMed venlig hilsen\n").append(sender).append('\n');
        return new MailDraft(OFFBOARDING, to, "Ophør af adgang: " + name(e) + ", " + e.getSupplier().getName(),
                body.toString(), List.of());
    }

    private static String fields(SupplierEmployee e, boolean withUsername) {
        StringBuilder b = new StringBuilder()
                .append("Fornavn: ").append(e.getFirstName()).append('\n')
                .append("Efternavn: ").append(e.getLastName()).append('\n');
        if (withUsername) {
            b.append("Brugernavn/ext-mailadresse: ").append(e.getExtUsername() == null ? "(ikke oprettet)"
                    : e.getExtUsername()).append('\n');
        } else {
            b.append("Arbejdsmail (ekstern): ").append(e.getWorkEmail()).append('\n');
        }
        return b.append("Firmanavn: ").append(e.getSupplier().getName()).append('\n')
                .append("CVR-nummer: ").append(e.getSupplier().getCvr()).append('\n').toString();
    }

    private static String name(SupplierEmployee e) {
        return e.getFirstName() + " " + e.getLastName();
    }
}
