package dk.elaas.db.migration;

import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL row-level security, the server's second wall behind the policy (issue 14): the server sets
 * {@code elaas.role} and {@code elaas.supplier_id} per transaction ({@code SET LOCAL}); a Supplier user's
 * transaction then sees only rows of its own company, and a transaction that set no role sees nothing at all
 * (fail closed). Only roles that do not own the tables are bound by it, which is why the server's pool acts as
 * its own database role. Nothing to do on H2: the embedded database holds one user's data.
 */
public class V007__row_level_security extends BaseJavaMigration {

    private static final String ALL = "elaas_sees_all()";
    private static final String OWN = "supplier_id = elaas_supplier()";
    /** One of the roles the server sets; anything else (empty, misspelt, invented) is nobody. */
    private static final String KNOWN = "elaas_role() IN ('SYSTEM', 'CLERK', 'FIELD_STAFF', 'OEJB', 'ADMINISTRATOR',"
            + " 'SUPPLIER')";

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement st = context.getConnection().createStatement()) {
            st.execute("CREATE FUNCTION elaas_role() RETURNS text LANGUAGE sql STABLE AS"
                    + " $$ SELECT coalesce(current_setting('elaas.role', true), '') $$");
            // A company only for the Supplier role: a transaction with any other or a misspelt role and a
            // supplier id must not see that company's rows.
            st.execute("CREATE FUNCTION elaas_supplier() RETURNS uuid LANGUAGE sql STABLE AS"
                    + " $$ SELECT CASE WHEN current_setting('elaas.role', true) = 'SUPPLIER'"
                    + " THEN nullif(current_setting('elaas.supplier_id', true), '')::uuid END $$");
            st.execute("CREATE FUNCTION elaas_sees_all() RETURNS boolean LANGUAGE sql STABLE AS"
                    + " $$ SELECT coalesce(current_setting('elaas.role', true), '')"
                    + " IN ('SYSTEM', 'CLERK', 'FIELD_STAFF', 'OEJB', 'ADMINISTRATOR') $$");
            for (String table : List.of("consent", "supplier_employee", "access_grant")) {
                policy(st, table, ALL + " OR " + OWN);
            }
            policy(st, "supplier", ALL + " OR id = elaas_supplier()", ALL);
            policy(st, "printed_form", ALL);
            policy(st, "app_user", ALL);
            policy(st, "citizen", ALL + " OR EXISTS (SELECT 1 FROM consent k WHERE k.citizen_id = citizen.id)");
            policy(st, "consent_document", ALL + " OR EXISTS (SELECT 1 FROM consent k WHERE k.id = consent_id)");
            policy(st, "consent_status_change", ALL + " OR EXISTS (SELECT 1 FROM consent k WHERE k.id = consent_id)");
            policy(st, "onboarding_case", ALL + " OR EXISTS (SELECT 1 FROM supplier_employee e WHERE e.id = employee_id)");
            policy(st, "onboarding_step", ALL + " OR EXISTS (SELECT 1 FROM onboarding_case c WHERE c.id = case_id)");
            policy(st, "onboarding_citizen", ALL + " OR EXISTS (SELECT 1 FROM onboarding_case c WHERE c.id = case_id)");
            policy(st, "outgoing_mail", ALL + " OR EXISTS (SELECT 1 FROM onboarding_case c WHERE c.id = case_id)"
                    + " OR EXISTS (SELECT 1 FROM consent k WHERE k.id = consent_id)");
            // The audit log: everyone's actions are written, only non-supplier roles read it.
            st.execute("ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY");
            st.execute("CREATE POLICY audit_read ON audit_event FOR SELECT USING (" + ALL + ")");
            st.execute("CREATE POLICY audit_write ON audit_event FOR INSERT WITH CHECK (" + KNOWN + ")");
            // Settings (mail recipients, role mapping …): read by every signed-in role, changed by Administrator only.
            st.execute("ALTER TABLE app_setting ENABLE ROW LEVEL SECURITY");
            st.execute("CREATE POLICY setting_read ON app_setting FOR SELECT USING (" + KNOWN + ")");
            String admin = "elaas_role() IN ('SYSTEM', 'ADMINISTRATOR')";
            st.execute("CREATE POLICY setting_insert ON app_setting FOR INSERT WITH CHECK (" + admin + ")");
            st.execute("CREATE POLICY setting_update ON app_setting FOR UPDATE USING (" + admin + ")");
            st.execute("CREATE POLICY setting_delete ON app_setting FOR DELETE USING (" + admin + ")");
        }
    }

    private static void policy(Statement st, String table, String using) throws java.sql.SQLException {
        policy(st, table, using, using);
    }

    private static void policy(Statement st, String table, String using, String check) throws java.sql.SQLException {
        st.execute("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
        st.execute("CREATE POLICY " + table + "_scope ON " + table + " USING (" + using + ") WITH CHECK (" + check + ")");
    }
}
