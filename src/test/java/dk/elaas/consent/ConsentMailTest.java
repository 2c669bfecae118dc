package dk.elaas.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.identity.Actor;
import dk.elaas.mail.MailRecord;
import dk.elaas.mail.MailStatus;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mail "send to system owner and ØJB", parsed back from its .eml as a mail program would read it. */
class ConsentMailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;

    private ConsentWorld w;
    private UUID supplier;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, new Actor("Mette Sagsbehandler", "CLERK"));
        supplier = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER", "MEDICIN");
    }

    @AfterEach
    void close() {
        w.close();
    }

    private static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    private static String text(MimeMessage m) throws Exception {
        Multipart mp = (Multipart) m.getContent();
        return (String) mp.getBodyPart(0).getContent();
    }

    private static Part attachment(MimeMessage m) throws Exception {
        Multipart mp = (Multipart) m.getContent();
        assertThat(mp.getCount()).isEqualTo(2);
        return mp.getBodyPart(1);
    }

    @Test
    void emlDraftHasTheDefaultRecipientsDanishSubjectEveryFieldAndTheStoredPdf() throws Exception {
        UUID id = w.paperConsent("Inger Marie Kjær", "120438-1234", supplier, Set.of("DAGLIGVARER", "MEDICIN"),
                TODAY.minusDays(3), LocalDate.of(2027, 3, 6));

        LifecycleResult r = w.lifecycle.send(id);
        MimeMessage m = parse(w.outbox.eml(r.mailId()));

        assertThat(m.getHeader("X-Unsent")).containsExactly("1");
        assertThat(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()))
                .containsExactly("Systemejerskab-datasikkerhed@mso.aarhus.dk", "he@ostbv.dk");
        Address oejb = m.getRecipients(Message.RecipientType.TO)[1];
        assertThat(((InternetAddress) oejb).getPersonal()).isEqualTo("Hasse Eriksen");
        assertThat(m.getSubject()).isEqualTo("Samtykkeerklæring til elektronisk lås: Inger Marie Kjær – Nærkøb Risskov ApS");
        assertThat(m.getSubject()).as("no CPR in a subject line").doesNotContain("120438");
        assertThat(m.getSentDate().toInstant()).isEqualTo(CLOCK.instant());

        String body = text(m);
        assertThat(body).contains(
                "Borger: Inger Marie Kjær",
                "CPR-nr.: 120438-xxxx",
                "Adresse: Bøgevej 14, 2. tv., 8000 Aarhus C",
                "Ekstern leverandør: Nærkøb Risskov ApS",
                "CVR-nr.: 10150817",
                "Ydelser: Dagligvarer, Medicin",
                "Gyldig fra: 07-03-2026",
                "Gyldig til: 06-03-2027",
                "Underskrevet af: borgeren selv",
                "Underskrevet den: 07-03-2026",
                "Indhentet af: Lars Gravesen (Sundhed & Forebyggelse)",
                "Samtykke-id i eLås: " + id,
                "først gives adgang");

        assertThat(body).as("the full CPR is only in the attached form").doesNotContain("1234");
        assertThat(new String(w.outbox.eml(r.mailId()), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("nowhere in the .eml's text parts or headers").doesNotContain("120438-1234").doesNotContain("1204381234");
        Path exported = w.outbox.writeForProgram(r.mailId());
        assertThat(Files.readString(exported, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("120438-1234");

        Part pdf = attachment(m);
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(pdf.getFileName()))
                .isEqualTo("Samtykkeerklæring_Inger_Marie_Kjær.pdf");
        try (InputStream in = pdf.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(ConsentWorld.samplePdf());
        }
    }

    @Test
    void recipientsComeFromTheSettingsWhenTheAdministratorChangedThem() throws Exception {
        w.mailSettings.save("hjaelpemiddelcentret@mso.aarhus.dk", "Hasse Eriksen <he@ostbv.dk>, vagt@ostbv.dk");
        UUID id = w.paperConsent("Karen Sørensen", "170945-3456", supplier, Set.of("DAGLIGVARER"), TODAY, null);

        MimeMessage m = parse(w.outbox.eml(w.lifecycle.send(id).mailId()));

        assertThat(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()))
                .containsExactly("hjaelpemiddelcentret@mso.aarhus.dk", "he@ostbv.dk", "vagt@ostbv.dk");
        assertThat(text(m)).contains("Gyldig til: indtil tilbagekaldelse");
    }

    @Test
    void theDraftIsWrittenForTheMailProgramButCountsAsOpenedOnlyOnceTheProgramStarted() throws Exception {
        UUID id = w.paperConsent("Karen Sørensen", "170945-3456", supplier, Set.of("DAGLIGVARER"), TODAY, null);
        UUID mail = w.lifecycle.send(id).mailId();
        assertThat(w.outbox.queued()).extracting(MailRecord::id).containsExactly(mail);

        Path file = w.outbox.writeForProgram(mail);

        assertThat(file.getFileName().toString()).endsWith(".eml");
        assertThat(Files.readAllBytes(file)).isEqualTo(w.outbox.eml(mail));
        assertThat(w.outbox.forConsent(id)).as("a written file is not an opened mail")
                .singleElement().extracting(MailRecord::status).isEqualTo(MailStatus.DRAFT);
        w.outbox.markOpened(mail);
        assertThat(w.outbox.forConsent(id)).singleElement().extracting(MailRecord::status).isEqualTo(MailStatus.EXPORTED);
        w.outbox.markSent(mail);
        assertThat(w.outbox.forConsent(id)).singleElement().extracting(MailRecord::status).isEqualTo(MailStatus.SENT);
        assertThat(w.outbox.queued()).isEmpty();
    }

    @Test
    void aMailSentAnotherWayKeepsTheNoteAndLeavesTheQueueButNeverWithoutANote() {
        UUID id = w.paperConsent("Karen Sørensen", "170945-3456", supplier, Set.of("DAGLIGVARER"), TODAY, null);
        UUID mail = w.lifecycle.send(id).mailId();

        assertThatThrownBy(() -> w.outbox.markSentOtherwise(mail, "  ")).isInstanceOf(dk.elaas.mail.MailException.class);
        assertThat(w.outbox.forConsent(id)).singleElement().extracting(MailRecord::status).isEqualTo(MailStatus.DRAFT);

        w.outbox.markSentOtherwise(mail, " Læst op for ØJB i telefonen ");

        MailRecord r = w.outbox.forConsent(id).get(0);
        assertThat(r.status()).isEqualTo(MailStatus.SENT_OTHERWISE);
        assertThat(r.status().isSent()).isTrue();
        assertThat(r.sentNote()).isEqualTo("Læst op for ØJB i telefonen");
        assertThat(w.outbox.queued()).isEmpty();
    }
}
