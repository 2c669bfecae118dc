package dk.elaas.consent.bench;

import dk.elaas.identity.Actor;
import dk.elaas.common.persistence.Database;
import dk.elaas.consent.ConsentCheckService;
import dk.elaas.consent.ConsentQueryService;
import dk.elaas.consent.ConsentSearch;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.testsupport.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Consent register speed (issue 5): generates N consents (default 100,000) in a fresh H2 file, then times the
 * register's first page for the searches a clerk makes, and the one-box answer. Median and max of 20 runs after
 * 5 warm-ups. Run: {@code mvn -Dbuild.dir=target-consent test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dk.elaas.consent.bench.ConsentRegisterBench [-Dexec.args="100000"]}.
 */
public final class ConsentRegisterBench {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final String[] FIRST = {"Inger", "Poul", "Karen", "Bent", "Ruth", "Aage", "Grethe", "Svend", "Kirsten",
        "Jens", "Hanne", "Ole", "Birthe", "Erik", "Lis", "Niels", "Else", "Henning", "Jytte", "Knud", "Anna", "Preben"};
    private static final String[] LAST = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Kjær", "Østergaard",
        "Damgaard", "Laursen", "Bach", "Møller", "Poulsen", "Johansen", "Knudsen", "Mortensen"};
    private static final String[] SERVICES = {"DAGLIGVARER", "MEDICIN", "TOEJVASK", "MADSERVICE"};

    private ConsentRegisterBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("elaas-consent-bench");
        try (Database db = TestDatabases.h2(dir, () -> Actor.SYSTEM, CLOCK)) {
            long t0 = System.nanoTime();
            String sampleCpr = generate(db, n, new Random(42));
            System.out.printf("generated %,d consents in %.1f s (H2 file in %s)%n", n, (System.nanoTime() - t0) / 1e9, dir);
            ConsentQueryService q = new ConsentQueryService(db.tx());
            ConsentCheckService check = new ConsentCheckService(db.tx(), CLOCK);
            LocalDate today = LocalDate.now(CLOCK);
            time("register, no filter, first 200", () -> q.search(ConsentSearch.text("", 200)));
            time("register, full CPR, first 200", () -> q.search(ConsentSearch.text(sampleCpr, 200)));
            time("register, CPR birth date (6 digits), first 200", () -> q.search(ConsentSearch.text(sampleCpr.substring(0, 6), 200)));
            time("register, name part 'kjær', first 200", () -> q.search(ConsentSearch.text("kjær", 200)));
            time("register, name 'grethe bach', first 200", () -> q.search(ConsentSearch.text("grethe bach", 200)));
            time("register, received + expiring in 30 days, first 200", () -> q.search(new ConsentSearch(null, null,
                    ConsentStatus.RECEIVED, today, today.plusDays(30), 200)));
            time("register, name part 'kjær', first 500", () -> q.search(ConsentSearch.text("kjær", 500)));
            time("answer box, full CPR", () -> check.check(sampleCpr));
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void time(String what, Callable<?> work) throws Exception {
        for (int i = 0; i < 5; i++) {
            work.call();
        }
        long[] ms = new long[20];
        int rows = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            Object r = work.call();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
            rows = r instanceof List<?> l ? l.size() : 1;
        }
        Arrays.sort(ms);
        System.out.printf("| %s | %d | %d ms | %d ms |%n", what, rows, ms[ms.length / 2], ms[ms.length - 1]);
    }

    /** Inserts suppliers, citizens and consents with plain JDBC batches; returns one citizen's CPR to search for. */
    static String generate(Database db, int n, Random rnd) {
        return db.tx().call(s -> s.doReturningWork(c -> {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(CLOCK.instant());
            List<UUID> suppliers = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO supplier (id, version, created_at, updated_at,"
                    + " name, cvr, services, iso27001, isae3402) VALUES (?, 0, ?, ?, ?, ?, ?, FALSE, FALSE)")) {
                for (int i = 0; i < 200; i++) {
                    UUID id = UUID.randomUUID();
                    suppliers.add(id);
                    ps.setObject(1, id);
                    ps.setTimestamp(2, now);
                    ps.setTimestamp(3, now);
                    ps.setString(4, LAST[i % LAST.length] + "s Levering " + i + " ApS");
                    ps.setString(5, String.format("%08d", 10_000_000 + i));
                    ps.setString(6, SERVICES[i % SERVICES.length]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            int citizens = Math.max(1, n * 6 / 10);
            List<UUID> citizenIds = new ArrayList<>(citizens);
            Set<String> cprs = new HashSet<>();
            String sample = null;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO citizen (id, version, created_at, updated_at, name,"
                    + " cpr, address, postal_code, city, lock_installed_by_mso) VALUES (?, 0, ?, ?, ?, ?, ?, '8000', 'Aarhus C', TRUE)")) {
                for (int i = 0; i < citizens; i++) {
                    String cpr;
                    do {
                        LocalDate born = LocalDate.of(1925, 1, 1).plusDays(rnd.nextInt(365 * 35));
                        cpr = String.format("%02d%02d%02d-%04d", born.getDayOfMonth(), born.getMonthValue(),
                                born.getYear() % 100, rnd.nextInt(10_000));
                    } while (!cprs.add(cpr));
                    sample = sample == null ? cpr : sample;
                    UUID id = UUID.randomUUID();
                    citizenIds.add(id);
                    ps.setObject(1, id);
                    ps.setTimestamp(2, now);
                    ps.setTimestamp(3, now);
                    ps.setString(4, FIRST[rnd.nextInt(FIRST.length)] + " " + FIRST[rnd.nextInt(FIRST.length)] + " "
                            + LAST[rnd.nextInt(LAST.length)]);
                    ps.setString(5, cpr);
                    ps.setString(6, "Vej " + rnd.nextInt(200) + ", " + rnd.nextInt(5) + ". tv.");
                    ps.addBatch();
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            ConsentStatus[] statuses = ConsentStatus.values();
            LocalDate today = LocalDate.now(CLOCK);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent (id, version, created_at, updated_at,"
                    + " citizen_id, supplier_id, status, services, valid_from, valid_until, signer_role, signed_on,"
                    + " channel, copy_requested) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'CITIZEN', ?, 'PAPER', FALSE)")) {
                for (int i = 0; i < n; i++) {
                    LocalDate signed = today.minusDays(rnd.nextInt(1500));
                    ps.setObject(1, UUID.randomUUID());
                    Timestamp created = Timestamp.from(signed.atStartOfDay(CLOCK.getZone()).toInstant().plusSeconds(i % 86_000));
                    ps.setTimestamp(2, created);
                    ps.setTimestamp(3, created);
                    ps.setObject(4, i < citizens ? citizenIds.get(i) : citizenIds.get(rnd.nextInt(citizens)));
                    ps.setObject(5, suppliers.get(rnd.nextInt(suppliers.size())));
                    ps.setString(6, statuses[rnd.nextInt(statuses.length)].name());
                    ps.setString(7, SERVICES[rnd.nextInt(SERVICES.length)]);
                    ps.setObject(8, signed);
                    ps.setObject(9, rnd.nextInt(3) == 0 ? null : signed.plusYears(1 + rnd.nextInt(3)));
                    ps.setObject(10, signed);
                    ps.addBatch();
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return sample;
        }));
    }
}
