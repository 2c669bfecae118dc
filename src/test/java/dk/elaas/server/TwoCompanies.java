package dk.elaas.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.elaas.testsupport.TestDatabases;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * The register the adversarial suite attacks: two supplier companies A and B, each with a consent (citizen,
 * address, phone, PDF) registered through the API by a clerk, and an employee with an onboarding case. The
 * attacker is A's supplier user; everything of B is a secret that must never reach it or the log.
 */
final class TwoCompanies {

    static final String NAME_A = "Nærkøb Vest ApS";
    static final String NAME_B = "Apoteket Østerbro A/S";
    static final String CITIZEN_A = "Karen Jensen";
    static final String CPR_A = "120345-1234";
    static final String CITIZEN_B = "Vibeke Strandgaard";
    static final String CPR_B = "030571-2468";
    static final String ADDRESS_B = "Skovbrynet 77";
    static final String PHONE_B = "51998877";
    static final String EMPLOYEE_A = "Kasper Andersen";
    static final String EMPLOYEE_B = "Thorvald Mikkelsen";

    final ServerWorld world;
    final String cvrA = ServerWorld.cvr(3112270);
    final String cvrB = ServerWorld.cvr(4455120);
    final String supplierA;
    final String supplierB;
    final String consentA;
    final String consentB;
    final String documentA;
    final String documentB;
    final UUID caseB;

    TwoCompanies(ServerWorld world) {
        this.world = world;
        supplierA = ServerApiIT.createSupplierOn(world, NAME_A, cvrA);
        supplierB = ServerApiIT.createSupplierOn(world, NAME_B, cvrB);
        consentA = register(CITIZEN_A, CPR_A, "Bøgevej 14", "40112233", supplierA);
        Map<String, Object> b = ServerApiIT.draft(CITIZEN_B, CPR_B, supplierB);
        b.put("address", ADDRESS_B);
        b.put("phone", PHONE_B);
        consentB = id(world.send(0, "POST", "/api/consents", world.clerk(), b), "consentId");
        documentA = firstDocument(consentA);
        documentB = firstDocument(consentB);
        try {
            employeeWithCase(supplierA, "Kasper", "Andersen");
            caseB = employeeWithCase(supplierB, "Thorvald", "Mikkelsen");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything of company B that A's user must never see, in every spelling a leak could take. */
    String[] secretsOfB() {
        return new String[] {CITIZEN_B, "Vibeke", "Strandgaard", CPR_B, CPR_B.replace("-", ""), CPR_B.substring(0, 6),
            ADDRESS_B, "Skovbrynet", PHONE_B, EMPLOYEE_B, "Thorvald", "Mikkelsen", NAME_B, "Østerbro", cvrB};
    }

    /** Full CPR of A's own citizen: A's user may see the consent but never the whole number. */
    String[] fullCprOfA() {
        return new String[] {CPR_A, CPR_A.replace("-", "")};
    }

    private String register(String name, String cpr, String address, String phone, String supplierId) {
        Map<String, Object> d = ServerApiIT.draft(name, cpr, supplierId);
        d.put("address", address);
        d.put("phone", phone);
        return id(world.send(0, "POST", "/api/consents", world.clerk(), d), "consentId");
    }

    private String id(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return world.read(r).path(field).asText();
    }

    private String firstDocument(String consentId) {
        JsonNode d = world.read(world.get(0, "/api/consents/" + consentId, world.admin()));
        String doc = d.path("documents").path(0).path("id").asText();
        assertThat(doc).isNotBlank();
        return doc;
    }

    /** No endpoint starts a case yet: the rows are written as the schema's owner, as a migration would. */
    private UUID employeeWithCase(String supplierId, String first, String last) throws SQLException {
        UUID employee = UUID.randomUUID();
        UUID kase = UUID.randomUUID();
        try (Connection c = owner()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO supplier_employee (id, version, created_at,"
                    + " updated_at, supplier_id, first_name, last_name, work_email, uses_manager_email)"
                    + " VALUES (?, 0, now(), now(), ?, ?, ?, ?, false)")) {
                ps.setObject(1, employee);
                ps.setObject(2, UUID.fromString(supplierId));
                ps.setString(3, first);
                ps.setString(4, last);
                ps.setString(5, first.toLowerCase() + "@" + last.toLowerCase() + ".example.dk");
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO onboarding_case (id, version, created_at,"
                    + " updated_at, employee_id, kind, state, services) VALUES (?, 0, now(), now(), ?, 'ONBOARDING',"
                    + " 'OPEN', 'DAGLIGVARER')")) {
                ps.setObject(1, kase);
                ps.setObject(2, employee);
                ps.executeUpdate();
            }
        }
        return kase;
    }

    /** A connection as the schema's owner (postgres), which row-level security does not bind. */
    Connection owner() throws SQLException {
        Connection c = DriverManager.getConnection(TestDatabases.PG_URL, TestDatabases.PG_USER, "");
        c.setSchema(world.schema);
        return c;
    }
}
