package dk.elaas.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.server.ElaasServer;
import dk.elaas.server.ServerConfig;
import dk.elaas.testsupport.TestDatabases;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * Speed of the central server (issue 14): 100,000 consents in a fresh PostgreSQL schema, one real server (or
 * {@code -Dbench.instances=2}) signed into with tokens of a real OIDC provider (mock-oauth2-server), and 50
 * concurrent HTTP clients on loopback. Phases after a warm-up: valid-consent checks by CPR only; the same
 * check's SQL on direct JDBC (same database role, same row-level-security settings, same pool size); a mixed
 * run with 10 % registrations. Prints the figures and rewrites the "Central server" section of
 * docs/benchmarks.md. Not a test (no *Test/*IT name): {@code mvn verify} never runs it.
 *
 * <pre>mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dk.elaas.server.bench.ServerBench</pre>
 *
 * Settings (system properties): {@code bench.consents} (100000), {@code bench.clients} (50),
 * {@code bench.seconds} per phase (30), {@code bench.warmup} seconds (20), {@code bench.instances} (1),
 * {@code bench.pool} (the server's db.pool-size; unset: the server's default), {@code bench.write} (true).
 */
public final class ServerBench {

    static final String HEADING = "## Central server (issue 14)";
    private static final String TARGETS = "Targets (issue 14)";
    private static final String AUDIENCE = "api://elaas-bench";
    private static final String ISSUER_ID = "elaas";
    private static final String APP_ROLE = "elaas_bench_app";
    private static final String CHECK_CLERK = "check (clerk token)";
    private static final String CHECK_SUPPLIER = "check (supplier token)";
    private static final String REGISTER = "register (clerk token)";
    private static final String JDBC = "check SQL on direct JDBC";

    private final int consents = Integer.getInteger("bench.consents", 100_000);
    private final int clients = Integer.getInteger("bench.clients", 50);
    private final Duration phase = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 20));
    private final int instances = Integer.getInteger("bench.instances", 1);
    private final String pool = System.getProperty("bench.pool");
    private final String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
    private final MockOAuth2Server oauth = new MockOAuth2Server();
    private final List<ElaasServer> servers = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final AtomicInteger registered = new AtomicInteger();
    private HttpClient[] http;
    private String[] tokens;
    private int[] supplierOf;
    private BenchData data;
    private String pdf;

    public static void main(String[] args) throws Exception {
        new ServerBench().run();
    }

    private void run() throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        oauth.start(InetAddress.getLoopbackAddress(), 0);
        try {
            Path file = Files.createTempFile("elaas-bench", ".properties");
            try (var w = Files.newBufferedWriter(file)) {
                config().store(w, "ServerBench");
            }
            ServerConfig config = ServerConfig.load(file, Map.of());
            Files.delete(file);
            for (int i = 0; i < instances; i++) {
                servers.add(ElaasServer.start(config, Clock.systemDefaultZone()));
            }
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(ownerUrl(), TestDatabases.PG_USER, "")) {
                data = BenchData.seed(c, consents, 8, LocalDate.now(), Clock.systemDefaultZone().getZone(), new Random(42));
            }
            double seedSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "seeded %,d consents for %,d citizens in %.1f s%n", data.consents,
                    data.citizens, seedSeconds);
            prepareClients();
            System.out.println("warm-up " + warmup.toSeconds() + " s …");
            Load.run(clients, warmup, 1, mixed(0.05));
            try (HikariDataSource direct = directPool()) {
                Load.run(clients, Duration.ofSeconds(5), 2, jdbcCheck(direct));
                System.out.println("checks only …");
                Load.Result checks = Load.run(clients, phase, 3, mixed(0));
                print(checks, CHECK_CLERK, CHECK_SUPPLIER);
                System.out.println("direct JDBC …");
                Load.Result jdbc = Load.run(clients, phase, 4, jdbcCheck(direct));
                print(jdbc, JDBC);
                System.out.println("paced: " + (int) BenchReport.TARGET_CHECKS_PER_S + " checks/s …");
                Load.Result paced = Load.run(clients, phase, 6, BenchReport.TARGET_CHECKS_PER_S, mixed(0));
                print(paced, CHECK_CLERK, CHECK_SUPPLIER);
                System.out.println("mixed, 10 % registrations …");
                Load.Result mixed = Load.run(clients, phase, 5, mixed(0.10));
                print(mixed, CHECK_CLERK, CHECK_SUPPLIER, REGISTER);
                double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                String md = new BenchReport(clients, phase, instances, poolSize(direct), data, seedSeconds,
                        postgresVersion(), loadBefore, loadAfter).markdown(checks, paced, jdbc, mixed);
                System.out.println(md);
                if (Boolean.parseBoolean(System.getProperty("bench.write", "true"))) {
                    BenchReport.writeSection(Path.of("docs", "benchmarks.md"), HEADING, TARGETS, md);
                }
            }
        } finally {
            for (ElaasServer s : servers) {
                s.close();
            }
            oauth.shutdown();
            TestDatabases.dropPostgresSchema(schema);
        }
    }

    private Properties config() {
        Properties p = new Properties();
        p.setProperty("db.url", TestDatabases.PG_URL);
        p.setProperty("db.user", TestDatabases.PG_USER);
        p.setProperty("db.schema", schema);
        p.setProperty("db.role", APP_ROLE);
        if (pool != null) {
            p.setProperty("db.pool-size", pool);
        }
        p.setProperty("oidc.issuer", oauth.issuerUrl(ISSUER_ID).toString());
        p.setProperty("oidc.audience", AUDIENCE);
        p.setProperty("role.clerk", "elaas-sagsbehandler");
        p.setProperty("role.supplier", "elaas-leverandoer");
        p.setProperty("server.host", "127.0.0.1");
        p.setProperty("server.port", "0");
        return p;
    }

    private String ownerUrl() {
        String sep = TestDatabases.PG_URL.contains("?") ? "&" : "?";
        return TestDatabases.PG_URL + sep + "reWriteBatchedInserts=true&currentSchema=" + schema;
    }

    /** Even clients carry a clerk's token, odd ones a Supplier user's of one of the companies. */
    private void prepareClients() {
        http = new HttpClient[clients];
        tokens = new String[clients];
        supplierOf = new int[clients];
        for (int i = 0; i < clients; i++) {
            http[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                    .build();
            Map<String, Object> claims = new HashMap<>();
            if (i % 2 == 0) {
                supplierOf[i] = -1;
                claims.put("name", "Sagsbehandler " + i);
                claims.put("roles", List.of("elaas-sagsbehandler"));
            } else {
                supplierOf[i] = (i / 2) % data.suppliers.size();
                claims.put("name", "Leverandør " + i);
                claims.put("roles", List.of("elaas-leverandoer"));
                claims.put("supplier_cvr", data.suppliers.get(supplierOf[i]).cvr());
            }
            tokens[i] = oauth.issueToken(ISSUER_ID, "bench-" + i, AUDIENCE, claims, 7200).serialize();
        }
        pdf = Base64.getEncoder().encodeToString(ConsentWorld.samplePdf());
    }

    private String base(int client) {
        return "http://127.0.0.1:" + servers.get(client % servers.size()).port();
    }

    /** Checks by CPR of a citizen with a valid consent, and with probability {@code share} a registration. */
    private Load.Step mixed(double share) {
        return (client, rnd) -> {
            if (share > 0 && rnd.nextDouble() < share) {
                return register(client, rnd);
            }
            boolean supplier = supplierOf[client] >= 0;
            int company = supplier ? supplierOf[client] : rnd.nextInt(data.suppliers.size());
            String cpr = data.validCpr(company, rnd);
            HttpRequest r = HttpRequest.newBuilder(URI.create(base(client) + "/api/check?cpr="
                            + URLEncoder.encode(cpr, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + tokens[client]).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> a = http[client].send(r, HttpResponse.BodyHandlers.ofString());
            if (a.statusCode() != 200 || !a.body().contains("\"verdict\":\"VALID\"")) {
                throw new IllegalStateException("check " + a.statusCode() + ": " + a.body());
            }
            return supplier ? CHECK_SUPPLIER : CHECK_CLERK;
        };
    }

    /** A paper consent with its PDF for a new citizen, as the desktop client posts it; by a clerk. */
    private String register(int client, Random rnd) throws IOException, InterruptedException {
        int clerk = client - client % 2;
        int n = registered.getAndIncrement();
        // 7th digit 4 and born 1940 on: a 1900s birth date; seeded citizens have serials below 4000.
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(n / 1_000);
        String cpr = born.format(DateTimeFormatter.ofPattern("ddMMyy")) + "-" + (4_000 + n % 1_000);
        LocalDate today = LocalDate.now();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("citizenName", "Ny Borger " + n);
        d.put("cpr", cpr);
        d.put("address", "Bøgevej 14, 2. tv.");
        d.put("postalCode", "8000");
        d.put("city", "Aarhus C");
        d.put("phone", "40112233");
        d.put("supplierId", data.suppliers.get(rnd.nextInt(data.suppliers.size())).id().toString());
        d.put("services", List.of("DAGLIGVARER"));
        d.put("validFrom", today.minusDays(1).toString());
        d.put("validUntil", today.plusYears(1).toString());
        d.put("signerRole", "CITIZEN");
        d.put("signedOn", today.minusDays(1).toString());
        d.put("collectedByName", "Lars Gravesen");
        d.put("collectedByOrg", "SUNDHED_OG_FOREBYGGELSE");
        d.put("channel", "PAPER");
        d.put("documents", List.of(Map.of("kind", "NORMALIZED_PDF", "fileName", "side1.pdf", "mediaType",
                "application/pdf", "pageCount", 1, "content", pdf)));
        HttpRequest r = HttpRequest.newBuilder(URI.create(base(client) + "/api/consents"))
                .header("Authorization", "Bearer " + tokens[clerk]).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(d))).build();
        HttpResponse<String> a = http[client].send(r, HttpResponse.BodyHandlers.ofString());
        if (a.statusCode() != 201) {
            throw new IllegalStateException("register " + a.statusCode() + ": " + a.body());
        }
        return REGISTER;
    }

    /**
     * The database work of one check, without HTTP, token or Hibernate: as the server's database role, in one
     * transaction that first tells PostgreSQL who acts, the citizen by CPR and its consents with their supplier
     * (the two queries {@code ConsentCheckService} issues for one citizen), every column read.
     */
    private Load.Step jdbcCheck(HikariDataSource ds) {
        return (client, rnd) -> {
            boolean supplier = supplierOf[client] >= 0;
            int company = supplier ? supplierOf[client] : rnd.nextInt(data.suppliers.size());
            String cpr = data.validCpr(company, rnd);
            try (Connection c = ds.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT set_config('elaas.role', ?, true), set_config('elaas.supplier_id', ?, true)")) {
                    ps.setString(1, supplier ? "SUPPLIER" : "CLERK");
                    ps.setString(2, supplier ? data.suppliers.get(company).id().toString() : "");
                    ps.execute();
                }
                Object citizen = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM citizen c WHERE c.cpr = ?")) {
                    ps.setString(1, cpr);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            citizen = rs.getObject("id");
                            readAll(rs);
                        }
                    }
                }
                int valid = 0;
                try (PreparedStatement ps = c.prepareStatement("SELECT k.*, s.* FROM consent k"
                        + " JOIN supplier s ON s.id = k.supplier_id WHERE k.citizen_id = ?")) {
                    ps.setObject(1, citizen);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            readAll(rs);
                            valid += "RECEIVED".equals(rs.getString("status")) ? 1 : 0;
                        }
                    }
                }
                c.commit();
                if (valid == 0) {
                    throw new IllegalStateException("no received consent for a valid CPR");
                }
            }
            return JDBC;
        };
    }

    private static void readAll(ResultSet rs) throws java.sql.SQLException {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            rs.getObject(i);
        }
    }

    /** A pool like the server's: the owner's login acting as the app role, the same size, auto-commit off. */
    private HikariDataSource directPool() {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(TestDatabases.PG_URL);
        hc.setUsername(TestDatabases.PG_USER);
        hc.setPassword("");
        hc.setSchema(schema);
        hc.setConnectionInitSql("SET ROLE " + APP_ROLE);
        hc.setIsolateInternalQueries(true);
        hc.setAutoCommit(false);
        hc.setMaximumPoolSize(pool == null ? BenchReport.SERVER_DEFAULT_POOL : Integer.parseInt(pool));
        hc.setPoolName("bench-direct");
        return new HikariDataSource(hc);
    }

    private static int poolSize(HikariDataSource ds) {
        return ds.getMaximumPoolSize();
    }

    private static String postgresVersion() throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabases.PG_URL, TestDatabases.PG_USER, "");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void print(Load.Result r, String... kinds) {
        for (String k : kinds) {
            System.out.println("  " + r.line(k));
        }
        if (r.byKind().containsKey("error")) {
            System.out.println("  " + r.line("error"));
        }
        System.out.printf(Locale.ROOT, "  (%s)%n", ZonedDateTime.now());
    }
}
