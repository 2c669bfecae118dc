package dk.elaas.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.elaas.testsupport.TestDatabases;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The central register end to end: two server instances on one PostgreSQL schema, people signed in with real
 * tokens, real HTTP. What one clerk registers on one instance, another sees on the other; a Supplier sees only
 * its own company's consents; every action is in the hash-chained audit log with who did it.
 */
class ServerApiIT {

    static ServerWorld world;
    static String cvrA = ServerWorld.cvr(3112270);
    static String cvrB = ServerWorld.cvr(4455120);
    static String supplierA;
    static String supplierB;
    static String consentA;
    static String consentB;

    @BeforeAll
    static void start() {
        world = new ServerWorld();
        world.startServer();
        world.startServer();
        supplierA = createSupplier(0, "Nærkøb Vest ApS", cvrA);
        supplierB = createSupplier(1, "Apoteket Øst A/S", cvrB);
        consentA = register(0, "Karen Jensen", "120345-1234", supplierA);
        consentB = register(1, "Ole Hansen", "010150-4321", supplierB);
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    static String createSupplier(int server, String name, String cvr) {
        return createSupplierOn(world, server, name, cvr);
    }

    static String createSupplierOn(ServerWorld world, String name, String cvr) {
        return createSupplierOn(world, 0, name, cvr);
    }

    static String createSupplierOn(ServerWorld world, int server, String name, String cvr) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("cvr", cvr);
        form.put("services", List.of("DAGLIGVARER", "MEDICIN"));
        form.put("managerName", "Leder");
        form.put("managerEmail", "leder@example.dk");
        HttpResponse<String> r = world.send(server, "POST", "/api/suppliers", world.admin(), form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return world.read(r).path("id").asText();
    }

    static Map<String, Object> draft(String name, String cpr, String supplierId) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("citizenName", name);
        d.put("cpr", cpr);
        d.put("address", "Bøgevej 14, 2. tv.");
        d.put("postalCode", "8000");
        d.put("city", "Aarhus C");
        d.put("phone", "40112233");
        d.put("supplierId", supplierId);
        d.put("services", List.of("DAGLIGVARER"));
        d.put("validFrom", LocalDate.now().minusDays(1).toString());
        d.put("validUntil", LocalDate.now().plusYears(1).toString());
        d.put("signerRole", "CITIZEN");
        d.put("signedOn", LocalDate.now().minusDays(1).toString());
        d.put("collectedByName", "Lars Gravesen");
        d.put("collectedByOrg", "SUNDHED_OG_FOREBYGGELSE");
        d.put("channel", "PAPER");
        d.put("documents", List.of(Map.of("kind", "NORMALIZED_PDF", "fileName", "side1.pdf", "mediaType",
                "application/pdf", "pageCount", 1, "content",
                Base64.getEncoder().encodeToString(dk.elaas.consent.ConsentWorld.samplePdf()))));
        return d;
    }

    static String register(int server, String name, String cpr, String supplierId) {
        HttpResponse<String> r = world.send(server, "POST", "/api/consents", world.clerk(), draft(name, cpr, supplierId));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return world.read(r).path("consentId").asText();
    }

    @Test
    void aConsentRegisteredOnOneInstanceIsSeenByAnotherPersonOnTheOther() {
        String other = world.token("clerk-2", "Jonas Kontor", "elaas-sagsbehandler", null);
        HttpResponse<String> r = world.get(1, "/api/consents/" + consentA, other);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(world.read(r).path("citizenName").asText()).isEqualTo("Karen Jensen");
    }

    @Test
    void meTellsWhoTheServerTookTheCallerToBeWithTheRoleFromTheToken() {
        JsonNode me = world.read(world.get(0, "/api/me", world.supplier(cvrA)));

        assertThat(me.path("name").asText()).isEqualTo("Karin Leverandør");
        assertThat(me.path("role").asText()).isEqualTo("SUPPLIER");
        assertThat(me.path("supplierId").asText()).isEqualTo(supplierA);
    }

    @Test
    void aSupplierListsOnlyItsOwnCompanysConsentsWithoutCpr() {
        JsonNode list = world.read(world.get(1, "/api/consents", world.supplier(cvrA)));

        assertThat(list).extracting(n -> n.path("id").asText()).contains(consentA).doesNotContain(consentB);
        assertThat(list).extracting(n -> n.path("supplierName").asText()).containsOnly("Nærkøb Vest ApS");
        assertThat(list).allSatisfy(n -> assertThat(n.path("maskedCpr").isNull()).isTrue());
    }

    @Test
    void aSupplierChecksByExactCprAndHearsOnlyYesAndUntilWhenForItsOwnConsent() {
        HttpResponse<String> own = world.get(0, "/api/check?cpr=120345-1234", world.supplier(cvrA));
        HttpResponse<String> other = world.get(0, "/api/check?cpr=010150-4321", world.supplier(cvrA));

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(world.read(own).path("consents")).hasSize(1);
        assertThat(own.body()).doesNotContain("Karen", "Bøgevej", "120345");
        assertThat(world.read(other).path("valid").asBoolean()).isFalse();
        assertThat(world.read(other).path("consents")).isEmpty();
        assertThat(other.body()).doesNotContain("Ole", "Hansen", "Apoteket", "010150");
    }

    @Test
    void aClerkChecksByNameAndSeesTheCitizen() {
        HttpResponse<String> r = world.get(0, "/api/check?name=jens", world.clerk());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Karen Jensen");
    }

    @Test
    void theLifecycleRunsOverHttpAndIsAuditedWithTheSignedInPerson() throws Exception {
        String id = register(0, "Birthe Lund", "230460-1111", supplierA);
        assertThat(world.send(1, "POST", "/api/consents/" + id + "/send", world.clerk(), null).statusCode()).isEqualTo(200);
        String oejb = world.token("oejb-1", "Hasse Eriksen", "elaas-oejb", null);
        HttpResponse<String> received = world.send(0, "POST", "/api/consents/" + id + "/received", oejb,
                Map.of("receivedOn", LocalDate.now().toString(), "confirmedBy", "Hasse Eriksen"));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        assertThat(world.read(received).path("status").asText()).isEqualTo("RECEIVED");

        try (Connection c = DriverManager.getConnection(TestDatabases.PG_URL, TestDatabases.PG_USER, "");
             Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + world.schema);
            try (ResultSet rs = st.executeQuery("SELECT user_name, user_role, subject FROM audit_event"
                    + " WHERE entity_id = '" + id + "' AND changed_fields LIKE '%receivedOn%'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Hasse Eriksen");
                assertThat(rs.getString(2)).isEqualTo("OEJB");
                assertThat(rs.getString(3)).isEqualTo("oejb-1");
            }
        }
    }

    @Test
    void theAuditChainOfBothInstancesIsIntact() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabases.PG_URL, TestDatabases.PG_USER, "")) {
            c.setAutoCommit(false);
            c.setSchema(world.schema);
            var v = dk.elaas.audit.AuditChain.verify(c);
            assertThat(v.intact()).as(v.problem()).isTrue();
            assertThat(v.chainedRows()).isGreaterThan(4);
        }
    }

    @Test
    void healthAnswersWithoutTokenButNothingElseDoes() {
        assertThat(world.get(0, "/api/health", null).statusCode()).isEqualTo(200);
        assertThat(world.get(0, "/api/consents", null).statusCode()).isEqualTo(401);
    }
}
