package dk.elaas.sync;

import dk.elaas.common.persistence.Database;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.consent.DocumentKind;
import dk.elaas.consent.SignerRole;
import dk.elaas.identity.Actor;
import dk.elaas.identity.Role;
import dk.elaas.testsupport.TestDatabases;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A laptop in its own process, for the fault trials (SyncFaultIT): registers consents {@code from}..{@code to}
 * on its H2 file (each registration with its queued operation, one commit), then pushes until nothing is
 * queued, printing a line per step, so the test can kill it with SIGKILL at any moment.
 * <pre>SyncTrialClient DATA_DIR SERVER TOKEN FROM TO CVR</pre>
 */
public final class SyncTrialClient {

    private SyncTrialClient() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        URI server = URI.create(args[1]);
        String token = args[2];
        int from = Integer.parseInt(args[3]);
        int to = Integer.parseInt(args[4]);
        String cvr = args[5];
        Actor lise = new Actor("lise", "Lise Feltmand", Role.FIELD_STAFF, null, "trial-laptop");
        Clock clock = Clock.systemUTC();
        try (Database db = TestDatabases.h2(data, () -> lise, clock)) {
            SyncQueue queue = new SyncQueue(db.tx(), clock, () -> lise);
            ConsentRegistrationService reg = new ConsentRegistrationService(db.tx(), clock, Postcodes.load(),
                    lise::name, queue);
            for (int i = from; i < to; i++) {
                String cpr = cpr(i);
                if (reg.citizenIdByCpr(cpr).isPresent()) {
                    continue; // registered before an earlier kill
                }
                LocalDate signed = LocalDate.now().minusDays(1);
                reg.register(new ConsentDraft("Prøve Borger " + i, cpr, "Bøgevej " + i, "8000", "Aarhus C", "40112233",
                        null, "Prøveleverandøren ApS", cvr, Set.of("DAGLIGVARER"), signed, signed.plusYears(1),
                        SignerRole.CITIZEN, null, signed, "Lise Feltmand", CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE,
                        ConsentChannel.PAPER, null, false, null, Map.of(), List.of(new ConsentDraft.Document(
                        DocumentKind.NORMALIZED_PDF, "side1.pdf", "application/pdf", 1,
                        ("%PDF-1.4 prøve " + i).getBytes(StandardCharsets.UTF_8)))));
                System.out.println("registered " + i);
            }
            Pusher pusher = new Pusher(server, () -> token, queue, LocalFiles.of(db.tx()));
            while (queue.counts().pending() > 0) {
                Pusher.Round r = pusher.pushOnce();
                System.out.println("round delivered=" + r.delivered() + " stopped=" + r.stopped());
                if (r.stopped() != null) {
                    Thread.sleep(100);
                    // A trial moves the clock on by retrying at once: the back-off is for real networks.
                    db.tx().run(s -> s.createMutationQuery("update SyncOperation o set o.nextAttemptAt = null")
                            .executeUpdate());
                }
            }
            System.out.println("done");
        }
    }

    /** A valid CPR for trial citizen {@code i} (day 01–28, month, year; the serial carries the rest). */
    public static String cpr(int i) {
        return String.format("%02d%02d%02d-%04d", 1 + i % 28, 1 + (i / 28) % 12, 40 + (i / 336) % 50, 1000 + i);
    }
}
