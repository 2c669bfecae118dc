package dk.elaas.server;

import dk.elaas.audit.AuditChain;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Verifies the audit log's hash chain: at every start (reported, not fatal) and as {@code verify-audit}. */
public final class AuditCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheck.class);

    private AuditCheck() {
    }

    static void atStart(ServerContext ctx) {
        ctx.systemTx.run(s -> s.doWork(c -> report(AuditChain.verify(c))));
    }

    public static AuditChain.Verification verify(ServerConfig config) throws SQLException {
        try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword())) {
            c.setAutoCommit(false);
            if (config.dbSchema() != null) {
                c.setSchema(config.dbSchema());
            }
            AuditChain.Verification v = AuditChain.verify(c);
            c.rollback();
            return v;
        }
    }

    static void report(AuditChain.Verification v) {
        if (v.intact()) {
            LOG.info("Audit log intact: {} chained rows ({} from before the chain)", v.chainedRows(), v.unchainedRows());
        } else {
            LOG.error("AUDIT LOG BROKEN at row {}: {} — run 'elaas server verify-audit' and investigate",
                    v.brokenAtSeq(), v.problem());
        }
    }
}
