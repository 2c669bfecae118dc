package dk.elaas.onboarding;

import static dk.elaas.onboarding.OnboardingFixture.BOTH;
import static dk.elaas.onboarding.OnboardingFixture.MANAGER_A;
import static dk.elaas.onboarding.OnboardingFixture.NOW;
import static dk.elaas.onboarding.OnboardingFixture.choose;
import static dk.elaas.onboarding.OnboardingFixture.doorEntry;
import static dk.elaas.onboarding.OnboardingFixture.ext;
import static dk.elaas.onboarding.OnboardingFixture.mail;
import static dk.elaas.onboarding.OnboardingFixture.text;
import static dk.elaas.onboarding.OnboardingFixture.to;
import static dk.elaas.onboarding.OnboardingFixture.under;
import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.mail.MailRecord;
import dk.elaas.mail.MailStatus;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The onboarding mails of seed 000 (3.1, 3.3 and section 4), parsed back from their stored .eml as a mail
 * program reads them: recipients exactly, and exactly the fields the workflow names.
 */
class OnboardingMailTest {

    private static final String SYSTEM_OWNER = "Systemejerskab-datasikkerhed@mso.aarhus.dk";

    @TempDir
    Path dir;

    private OnboardingFixture f;
    private OnboardingService clerk;
    private UUID consent;
    private UUID inger;

    @BeforeEach
    void open() {
        f = new OnboardingFixture(dir);
        clerk = f.clerk();
        consent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        inger = f.citizenOf(consent);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** The lines "Felt: værdi" of a body, in order, for the fields the workflow names. */
    private static List<String> fields(String body) {
        return body.lines().filter(l -> l.matches("(Fornavn|Efternavn|Arbejdsmail \\(ekstern\\)|Brugernavn/ext-mailadresse"
                + "|Firmanavn|CVR-nummer|Årsag): .*")).toList();
    }

    private UUID atStep2() {
        UUID id = f.as(MANAGER_A, f.supplierA).start(OnboardingFixture.newEmployee(f.supplierA, "Anna", "Hansen")).id();
        clerk.save(id, choose(under(inger, consent)), null);
        return id;
    }

    @Test
    void stepTwoMailsTheEmployeesDetailsToTheSystemOwnerMailbox() throws Exception {
        UUID id = atStep2();
        assertThat(clerk.detail(id).mails()).as("no mail before step 2").isEmpty();

        CaseDetail d = f.as(MANAGER_A, f.supplierA).save(id, OnboardingFixture.details("Anna", "Hansen",
                "anna.hansen@naerkoeb.dk"), null);

        MailRecord record = mail(d, OnboardingMails.EMPLOYEE_DETAILS);
        assertThat(record.status()).isEqualTo(MailStatus.DRAFT);
        assertThat(record.recipients()).isEqualTo(SYSTEM_OWNER);
        assertThat(f.w.outbox.queued()).as("waits in the outbox").extracting(MailRecord::id).contains(record.id());
        MimeMessage m = f.parse(record.id());
        assertThat(to(m)).containsExactly(SYSTEM_OWNER);
        assertThat(m.getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(m.getSubject()).isEqualTo("Oprettelse af ekstern bruger: Anna Hansen, Nærkøb Risskov ApS");
        assertThat(m.getSentDate().toInstant()).isEqualTo(NOW);
        String body = text(m);
        assertThat(fields(body)).containsExactly(
                "Fornavn: Anna",
                "Efternavn: Hansen",
                "Arbejdsmail (ekstern): anna.hansen@naerkoeb.dk",
                "Firmanavn: Nærkøb Risskov ApS",
                "CVR-nummer: 10150817");
        assertThat(body).doesNotContain("Bemærk").doesNotContain("lederens").contains("Susanne Holm");
    }

    @Test
    void stepTwoMailWarnsWhenTheManagersMailIsUsedAndGoesToTheConfiguredMailbox() throws Exception {
        f.w.mailSettings.save("hjaelpemiddelcentret@mso.aarhus.dk, it-sikkerhed@mso.aarhus.dk", "vagt@ostbv.dk");
        UUID id = atStep2();

        CaseDetail d = clerk.save(id, new StepInput.EmployeeDetails("Anna", "Hansen", "susanne.holm@naerkoeb.dk", true,
                null), null);

        MimeMessage m = f.parse(mail(d, OnboardingMails.EMPLOYEE_DETAILS).id());
        assertThat(to(m)).as("the system-owner setting, not ØJB")
                .containsExactly("hjaelpemiddelcentret@mso.aarhus.dk", "it-sikkerhed@mso.aarhus.dk");
        String body = text(m);
        assertThat(fields(body)).contains("Arbejdsmail (ekstern): susanne.holm@naerkoeb.dk");
        assertThat(body).contains("Bemærk: Arbejdsmailen er lederens",
                "kun medarbejderen må igangsætte aktiveringen");
    }

    @Test
    void aCorrectedStepTwoMailsAgainOnlyWhenTheDetailsChanged() throws Exception {
        UUID id = atStep2();
        clerk.save(id, OnboardingFixture.details("Anna", "Hansen", "anna@naerkoeb.dk"), null);

        CaseDetail same = clerk.save(id, OnboardingFixture.details("Anna", "Hansen", "anna@naerkoeb.dk"), "Tjekket");
        assertThat(same.mails()).hasSize(1);

        CaseDetail changed = clerk.save(id, OnboardingFixture.details("Anna", "Hansen", "anna.h@naerkoeb.dk"),
                "Ny mailadresse");
        assertThat(changed.mails()).hasSize(2).allSatisfy(r -> assertThat(r.kind())
                .isEqualTo(OnboardingMails.EMPLOYEE_DETAILS));
        List<String> addresses = changed.mails().stream().map(r -> {
            try {
                return fields(text(f.parse(r.id()))).get(2);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(addresses).containsExactlyInAnyOrder("Arbejdsmail (ekstern): anna@naerkoeb.dk",
                "Arbejdsmail (ekstern): anna.h@naerkoeb.dk");
    }

    @Test
    void stepFoursUsernameMailGoesToTheSystemOwnerWithTheExtUsername() throws Exception {
        UUID id = atStep2();
        clerk.save(id, OnboardingFixture.details("Anna", "Hansen", "anna@naerkoeb.dk"), null);
        clerk.save(id, ext("ext34481@aarhus.dk"), null);

        CaseDetail d = f.as(MANAGER_A, f.supplierA).queueUsernameMail(id);

        assertThat(d.mails()).hasSize(2);
        MailRecord record = mail(d, OnboardingMails.USERNAME);
        MimeMessage m = f.parse(record.id());
        assertThat(to(m)).containsExactly(SYSTEM_OWNER);
        assertThat(m.getSubject()).isEqualTo("Adgangsgivende gruppe: ext34481@aarhus.dk (Anna Hansen)");
        String body = text(m);
        assertThat(fields(body)).containsExactly(
                "Fornavn: Anna",
                "Efternavn: Hansen",
                "Brugernavn/ext-mailadresse: ext34481@aarhus.dk",
                "Firmanavn: Nærkøb Risskov ApS",
                "CVR-nummer: 10150817");
        assertThat(body).contains("bestille medlemskab af den adgangsgivende gruppe", "Susanne Holm");
        assertThat(d.waitingOn()).isEqualTo(WaitingOn.SYSTEM_OWNER);
    }

    @Test
    void theOffboardingMailGoesToSystemOwnerAndOejbWithTheEmployeesFields() throws Exception {
        UUID id = f.as(MANAGER_A, f.supplierA).start(OnboardingFixture.newEmployee(f.supplierA, "Anna", "Hansen")).id();
        f.active(id, choose(under(inger, consent)), "ext34481@aarhus.dk");

        CaseDetail off = f.offboarding(MANAGER_A, f.supplierA).start(id, null, "Fratrådt 28-02-2026");

        MailRecord record = mail(off, OnboardingMails.OFFBOARDING);
        assertThat(clerk.detail(id).mails()).as("the mail belongs to the offboarding case")
                .noneMatch(r -> r.kind().equals(OnboardingMails.OFFBOARDING));
        assertThat(record.recipients()).isEqualTo(SYSTEM_OWNER + ", Hasse Eriksen <he@ostbv.dk>");
        MimeMessage m = f.parse(record.id());
        assertThat(to(m)).containsExactly(SYSTEM_OWNER, "he@ostbv.dk");
        assertThat(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[1]).getPersonal())
                .isEqualTo("Hasse Eriksen");
        assertThat(m.getSubject()).isEqualTo("Ophør af adgang: Anna Hansen, Nærkøb Risskov ApS");
        String body = text(m);
        assertThat(fields(body)).containsExactly(
                "Fornavn: Anna",
                "Efternavn: Hansen",
                "Brugernavn/ext-mailadresse: ext34481@aarhus.dk",
                "Firmanavn: Nærkøb Risskov ApS",
                "CVR-nummer: 10150817",
                "Årsag: Fratrådt 28-02-2026");
        assertThat(body).contains("skal ikke længere have adgang til borgernes elektroniske låse")
                .doesNotContain("Inger Marie Kjær").doesNotContain("120438");
    }

    @Test
    void aCitizenOnlyOffboardingMailNamesTheCitizenAndUsesTheConfiguredRecipients() throws Exception {
        f.w.mailSettings.save("hjaelpemiddelcentret@mso.aarhus.dk", "Hasse Eriksen <he@ostbv.dk>, vagt@ostbv.dk");
        UUID other = f.received("Karen Sørensen", "170945-3456", f.supplierA, BOTH);
        UUID id = f.start(f.supplierA, "Anna", "Hansen").id();
        f.active(id, choose(under(inger, consent), doorEntry(f.citizenOf(other))), "ext34481@aarhus.dk");

        CaseDetail off = f.offboarding(OnboardingFixture.CLERK, null).start(id, inger, "Borgeren er flyttet");

        MimeMessage m = f.parse(mail(off, OnboardingMails.OFFBOARDING).id());
        assertThat(to(m)).containsExactly("hjaelpemiddelcentret@mso.aarhus.dk", "he@ostbv.dk", "vagt@ostbv.dk");
        String body = text(m);
        assertThat(body).contains("adgang til låsen hos Inger Marie Kjær, Bøgevej 14, 2. tv.")
                .doesNotContain("Karen Sørensen").doesNotContain("120438");
        assertThat(fields(body)).containsExactly(
                "Fornavn: Anna",
                "Efternavn: Hansen",
                "Brugernavn/ext-mailadresse: ext34481@aarhus.dk",
                "Firmanavn: Nærkøb Risskov ApS",
                "CVR-nummer: 10150817",
                "Årsag: Borgeren er flyttet");
        assertThat(off.citizenName()).isEqualTo("Inger Marie Kjær");
        assertThat(Arrays.asList(m.getHeader("X-Unsent"))).containsExactly("1");
    }
}
