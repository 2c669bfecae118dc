package dk.elaas.demo;

import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Tx;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.Consent;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.consent.ConsentStatusChange;
import dk.elaas.consent.SignerRole;
import dk.elaas.access.AccessGrant;
import dk.elaas.consent.ConsentDocument;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.consent.DocumentKind;
import dk.elaas.document.ConsentFormPdf;
import dk.elaas.supplier.Supplier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads invented suppliers, citizens and consents so a new user sees a living app. Every name, CPR and
 * CVR here is made up (the CVRs satisfy modulus 11, the CPRs are real dates). Loading twice adds nothing.
 */
public final class DemoDataService {

    /** Result of a load: how many rows were added (all zero when the demo data was already there). */
    public record Loaded(int suppliers, int citizens, int consents) {
    }

    private static final String[][] SUPPLIERS = {
        // name, CVR, services, manager, e-mail, phone
        {"Nærkøb Levering ApS", "12972997", "DAGLIGVARER", "Mette Holm", "mette.holm@naerkoeb.example", "86120011"},
        {"Apoteksbudet Østjylland A/S", "93478878", "MEDICIN", "Jonas Friis", "jf@apoteksbudet.example", "86120022"},
        {"Rent Vasketøj I/S", "44125242", "TOEJVASK", "Sara Lund", "sara@rentvasketoej.example", "86120033"},
        {"Smag & Omsorg Madservice ApS", "18838737", "MADSERVICE,DAGLIGVARER", "Ali Demir", "ali@smagogomsorg.example",
            "86120044"},
        {"Byens Bud K/S", "26786843", "DAGLIGVARER,MEDICIN", "Lone Bak", "lone@byensbud.example", "86120055"},
    };

    private static final String[][] CITIZENS = {
        // name, CPR, address, postcode, city, phone
        {"Inger Marie Kjær", "120438-1234", "Bøgevej 14, 2. tv.", "8000", "Aarhus C", "40112233"},
        {"Poul Erik Damgaard", "030241-2345", "Skovbrynet 3", "8260", "Viby J", "40223344"},
        {"Karen Sørensen", "170945-3456", "Hasselhøj 22", "8270", "Højbjerg", "40334455"},
        {"Bent Østergaard", "290236-1567", "Ringgaden 101, st.", "8200", "Aarhus N", "40445566"},
        {"Ruth Nielsen", "081150-2678", "Tranbjerg Hovedgade 7", "8310", "Tranbjerg J", "40556677"},
        {"Aage Laursen", "220833-3789", "Klokkerfaldet 40", "8210", "Aarhus V", "40667788"},
        {"Grethe Bach", "050547-0890", "Åbyhøjvej 9", "8230", "Åbyhøj", "40778899"},
        {"Svend Aage Møller", "311239-1901", "Egå Havvej 15", "8250", "Egå", "40889900"},
    };

    private static final ConsentFormPdf FORM = new ConsentFormPdf();

    private final Tx tx;
    private final Clock clock;
    private final dk.elaas.onboarding.OnboardingService onboarding;

    public DemoDataService(Tx tx, Clock clock) {
        this(tx, clock, null);
    }

    /** With {@code onboarding} (acting as "Demodata"), the demo also has onboarding cases at different steps. */
    public DemoDataService(Tx tx, Clock clock, dk.elaas.onboarding.OnboardingService onboarding) {
        this.tx = tx;
        this.clock = clock;
        this.onboarding = onboarding;
    }

    public Loaded load() {
        Loaded loaded = loadRegister();
        if (onboarding != null && loaded.suppliers() > 0) {
            loadOnboardingCases();
        }
        return loaded;
    }

    /**
     * Three employees through the real wizard service: one active with access to two citizens, one stopped at
     * step 6 because ØJB has not received the consent yet, one at step 3 waiting on the employee.
     */
    private void loadOnboardingCases() {
        LocalDate today = LocalDate.now(clock);
        record Pick(java.util.UUID supplier, java.util.UUID consent, java.util.UUID citizen, ConsentStatus status) {
        }
        List<Pick> picks = tx.call(s -> s.createSelectionQuery("from Consent c join fetch c.supplier join fetch c.citizen"
                        + " where c.supplier.cvr in ('12972997', '93478878') order by c.supplier.cvr, c.citizen.name",
                        Consent.class).getResultList().stream()
                .map(c -> new Pick(c.getSupplier().getId(), c.getId(), c.getCitizen().getId(), c.getStatus())).toList());
        java.util.UUID naerkoeb = tx.call(s -> s.createSelectionQuery("select s.id from Supplier s where s.cvr = '12972997'",
                java.util.UUID.class).getSingleResult());
        java.util.UUID apotek = tx.call(s -> s.createSelectionQuery("select s.id from Supplier s where s.cvr = '93478878'",
                java.util.UUID.class).getSingleResult());
        List<dk.elaas.onboarding.StepInput.CitizenChoice> received = picks.stream()
                .filter(p -> p.supplier().equals(naerkoeb) && p.status() == ConsentStatus.RECEIVED)
                .map(p -> new dk.elaas.onboarding.StepInput.CitizenChoice(p.citizen(), p.consent())).toList();
        List<dk.elaas.onboarding.StepInput.CitizenChoice> pending = picks.stream()
                .filter(p -> p.supplier().equals(apotek) && p.status() == ConsentStatus.SENT)
                .map(p -> new dk.elaas.onboarding.StepInput.CitizenChoice(p.citizen(), p.consent())).toList();

        var active = onboarding.start(new dk.elaas.onboarding.NewEmployee(naerkoeb, "Mikkel", "Berg",
                "mikkel.berg@naerkoeb.example", false, Set.of(), today.plusMonths(8)));
        runSteps(active.id(), received, "ext40112", 6);
        if (!pending.isEmpty()) {
            var blocked = onboarding.start(new dk.elaas.onboarding.NewEmployee(apotek, "Jens", "Krogh",
                    "jf@apoteksbudet.example", true, Set.of(), null));
            runSteps(blocked.id(), pending, "ext40187", 5);
        }
        var fresh = onboarding.start(new dk.elaas.onboarding.NewEmployee(naerkoeb, "Sofie", "Andersen",
                "sofie.andersen@naerkoeb.example", false, Set.of(), null));
        runSteps(fresh.id(), received.subList(0, Math.min(1, received.size())), null, 2);
    }

    private void runSteps(java.util.UUID caseId, List<dk.elaas.onboarding.StepInput.CitizenChoice> citizens,
                          String username, int steps) {
        LocalDate today = LocalDate.now(clock);
        var detail = onboarding.detail(caseId);
        var e = detail.data().employee();
        List<dk.elaas.onboarding.StepInput> inputs = List.of(
                new dk.elaas.onboarding.StepInput.Consents(citizens),
                new dk.elaas.onboarding.StepInput.EmployeeDetails(e.firstName(), e.lastName(), e.workEmail(),
                        e.usesManagerEmail(), e.endDate()),
                new dk.elaas.onboarding.StepInput.ExtActivation(today, today, username + "@aarhus.dk"),
                new dk.elaas.onboarding.StepInput.AzureGroup(today, today),
                new dk.elaas.onboarding.StepInput.TwoFactor(true, today),
                new dk.elaas.onboarding.StepInput.Phoniro(today, true, true, today));
        for (int i = 0; i < steps && i < inputs.size(); i++) {
            if (i == 3) {
                onboarding.queueUsernameMail(caseId);
            }
            if (i == 5) {
                // The demo clerk has sent the case's mails from the mail program: step 6 needs that.
                tx.run(s -> s.createSelectionQuery("from OutgoingMail m where m.caseId = :c",
                                dk.elaas.mail.OutgoingMail.class).setParameter("c", caseId).getResultList()
                        .forEach(m -> m.setStatus(dk.elaas.mail.MailStatus.SENT)));
            }
            onboarding.save(caseId, inputs.get(i), null);
        }
    }

    private Loaded loadRegister() {
        return tx.call(s -> {
            // Any demo CVR already present (even one a user typed in) means: do not load again.
            List<String> demoCvrs = java.util.Arrays.stream(SUPPLIERS).map(row -> row[1]).toList();
            boolean present = s.createSelectionQuery("select count(*) from Supplier s where s.cvr in :cvrs", Long.class)
                    .setParameterList("cvrs", demoCvrs).getSingleResult() > 0;
            if (present) {
                return new Loaded(0, 0, 0);
            }
            LocalDate today = LocalDate.now(clock);
            List<Supplier> suppliers = new ArrayList<>();
            for (int i = 0; i < SUPPLIERS.length; i++) {
                String[] row = SUPPLIERS[i];
                Supplier sup = new Supplier(row[0], row[1]);
                sup.setServices(Set.of(row[2].split(",")));
                sup.setManagerName(row[3]);
                sup.setManagerEmail(row[4]);
                sup.setManagerPhone(row[5]);
                sup.setDpaSignedOn(today.minusMonths(6L + i * 5L));
                sup.setLockAddendumSignedOn(today.minusMonths(5L + i * 5L));
                sup.setIso27001(i % 2 == 0);
                sup.setIsae3402(i % 3 == 0);
                sup.setLastAccessReviewOn(i == 4 ? null : today.minusMonths(3L + i * 3L));
                s.persist(sup);
                suppliers.add(sup);
            }
            List<Citizen> citizens = new ArrayList<>();
            for (String[] row : CITIZENS) {
                Citizen c = new Citizen(row[0], row[1]);
                c.setAddress(row[2]);
                c.setPostalCode(row[3]);
                c.setCity(row[4]);
                c.setPhone(row[5]);
                s.persist(c);
                citizens.add(c);
            }
            ConsentStatus[] statuses = {ConsentStatus.RECEIVED, ConsentStatus.SENT, ConsentStatus.REGISTERED,
                ConsentStatus.RECEIVED, ConsentStatus.WITHDRAWN, ConsentStatus.RECEIVED, ConsentStatus.EXPIRED,
                ConsentStatus.SENT, ConsentStatus.RECEIVED, ConsentStatus.REGISTERED};
            int consents = 0;
            for (int i = 0; i < statuses.length; i++) {
                Citizen citizen = citizens.get(i % citizens.size());
                Supplier supplier = suppliers.get(i % suppliers.size());
                Consent consent = new Consent(citizen, supplier);
                consent.setServices(supplier.getServices());
                LocalDate signed = today.minusDays(20L + i * 37L);
                consent.setSignedOn(signed);
                consent.setValidFrom(signed);
                consent.setValidUntil(statuses[i] == ConsentStatus.EXPIRED ? today.minusDays(3)
                        : i == 8 ? today.plusDays(21) // one expiring soon, for the task list
                        : i % 3 == 0 ? null : signed.plusYears(1));
                consent.setSignerRole(i % 4 == 3 ? SignerRole.REPRESENTATIVE : SignerRole.CITIZEN);
                if (consent.getSignerRole() == SignerRole.REPRESENTATIVE) {
                    consent.setRepresentativeName("Hanne " + citizen.getName().split(" ")[0] + "sen");
                }
                consent.setCollectedByName(i % 2 == 0 ? supplier.getManagerName() : "Tina Rasmussen");
                consent.setCollectedByOrg(i % 2 == 0 ? CollectorOrganisation.EXTERNAL_SUPPLIER
                        : CollectorOrganisation.PLEJE_OG_REHABILITERING);
                consent.setStatus(statuses[i]);
                ConsentStatus st = statuses[i];
                boolean sent = st != ConsentStatus.REGISTERED;
                boolean received = st == ConsentStatus.RECEIVED || st == ConsentStatus.WITHDRAWN || st == ConsentStatus.EXPIRED;
                consent.recordEarlierLifecycle(
                        sent ? signed.plusDays(2).atStartOfDay(clock.getZone()).toInstant() : null, "Demodata",
                        received ? signed.plusDays(4) : null, received ? "ØJB (demodata)" : null,
                        st == ConsentStatus.WITHDRAWN ? today.minusDays(10) : null, "Demodata",
                        st == ConsentStatus.WITHDRAWN ? dk.elaas.consent.WithdrawnBy.CITIZEN : null,
                        st == ConsentStatus.WITHDRAWN ? "Borgeren ønsker ikke længere levering." : null);
                s.persist(consent);
                byte[] pdf = FORM.render(formValues(consent));
                s.persist(new ConsentDocument(consent, DocumentKind.NORMALIZED_PDF, "samtykke.pdf", "application/pdf",
                        ConsentRegistrationService.sha256(pdf), 1, pdf));
                if (statuses[i] == ConsentStatus.RECEIVED || statuses[i] == ConsentStatus.WITHDRAWN) {
                    // The withdrawn one keeps its grant on purpose: the task list shows grants left behind.
                    s.persist(new AccessGrant(supplier, citizen, consent, null, consent.getServices(), false,
                            signed.plusDays(5).atStartOfDay(clock.getZone()).toInstant()));
                }
                s.persist(new ConsentStatusChange(consent, null, ConsentStatus.REGISTERED,
                        signed.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), "Demodata", null));
                if (statuses[i] != ConsentStatus.REGISTERED) {
                    s.persist(new ConsentStatusChange(consent, ConsentStatus.REGISTERED, statuses[i],
                            signed.plusDays(3).atStartOfDay(clock.getZone()).toInstant(), "Demodata", null));
                }
                consents++;
            }
            return new Loaded(suppliers.size(), citizens.size(), consents);
        });
    }

    private static ConsentFormPdf.Values formValues(Consent c) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
        Citizen z = c.getCitizen();
        return new ConsentFormPdf.Values(z.getName(), z.getCpr(), z.getAddress() + ", " + z.getPostalCode() + " " + z.getCity(),
                c.getSupplier().getName(), c.getSupplier().getCvr(), c.getServices().stream().toList(),
                f.format(c.getValidFrom()), c.getValidUntil() == null ? "indtil tilbagekaldelse" : f.format(c.getValidUntil()),
                c.getSignerRole() == SignerRole.REPRESENTATIVE ? "stedfortræder " + c.getRepresentativeName() : "borgeren",
                f.format(c.getSignedOn()));
    }
}
