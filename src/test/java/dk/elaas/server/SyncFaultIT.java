package dk.elaas.server;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.common.persistence.Database;
import dk.elaas.sync.SyncTrialClient;
import dk.elaas.testsupport.LossyProxy;
import dk.elaas.testsupport.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's fault trials, small count: two laptops (each its own JVM process and H2 file) register consents
 * and push them through a TCP proxy that loses every third answer and is cut off now and then; each trial kills
 * a laptop with SIGKILL at a random moment (opening, registering, mid-push). After healing, PostgreSQL holds each
 * consent the laptops hold, once, under the laptop's id: 0 lost, 0 applied twice.
 */
class SyncFaultIT {

    static final int TRIALS = Integer.getInteger("elaas.syncTrials", 20);
    static final int PER_LAPTOP = 12;
    static ServerWorld world;
    static LossyProxy proxy;
    static final String CVR = ServerWorld.cvr(8812345);

    @TempDir
    Path work;

    @BeforeAll
    static void start() throws Exception {
        world = new ServerWorld();
        world.startServer();
        proxy = new LossyProxy(world.servers.get(0).port(), 3);
    }

    @AfterAll
    static void stop() throws Exception {
        proxy.close();
        world.close();
    }

    private Process laptop(Path data, int from, int to) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SyncTrialClient.class.getName(), data.toString(),
                "http://127.0.0.1:" + proxy.port(), world.token("lise", "Lise Feltmand", "elaas-feltmedarbejder", null),
                Integer.toString(from), Integer.toString(to), CVR)
                .redirectErrorStream(true).start();
    }

    @Test
    void killedLaptopsAndLostAnswersLoseNothingAndApplyNothingTwice() throws Exception {
        Random random = new Random(Long.getLong("elaas.syncSeed", 15L));
        Path[] data = {work.resolve("laptop-a"), work.resolve("laptop-b")};
        int[] base = {0, 1000};
        int killed = 0;
        for (int t = 0; t < TRIALS; t++) {
            int which = t % 2;
            int to = base[which] + Math.min(PER_LAPTOP, (t / 2 + 1) * 2);
            proxy.cut(random.nextInt(4) == 0);
            Process p = laptop(data[which], base[which], to);
            long killAfter = 300 + random.nextInt(3500);
            Thread drain = new Thread(() -> drain(p));
            drain.start();
            if (!p.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close, a push cut off anywhere
                killed++;
            }
            p.waitFor(30, TimeUnit.SECONDS);
            drain.join(5000);
        }
        proxy.cut(false);
        for (int which = 0; which < 2; which++) {
            Process p = laptop(data[which], base[which], base[which] + PER_LAPTOP);
            List<String> out = drain(p);
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(out).as(String.join("\n", out)).contains("done");
        }

        Map<String, String> onLaptops = new HashMap<>();
        int queuedNotDone = 0;
        for (Path d : data) {
            try (Connection c = DriverManager.getConnection(Database.Config.h2(d).jdbcUrl(), "sa",
                    Database.Config.h2(d).password()); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT c.id, z.cpr FROM consent c JOIN citizen z ON z.id = c.citizen_id")) {
                    while (rs.next()) {
                        onLaptops.put(rs.getString(1), rs.getString(2));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sync_operation WHERE state <> 'DONE'")) {
                    rs.next();
                    queuedNotDone += rs.getInt(1);
                }
            }
        }
        List<String> onServer = new ArrayList<>();
        Set<String> serverCprs = new HashSet<>();
        int duplicatedCitizens = 0;
        try (Connection c = DriverManager.getConnection(TestDatabases.PG_URL, TestDatabases.PG_USER, "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.id, z.cpr FROM " + world.schema + ".consent c JOIN "
                     + world.schema + ".citizen z ON z.id = c.citizen_id")) {
            while (rs.next()) {
                onServer.add(rs.getString(1));
                if (!serverCprs.add(rs.getString(2))) {
                    duplicatedCitizens++;
                }
            }
        }
        Set<String> lost = new HashSet<>(onLaptops.keySet());
        lost.removeAll(onServer);
        // The consent id is the key, so a second application shows as a second consent for the same citizen.
        int appliedTwice = duplicatedCitizens;
        System.out.printf("| %d trials (%d killed with SIGKILL), 2 laptops, %d consents | %d answers lost by the proxy "
                        + "| lost %d | applied twice %d | still queued %d |%n", TRIALS, killed, onLaptops.size(),
                proxy.answersLost(), lost.size(), appliedTwice, queuedNotDone);

        assertThat(onLaptops).as("every consent registered on the laptops").hasSize(2 * PER_LAPTOP);
        assertThat(lost).as("lost").isEmpty();
        assertThat(appliedTwice).as("applied twice").isZero();
        assertThat(onServer).hasSize(2 * PER_LAPTOP);
        assertThat(queuedNotDone).as("nothing left in a queue").isZero();
        assertThat(killed).as("the trials did kill laptops").isPositive();
    }

    private static List<String> drain(Process p) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (java.io.IOException e) {
            // the process was killed
        }
        return lines;
    }
}
