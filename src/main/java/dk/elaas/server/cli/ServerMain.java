package dk.elaas.server.cli;

import dk.elaas.server.AuditCheck;
import dk.elaas.server.ElaasServer;
import dk.elaas.server.ServerConfig;
import dk.elaas.server.ServerConfigException;

import dk.elaas.audit.AuditChain;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * {@code elaas server [--config FILE]} runs the central server until it is stopped;
 * {@code elaas server verify-audit [--config FILE]} checks the audit log's hash chain and exits 0 when intact,
 * 3 when broken. Configuration errors are listed and exit 2.
 */
public final class ServerMain {

    private ServerMain() {
    }

    /** {@code args} as given after "server". */
    public static int run(String[] args) {
        Path config = null;
        boolean verify = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> {
                    if (i + 1 >= args.length) {
                        System.err.println("--config skal efterfølges af en fil");
                        return 2;
                    }
                    config = Path.of(args[++i]);
                }
                case "verify-audit" -> verify = true;
                default -> {
                    System.err.println("Ukendt argument: " + args[i]
                            + "\nBrug: elaas server [verify-audit] [--config FIL]");
                    return 2;
                }
            }
        }
        ServerConfig cfg;
        try {
            cfg = ServerConfig.load(config, System.getenv());
        } catch (ServerConfigException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (verify) {
            return verifyAudit(cfg);
        }
        ElaasServer server;
        try {
            server = ElaasServer.start(cfg, Clock.systemDefaultZone());
        } catch (ServerConfigException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (dk.elaas.common.persistence.DatabaseStartupException e) {
            System.err.println("Databasen kan ikke bruges (" + e.reason() + "): " + e.detail());
            return 1;
        }
        System.out.println("eLås-serveren kører på port " + server.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "elaas-server-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int verifyAudit(ServerConfig cfg) {
        try {
            AuditChain.Verification v = AuditCheck.verify(cfg);
            if (v.intact()) {
                System.out.println("Revisionsloggen er intakt: " + v.chainedRows() + " kædede rækker"
                        + (v.unchainedRows() > 0 ? " (" + v.unchainedRows() + " fra før kæden)" : ""));
                return 0;
            }
            System.out.println("REVISIONSLOGGEN ER BRUDT ved række " + v.brokenAtSeq() + ": " + v.problem());
            return 3;
        } catch (java.sql.SQLException e) {
            System.err.println("Databasen kan ikke læses: " + e.getMessage());
            return 1;
        }
    }
}
