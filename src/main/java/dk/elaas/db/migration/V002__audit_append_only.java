package dk.elaas.db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit log append-only in the database itself: UPDATE and DELETE on {@code audit_event} fail,
 * whoever issues them. A Java migration because H2 and PostgreSQL express triggers differently.
 */
public class V002__audit_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        try (Statement st = context.getConnection().createStatement()) {
            if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                st.execute("""
                        CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
                        BEGIN
                          RAISE EXCEPTION 'audit_event is append-only';
                        END;
                        $$ LANGUAGE plpgsql""");
                st.execute("""
                        CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
                        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""");
            } else {
                st.execute("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW CALL \""
                        + AppendOnlyTrigger.class.getName() + "\"");
                st.execute("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW CALL \""
                        + AppendOnlyTrigger.class.getName() + "\"");
            }
        }
    }
}
