package dk.elaas.server;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.audit.AuditChain;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second wall (issue 14): the same leaks tried by SQL as the server's own database role, bound by
 * PostgreSQL's row-level security. The connection is the test's, on the schema a real server migrated and
 * filled through its API; it switches to the server's role ({@code SET ROLE}) and says who acts the way the
 * server does ({@code elaas.role}, {@code elaas.supplier_id}), or says nothing. The audit log is then
 * tampered with as the schema's owner, and {@code elaas server verify-audit} in a child process must notice.
 */
class RowLevelSecurityIT {

    static final String RLS_REFUSED = "42501";
    static final List<String> TABLES = List.of("consent", "citizen", "supplier", "supplier_employee", "onboarding_case",
            "onboarding_step", "onboarding_citizen", "consent_document", "consent_status_change", "access_grant",
            "outgoing_mail", "app_user", "printed_form", "audit_event", "app_setting");

    static ServerWorld world;
    static TwoCompanies data;
    static LeakProbe probe;

    @BeforeAll
    static void start() {
        world = new ServerWorld();
        world.startServer();
        data = new TwoCompanies(world);
        // A mail about B's consent and a setting, so those tables have rows to leak.
        assertThat(world.send(0, "POST", "/api/consents/" + data.consentB + "/send", world.clerk(), null).statusCode())
                .isEqualTo(200);
        assertThat(world.send(0, "PUT", "/api/settings/mail.recipients.oejb", world.admin(),
                Map.of("value", "oejb@aarhus.example.dk")).statusCode()).isEqualTo(204);
        probe = new LeakProbe("RowLevelSecurityIT").secret(data.secretsOfB());
    }

    @AfterAll
    static void stop() throws Exception {
        probe.close();
        world.close();
    }

    @AfterEach
    void nothingLeaked() {
        probe.assertNoLeaks();
    }

    /** A connection acting as the server's database role; {@code role} null: the way a forgotten SET LOCAL looks. */
    private static Connection asApp(String role, String supplierId) throws SQLException {
        Connection c = data.owner();
        try (Statement st = c.createStatement()) {
            st.execute("SET ROLE " + ServerWorld.APP_ROLE);
            if (role != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT set_config('elaas.role', ?, false), set_config('elaas.supplier_id', ?, false)")) {
                    ps.setString(1, role);
                    ps.setString(2, supplierId == null ? "" : supplierId);
                    ps.execute();
                }
            }
        }
        return c;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM (" + sql + ") q")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every value of every row the query returns, as one text to search for secrets. */
    private static String rows(Connection c, String sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    out.append(rs.getString(i)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Rows changed, or -1 when the database refused the statement for lack of rights (RLS or privileges). */
    private static int change(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        } catch (SQLException e) {
            if (RLS_REFUSED.equals(e.getSQLState()) || "P0001".equals(e.getSQLState())) {
                return -1;
            }
            throw e;
        }
    }

    @Test
    void withoutARoleTheServersDatabaseRoleSeesNothing() throws SQLException {
        try (Connection owner = data.owner()) {
            assertThat(count(owner, "SELECT * FROM consent")).isEqualTo(2);
            assertThat(count(owner, "SELECT * FROM supplier_employee")).isEqualTo(2);
            assertThat(count(owner, "SELECT * FROM audit_event")).isPositive();
            assertThat(count(owner, "SELECT * FROM outgoing_mail")).isPositive();
            assertThat(count(owner, "SELECT * FROM app_setting")).isPositive();
        }
        for (String[] who : new String[][] {{null, null}, {"", null}, {"supplier", data.supplierA},
            {"HACKER", null}, {"ADMINISTRATOR ", null}}) {
            try (Connection c = asApp(who[0], who[1])) {
                for (String table : TABLES) {
                    probe.sql("role '" + who[0] + "' reads " + table, count(c, "SELECT * FROM " + table) == 0);
                }
                probe.sql("role '" + who[0] + "' changes a consent",
                        change(c, "UPDATE consent SET status_reason = 'x'") <= 0);
                probe.sql("role '" + who[0] + "' writes a setting", change(c, "INSERT INTO app_setting VALUES"
                        + " ('mail.evil', 'x', 0, now(), now())") == -1);
            }
        }
    }

    @Test
    void aSupplierTransactionSeesOnlyItsOwnCompany() throws SQLException {
        try (Connection c = asApp("SUPPLIER", data.supplierA)) {
            probe.sql("supplier reads only its consents", count(c, "SELECT * FROM consent") == 1
                    && count(c, "SELECT * FROM consent WHERE supplier_id <> '" + data.supplierA + "'") == 0);
            probe.sql("supplier reads its own citizen", rows(c, "SELECT name FROM citizen").contains(TwoCompanies.CITIZEN_A));
            for (String table : TABLES) {
                probe.sqlRead("supplier reads " + table, rows(c, "SELECT * FROM " + table));
            }
            probe.sql("supplier reads B's document", count(c, "SELECT * FROM consent_document WHERE id = '"
                    + data.documentB + "'") == 0);
            probe.sql("supplier reads the audit log", count(c, "SELECT * FROM audit_event") == 0);
            probe.sql("supplier reads app users", count(c, "SELECT * FROM app_user") == 0);
            probe.sql("supplier reads only its employees", count(c, "SELECT * FROM supplier_employee") == 1);
            probe.sql("supplier reads only its cases", count(c, "SELECT * FROM onboarding_case WHERE id = '"
                    + data.caseB + "'") == 0);
        }
    }

    @Test
    void aSupplierTransactionCannotChangeAnotherCompanysRows() throws SQLException {
        String b = "'" + data.consentB + "'";
        try (Connection c = asApp("SUPPLIER", data.supplierA)) {
            probe.sql("insert a consent for B", change(c, "INSERT INTO consent SELECT r.* FROM consent k,"
                    + " jsonb_populate_record(null::consent, to_jsonb(k) || jsonb_build_object('id', gen_random_uuid(),"
                    + " 'supplier_id', '" + data.supplierB + "')) r WHERE k.id = '" + data.consentA + "'") == -1);
            probe.sql("update B's consent", change(c, "UPDATE consent SET status = 'WITHDRAWN' WHERE id = " + b) == 0);
            probe.sql("move own consent to B", change(c, "UPDATE consent SET supplier_id = '" + data.supplierB
                    + "' WHERE id = '" + data.consentA + "'") == -1);
            probe.sql("delete B's consent", change(c, "DELETE FROM consent WHERE id = " + b) == 0);
            probe.sql("update B's citizen", change(c, "UPDATE citizen SET name = 'x' WHERE name = '"
                    + TwoCompanies.CITIZEN_B + "'") == 0);
            probe.sql("update B's document", change(c, "UPDATE consent_document SET file_name = 'x' WHERE id = '"
                    + data.documentB + "'") == 0);
            probe.sql("update B's supplier record", change(c, "UPDATE supplier SET name = 'x' WHERE id = '"
                    + data.supplierB + "'") == 0);
            probe.sql("update own supplier record", change(c, "UPDATE supplier SET name = 'x' WHERE id = '"
                    + data.supplierA + "'") == -1);
            probe.sql("add an employee to B", change(c, "INSERT INTO supplier_employee (id, version, created_at,"
                    + " updated_at, supplier_id, first_name, last_name, uses_manager_email) VALUES (gen_random_uuid(),"
                    + " 0, now(), now(), '" + data.supplierB + "', 'Fup', 'Ansat', false)") == -1);
            probe.sql("close B's case", change(c, "UPDATE onboarding_case SET state = 'CLOSED' WHERE id = '"
                    + data.caseB + "'") == 0);
            probe.sql("change a setting", change(c, "UPDATE app_setting SET setting_value = 'karin@evil.example'") <= 0);
            probe.sql("delete a setting", change(c, "DELETE FROM app_setting") <= 0);
            probe.sql("add a setting", change(c, "INSERT INTO app_setting VALUES ('mail.evil', 'x', 0, now(), now())")
                    == -1);
        }
        try (Connection c = asApp("SUPPLIER", null)) {
            probe.sql("supplier role without company reads consents", count(c, "SELECT * FROM consent") == 0);
        }
        try (Connection c = asApp("SUPPLIER", "not-a-uuid")) {
            boolean refused;
            try {
                count(c, "SELECT * FROM consent");
                refused = false;
            } catch (SQLException e) {
                refused = true;
            }
            probe.sql("supplier role with a broken company id reads consents", refused);
        }
        try (Connection owner = data.owner()) {
            assertThat(rows(owner, "SELECT status, supplier_id FROM consent WHERE id = " + b))
                    .contains("SENT", data.supplierB);
            assertThat(rows(owner, "SELECT name FROM supplier ORDER BY name")).contains(TwoCompanies.NAME_A,
                    TwoCompanies.NAME_B);
            assertThat(rows(owner, "SELECT setting_value FROM app_setting")).doesNotContain("karin@evil.example");
            assertThat(count(owner, "SELECT * FROM consent")).isEqualTo(2);
        }
    }

    @Test
    void theServersRoleCannotChangeTheAuditLogWhateverItSays() throws SQLException {
        for (String role : new String[] {null, "SUPPLIER", "CLERK", "ADMINISTRATOR", "SYSTEM"}) {
            try (Connection c = asApp(role, role == null ? null : data.supplierA)) {
                probe.sql(role + " updates the audit log", change(c, "UPDATE audit_event SET details = 'x'") == -1);
                probe.sql(role + " deletes from the audit log", change(c, "DELETE FROM audit_event") == -1);
                probe.sql(role + " truncates the audit log", change(c, "TRUNCATE audit_event") == -1);
                probe.sql(role + " disables the append-only trigger",
                        change(c, "ALTER TABLE audit_event DISABLE TRIGGER ALL") == -1);
                probe.sql(role + " drops the audit log's row security",
                        change(c, "ALTER TABLE audit_event DISABLE ROW LEVEL SECURITY") == -1);
            }
        }
        try (Connection owner = data.owner()) {
            assertThat(rows(owner, "SELECT details FROM audit_event")).doesNotContain("|x|");
        }
    }

    @Test
    void tamperingWithTheAuditLogAsItsOwnerIsFoundByVerifyAudit(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("server.properties");
        try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            world.config().store(w, "verify-audit of the adversarial suite");
        }
        assertThat(verifyAudit(config)).startsWith("0:").contains("intakt");
        try (Connection owner = data.owner(); Statement st = owner.createStatement()) {
            String original = rows(owner, "SELECT user_name FROM audit_event WHERE seq = 2").split("\\|")[0];
            st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change");
            st.execute("UPDATE audit_event SET user_name = 'Nogen Andens Navn' WHERE seq = 2");
            try (Connection c = data.owner()) {
                AuditChain.Verification v = AuditChain.verify(c);
                probe.sql("a changed audit row goes unnoticed", !v.intact() && v.brokenAtSeq() == 2);
            }
            String changed = verifyAudit(config);
            probe.sql("verify-audit misses a changed row", changed.startsWith("3:") && changed.contains("række 2"));

            st.execute("UPDATE audit_event SET user_name = '" + original.replace("'", "''") + "' WHERE seq = 2");
            assertThat(verifyAudit(config)).startsWith("0:");
            long last = count(owner, "SELECT * FROM audit_event WHERE seq IS NOT NULL");
            st.execute("DELETE FROM audit_event WHERE seq = " + last);
            String cut = verifyAudit(config);
            probe.sql("verify-audit misses a removed last row", cut.startsWith("3:"));
            st.execute("DELETE FROM audit_event WHERE seq = 3");
            try (Connection c = data.owner()) {
                AuditChain.Verification v = AuditChain.verify(c);
                probe.sql("a removed audit row goes unnoticed", !v.intact() && v.brokenAtSeq() == 3);
            }
            st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change");
        }
    }

    /** {@code elaas server verify-audit --config FILE} in its own JVM: "exit code: output". */
    private static String verifyAudit(Path config) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dk.elaas.app.Main", "server", "verify-audit",
                "--config", config.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() + ": " + out;
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
