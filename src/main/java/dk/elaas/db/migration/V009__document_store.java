package dk.elaas.db.migration;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Content-addressed document store (issue 14): each file once, keyed by its SHA-256, in chunks, so the server
 * streams a PDF in and out without holding it in memory. On PostgreSQL row-level security lets a Supplier
 * reach a file only through a consent document of its own company.
 */
public class V009__document_store extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName()
                .toLowerCase(Locale.ROOT).contains("postgres");
        String bytes = postgres ? "BYTEA" : "VARBINARY(1048576)";
        try (Statement st = context.getConnection().createStatement()) {
            st.execute("CREATE TABLE document_blob (sha256 VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " size_bytes BIGINT NOT NULL, chunks INT NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            st.execute("CREATE TABLE document_chunk (sha256 VARCHAR(64) NOT NULL REFERENCES document_blob (sha256),"
                    + " idx INT NOT NULL, data " + bytes + " NOT NULL, PRIMARY KEY (sha256, idx))");
            if (postgres) {
                String visible = "elaas_sees_all() OR EXISTS (SELECT 1 FROM consent_document d WHERE d.sha256 = %s.sha256)";
                for (String table : new String[] {"document_blob", "document_chunk"}) {
                    st.execute("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
                    st.execute("CREATE POLICY " + table + "_read ON " + table + " FOR SELECT USING ("
                            + visible.formatted(table) + ")");
                    st.execute("CREATE POLICY " + table + "_write ON " + table + " FOR INSERT WITH CHECK (elaas_sees_all())");
                    st.execute("CREATE POLICY " + table + "_complete ON " + table + " FOR UPDATE USING (elaas_sees_all())");
                }
            }
        }
    }
}
