package dk.elaas.onboarding;

import dk.elaas.access.GrantRecord;
import dk.elaas.identity.Actor;
import dk.elaas.audit.AuditEvent;
import dk.elaas.consent.Consent;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.mail.MailRecord;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * The real onboarding services on a real H2 file (through {@link ConsentWorld}), a fixed clock in Copenhagen,
 * two suppliers and the step inputs of a case that goes through cleanly.
 */
final class OnboardingFixture implements AutoCloseable {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, CPH);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");
    static final Actor OEJB = new Actor("Hasse Eriksen", "OEJB");
    static final Actor MANAGER_A = new Actor("Susanne Holm", "SUPPLIER");
    static final Actor FIELD_STAFF = new Actor("Lars Gravesen", "FIELD_STAFF");
    static final Set<String> GROCERIES = Set.of("DAGLIGVARER");
    static final Set<String> BOTH = Set.of("DAGLIGVARER", "MEDICIN");
    /** Everything supplier B delivers. */
    static final Set<String> MEALS_AND_GROCERIES = Set.of("MADSERVICE", "DAGLIGVARER");

    final ConsentWorld w;
    /** "Nærkøb Risskov ApS": groceries and medicine. */
    final UUID supplierA;
    /** "Madhuset Aarhus ApS": meals and groceries. */
    final UUID supplierB;

    OnboardingFixture(Path dir) {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        supplierA = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER", "MEDICIN");
        supplierB = w.supplier("Madhuset Aarhus ApS", "12972997", "MADSERVICE", "DAGLIGVARER");
    }

    @Override
    public void close() {
        w.close();
    }

    OnboardingService clerk() {
        return as(CLERK, null);
    }

    OnboardingService as(Actor actor, UUID scope) {
        return w.onboarding(() -> actor, () -> scope);
    }

    /** The service as it runs on another day (the database is the same). */
    OnboardingService on(LocalDate day, Actor actor, UUID scope) {
        return new OnboardingService(w.db.tx(), clockOn(day), w.outbox, w.mailSettings, () -> actor, () -> scope);
    }

    OffboardingService offboarding(Actor actor, UUID scope) {
        return w.offboarding(() -> actor, () -> scope);
    }

    static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(11, 0).atZone(CPH).toInstant(), CPH);
    }

    // --- data -------------------------------------------------------------------------------------------

    UUID received(String citizen, String cpr, UUID supplier, Set<String> services) {
        return w.receivedConsent(citizen, cpr, supplier, services, TODAY.minusDays(20), TODAY.plusYears(1));
    }

    UUID citizenOf(UUID consentId) {
        return w.db.tx().call(s -> s.find(Consent.class, consentId).getCitizen().getId());
    }

    static NewEmployee newEmployee(UUID supplier, String first, String last) {
        return new NewEmployee(supplier, first, last, first.toLowerCase() + "@naerkoeb.dk", false, Set.of(), null);
    }

    CaseDetail start(UUID supplier, String first, String last) {
        return clerk().start(newEmployee(supplier, first, last));
    }

    long count(String entity) {
        return w.db.tx().call(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class).getSingleResult());
    }

    List<AuditEvent> audit(UUID entityId) {
        return w.db.tx().call(s -> s.createSelectionQuery("from AuditEvent e where e.entityId = :id order by e.occurredAt,"
                + " e.id", AuditEvent.class).setParameter("id", entityId.toString()).getResultList());
    }

    // --- step inputs that pass -----------------------------------------------------------------------------

    static StepInput.CitizenChoice under(UUID citizenId, UUID consentId) {
        return new StepInput.CitizenChoice(citizenId, consentId);
    }

    static StepInput.CitizenChoice doorEntry(UUID citizenId) {
        return new StepInput.CitizenChoice(citizenId, null);
    }

    static StepInput.Consents choose(StepInput.CitizenChoice... choices) {
        return new StepInput.Consents(List.of(choices));
    }

    static StepInput.EmployeeDetails details(String first, String last, String email) {
        return new StepInput.EmployeeDetails(first, last, email, false, null);
    }

    static StepInput.ExtActivation ext(String username) {
        return new StepInput.ExtActivation(TODAY.minusDays(6), TODAY.minusDays(5), username);
    }

    static StepInput.AzureGroup group() {
        return new StepInput.AzureGroup(TODAY, TODAY);
    }

    static StepInput.TwoFactor twoFactor() {
        return new StepInput.TwoFactor(true, TODAY);
    }

    static StepInput.Phoniro phoniro() {
        return new StepInput.Phoniro(TODAY, true, true, TODAY);
    }

    /** Steps 1–5 by the clerk (with the username mail before step 4): the case waits on ØJB for step 6. */
    CaseDetail toStepSix(UUID caseId, StepInput.Consents citizens, String username) {
        OnboardingService clerk = clerk();
        CaseDetail d = clerk.detail(caseId);
        clerk.save(caseId, citizens, null);
        clerk.save(caseId, details(d.data().employee().firstName(), d.data().employee().lastName(),
                d.data().employee().workEmail()), null);
        clerk.save(caseId, ext(username), null);
        clerk.queueUsernameMail(caseId);
        clerk.save(caseId, group(), null);
        clerk.save(caseId, twoFactor(), null);
        return sendMails(caseId);
    }

    /** The clerk sends the case's mails from the mail program and marks them sent (step 6 needs it). */
    CaseDetail sendMails(UUID caseId) {
        for (MailRecord m : clerk().detail(caseId).mails()) {
            if (!m.status().isSent()) {
                w.outbox.markSent(m.id());
            }
        }
        return clerk().detail(caseId);
    }

    /** A case through all six steps: active, access granted. */
    CaseDetail active(UUID caseId, StepInput.Consents citizens, String username) {
        toStepSix(caseId, citizens, username);
        return as(OEJB, null).save(caseId, phoniro(), null);
    }

    List<GrantRecord> activeGrants(UUID citizenId) {
        return w.grants.activeForCitizen(citizenId);
    }

    // --- mails ---------------------------------------------------------------------------------------------

    static MailRecord mail(CaseDetail d, String kind) {
        List<MailRecord> of = d.mails().stream().filter(m -> m.kind().equals(kind)).toList();
        if (of.size() != 1) {
            throw new AssertionError("Expected one " + kind + " mail on the case, found " + d.mails());
        }
        return of.get(0);
    }

    MimeMessage parse(UUID mailId) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(w.outbox.eml(mailId)));
    }

    static List<String> to(MimeMessage m) throws Exception {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress())
                .toList();
    }

    static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof Multipart mp) {
            return ((String) mp.getBodyPart(0).getContent()).replace("\r\n", "\n");
        }
        return ((String) content).replace("\r\n", "\n");
    }
}
