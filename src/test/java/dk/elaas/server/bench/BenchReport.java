package dk.elaas.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The "Central server" section of docs/benchmarks.md, from one run of {@link ServerBench}. */
final class BenchReport {

    /** The server's database pool size when db.pool-size is not set (Database's default). */
    static final int SERVER_DEFAULT_POOL = 4;
    static final double TARGET_P95_MS = 50;
    static final double TARGET_CHECKS_PER_S = 500;

    private final int clients;
    private final Duration phase;
    private final int instances;
    private final int pool;
    private final BenchData data;
    private final double seedSeconds;
    private final String postgres;
    private final double loadBefore;
    private final double loadAfter;

    BenchReport(int clients, Duration phase, int instances, int pool, BenchData data, double seedSeconds,
                String postgres, double loadBefore, double loadAfter) {
        this.clients = clients;
        this.phase = phase;
        this.instances = instances;
        this.pool = pool;
        this.data = data;
        this.seedSeconds = seedSeconds;
        this.postgres = postgres;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
    }

    String markdown(Load.Result checks, Load.Result paced, Load.Result jdbc, Load.Result mixed) {
        StringBuilder b = new StringBuilder();
        b.append(ServerBench.HEADING).append("\n\n");
        b.append(String.format(Locale.ROOT, "Run of `ServerBench` (test sources, see the README), %s UTC, on this "
                        + "%d-core machine (load average %.1f before, %.1f after), PostgreSQL %s on the same machine, "
                        + "Java %s. %,d consents for %,d citizens and %d suppliers seeded into a fresh schema by JDBC "
                        + "batches in %.1f s. %d server instance%s (Javalin/Jetty, Hibernate, database pool of %d "
                        + "connections per instance, acting as the server's own database role under row-level "
                        + "security), tokens from mock-oauth2-server validated on every request (RS256, JWKS). "
                        + "%d concurrent clients (`java.net.http.HttpClient`, one thread and one keep-alive "
                        + "connection each, closed loop) in the same JVM as the server, on loopback: the clients, "
                        + "the server and PostgreSQL share the %d cores. Half the clients carry a clerk's token, "
                        + "half a Supplier user's (its own company's consents only); every check is by the CPR of "
                        + "a citizen with a valid consent and must answer `VALID`. Each phase runs %d s after a "
                        + "warm-up.%n%n",
                LocalDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES), Runtime.getRuntime()
                        .availableProcessors(), loadBefore, loadAfter, postgres, System.getProperty("java.version"),
                data.consents, data.citizens, data.suppliers.size(), seedSeconds, instances, instances == 1 ? "" : "s",
                pool, clients, Runtime.getRuntime().availableProcessors(), phase.toSeconds()));
        b.append("| phase | requests | per second | p50 | p95 | p99 | errors |\n|---|---|---|---|---|---|---|\n");
        rowAll(b, "checks only", checks);
        b.append(row("checks only", "clerk token", checks, "check (clerk token)"));
        b.append(row("checks only", "supplier token", checks, "check (supplier token)"));
        rowAll(b, "paced at " + (int) TARGET_CHECKS_PER_S + " checks/s", paced);
        b.append(row("direct JDBC", "same check SQL, " + pool + " connections", jdbc, "check SQL on direct JDBC"));
        rowAll(b, "mixed", mixed);
        b.append(row("mixed", "registrations (10 %, with a 1-page PDF)", mixed, "register (clerk token)"));
        Load.Stats all = allChecks(checks);
        double rate = all.count() / checks.seconds();
        Load.Stats atTarget = allChecks(paced);
        double pacedRate = atTarget.count() / paced.seconds();
        boolean met = atTarget.ms(0.95) < TARGET_P95_MS && pacedRate >= TARGET_CHECKS_PER_S * 0.98
                && errors(paced) == 0;
        b.append(String.format(Locale.ROOT, "%nFlat out (closed loop) the server answers %.0f checks/s; with %d clients "
                        + "always waiting, each check then waits its turn (p95 %.1f ms). At the target rate, %d clients "
                        + "together asking %.0f checks/s on a fixed schedule (open loop, latency from when each request "
                        + "was due), it answered %.0f/s at p95 %.1f ms: %s the targets. Direct JDBC does the same "
                        + "database work at %.0f/s (p95 %.1f ms): the rest of a check's time is HTTP, token "
                        + "validation, Hibernate and JSON.%n",
                rate, clients, all.ms(0.95), clients, TARGET_CHECKS_PER_S, pacedRate, atTarget.ms(0.95),
                met ? "within" : "MISSING", jdbc.perSecond("check SQL on direct JDBC"),
                jdbc.get("check SQL on direct JDBC").ms(0.95)));
        b.append(String.format(Locale.ROOT, "%n%s: p95 < %.0f ms, ≥ %.0f checks/s (50 clients, 100,000 consents).%n",
                "Targets (issue 14)", TARGET_P95_MS, TARGET_CHECKS_PER_S));
        return b.toString();
    }

    private static void rowAll(StringBuilder b, String phase, Load.Result r) {
        Load.Stats all = allChecks(r);
        b.append(String.format(Locale.ROOT, "| %s | all checks: %,d | %.0f | %.1f ms | %.1f ms | %.1f ms | %d |%n", phase,
                all.count(), all.count() / r.seconds(), all.ms(0.50), all.ms(0.95), all.ms(0.99), errors(r)));
    }

    private static String row(String phase, String label, Load.Result r, String kind) {
        Load.Stats s = r.get(kind);
        return String.format(Locale.ROOT, "| %s | %s: %,d | %.0f | %.1f ms | %.1f ms | %.1f ms | |%n", phase, label,
                s.count(), r.perSecond(kind), s.ms(0.50), s.ms(0.95), s.ms(0.99));
    }

    private static Load.Stats allChecks(Load.Result r) {
        Load.Stats all = new Load.Stats();
        all.addAll(r.get("check (clerk token)"));
        all.addAll(r.get("check (supplier token)"));
        if (r.byKind().containsKey("check SQL on direct JDBC")) {
            all.addAll(r.get("check SQL on direct JDBC"));
        }
        return all;
    }

    private static int errors(Load.Result r) {
        return r.get("error").errors;
    }

    /**
     * Replaces the section under {@code heading} (or appends it), leaving the other sections and the notes
     * written under its targets line alone, as IntakeBench does for its own.
     */
    static void writeSection(Path file, String heading, String targets, String section) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        int start = existing.indexOf(heading);
        String updated;
        if (start < 0) {
            updated = existing.stripTrailing() + "\n\n" + section;
        } else {
            int next = existing.indexOf("\n## ", start + heading.length());
            int end = next < 0 ? existing.length() : next + 1;
            int t = existing.indexOf("\n" + targets, start);
            String notes = "";
            if (t >= 0 && t < end) {
                int eol = existing.indexOf('\n', t + 1);
                notes = eol < 0 || eol >= end ? "" : existing.substring(eol + 1, end).strip();
            }
            updated = existing.substring(0, start) + section.stripTrailing() + "\n\n"
                    + (notes.isEmpty() ? "" : notes + "\n\n") + (next < 0 ? "" : existing.substring(next + 1));
        }
        Files.writeString(file, updated.stripTrailing() + "\n");
    }
}
