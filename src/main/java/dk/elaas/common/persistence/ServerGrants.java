package dk.elaas.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Gives the server's database role what it needs after each migration, and no more: data rights on the
 * schema's tables, but no UPDATE, DELETE or TRUNCATE on the audit log (append-only for the app, issue 14) and
 * read-only on Flyway's history. The role is created (NOLOGIN) when the owner may; in production a DBA creates
 * it and makes the owner a member, so the pool can {@code SET ROLE} to it.
 */
final class ServerGrants {

    private ServerGrants() {
    }

    static void grant(DataSource owner, String schema, String role) {
        try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            if (!roleExists(c, role)) {
                st.execute("CREATE ROLE " + role + " NOLOGIN");
            }
            String s = schema == null ? currentSchema(c) : schema;
            String q = "\"" + s.replace("\"", "\"\"") + "\"";
            st.execute("GRANT USAGE ON SCHEMA " + q + " TO " + role);
            st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + q + " TO " + role);
            st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + q + " TO " + role);
            st.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + q + ".audit_event FROM " + role);
            st.execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON " + q + ".flyway_schema_history FROM " + role);
        } catch (SQLException e) {
            throw new DatabaseStartupException(DatabaseStartupException.Reason.UNREADABLE,
                    "could not grant the server's database role '" + role + "' its rights: " + e.getMessage(), e);
        }
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
