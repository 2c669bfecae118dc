package dk.elaas.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adversarial suite, endpoint by endpoint (issue 14): a Supplier user of company A, signed in with a real
 * token, tries to read and change company B's consents, documents, supplier record, employees and cases, to
 * search citizens by name, to see a full CPR, to export, to read or change settings and to read the audit log;
 * Field staff and ØJB try what the policy keeps from them. Each attempt must be refused (or, for a list, answer
 * only A's own rows), with nothing of B in the answer and nothing of B in the server's log. Positive controls
 * show the same data is there for those who may see it, so every check here can fail.
 */
class ServerSecurityIT {

    static final Set<Integer> REFUSED = Set.of(401, 403, 404);
    static final Set<Integer> OWN_ROWS_ONLY = Set.of(200);
    static final String SETTING = "mail.recipients.oejb";
    static final String SETTING_VALUE = "oejb-intern@aarhus.example.dk";

    static ServerWorld world;
    static TwoCompanies data;
    static LeakProbe probe;
    static String supplierA;

    @BeforeAll
    static void start() {
        world = new ServerWorld();
        world.startServer();
        data = new TwoCompanies(world);
        HttpResponse<String> put = world.send(0, "PUT", "/api/settings/" + SETTING, world.admin(),
                Map.of("value", SETTING_VALUE));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
        supplierA = world.supplier(data.cvrA);
        probe = new LeakProbe("ServerSecurityIT").secret(data.secretsOfB()).secret(SETTING_VALUE);
    }

    @AfterAll
    static void stop() throws Exception {
        probe.close();
        world.close();
    }

    @BeforeEach
    void forgetEarlierLogs() {
        probe.mark();
    }

    @AfterEach
    void nothingLeaked() {
        probe.assertNoLeaks();
    }

    private HttpResponse<String> get(String what, String path, String token, Set<Integer> allowed) {
        return probe.attempt(what, world.get(0, path, token), allowed);
    }

    private HttpResponse<String> send(String what, String method, String path, String token, Object body) {
        return probe.attempt(what, world.send(0, method, path, token, body), REFUSED);
    }

    @Test
    void theDataUnderAttackIsThereForThoseWhoMaySeeIt() {
        JsonNode b = world.read(world.get(0, "/api/consents/" + data.consentB, world.admin()));
        assertThat(b.path("citizenName").asText()).isEqualTo(TwoCompanies.CITIZEN_B);
        assertThat(world.get(0, "/api/consents/" + data.consentB + "/cpr", world.clerk()).body())
                .contains(TwoCompanies.CPR_B);
        assertThat(world.get(0, "/api/onboarding/cases", world.admin()).body()).contains(TwoCompanies.EMPLOYEE_B);
        assertThat(world.get(0, "/api/export/consents.csv?from=2000-01-01&to=2100-01-01", world.clerk()).body())
                .contains(TwoCompanies.CITIZEN_B);
        assertThat(world.get(0, "/api/check?name=strandgaard", world.clerk()).body()).contains(TwoCompanies.CITIZEN_B);
        assertThat(world.get(0, "/api/settings/" + SETTING, world.admin()).body()).contains(SETTING_VALUE);
        assertThat(world.read(world.get(0, "/api/audit", world.clerk())).size()).isPositive();
        assertThat(world.get(0, "/api/consents/" + data.consentB + "/documents/" + data.documentB, world.clerk())
                .body()).startsWith("%PDF");
    }

    @Test
    void aSupplierCannotOpenAnotherCompanysConsentNorItsDocuments() {
        String b = "/api/consents/" + data.consentB;
        get("detail of B's consent", b, supplierA, REFUSED);
        get("B's document under B's consent", b + "/documents/" + data.documentB, supplierA, REFUSED);
        get("B's document under A's own consent", "/api/consents/" + data.consentA + "/documents/" + data.documentB,
                supplierA, REFUSED);
        get("B's consent id as a document id", b + "/documents/" + data.consentB, supplierA, REFUSED);
        HttpResponse<String> ownPdf = get("A's own consent PDF (the signed form shows the full CPR)",
                "/api/consents/" + data.consentA + "/documents/" + data.documentA, supplierA, REFUSED);
        assertThat(ownPdf.body()).doesNotStartWith("%PDF");
        // The own consent opens, cut to what a supplier may see: no CPR, no address, no phone, no documents.
        HttpResponse<String> own = get("detail of A's own consent", "/api/consents/" + data.consentA, supplierA,
                OWN_ROWS_ONLY);
        assertThat(own.body()).contains(TwoCompanies.CITIZEN_A).doesNotContain("Bøgevej", "40112233", "120345",
                data.documentA);
    }

    @Test
    void anotherCompanysRowIsAnsweredExactlyLikeOneThatDoesNotExist() {
        String nobody = java.util.UUID.randomUUID().toString();
        for (String suffix : new String[] {"", "/cpr", "/documents/" + data.documentB}) {
            HttpResponse<String> b = get("B's consent" + suffix, "/api/consents/" + data.consentB + suffix, supplierA,
                    REFUSED);
            HttpResponse<String> none = world.get(0, "/api/consents/" + nobody + suffix.replace(data.documentB, nobody),
                    supplierA);
            assertThat(b.statusCode()).as(suffix).isEqualTo(none.statusCode());
            assertThat(b.body()).as(suffix).isEqualTo(none.body());
        }
        HttpResponse<String> b = get("check B's citizen", "/api/check?cpr=" + TwoCompanies.CPR_B, supplierA,
                OWN_ROWS_ONLY);
        assertThat(b.body()).isEqualTo(world.get(0, "/api/check?cpr=311299-9999", supplierA).body());
    }

    @Test
    void aSupplierCannotChangeAnotherCompanysConsent() {
        String b = "/api/consents/" + data.consentB;
        send("send B's consent", "POST", b + "/send", supplierA, null);
        send("mark B's consent received", "POST", b + "/received", supplierA,
                Map.of("receivedOn", LocalDate.now().toString(), "confirmedBy", "Karin"));
        send("withdraw B's consent", "POST", b + "/withdraw", supplierA,
                Map.of("withdrawnOn", LocalDate.now().toString(), "by", "CITIZEN", "reason", "x"));
        send("withdraw A's own consent", "POST", "/api/consents/" + data.consentA + "/withdraw", supplierA,
                Map.of("withdrawnOn", LocalDate.now().toString(), "by", "CITIZEN", "reason", "x"));
        send("register a consent in B's name", "POST", "/api/consents", supplierA,
                ServerApiIT.draft("Fup Borger", "010101-1111", data.supplierB));
        assertThat(world.read(world.get(0, b, world.admin())).path("status").asText()).isEqualTo("REGISTERED");
        assertThat(world.read(world.get(0, "/api/consents/" + data.consentA, world.admin())).path("status").asText())
                .isEqualTo("REGISTERED");
    }

    @Test
    void aSupplierCannotChangeSupplierRecordsNorSeeAnotherCompanys() {
        Map<String, Object> form = Map.of("version", 0, "form", Map.of("name", "Overtaget", "cvr", data.cvrB,
                "services", List.of("MEDICIN"), "managerName", "Karin", "managerEmail", "karin@evil.example"));
        send("PUT B's supplier record", "PUT", "/api/suppliers/" + data.supplierB, supplierA, form);
        send("PUT A's own supplier record", "PUT", "/api/suppliers/" + data.supplierA, supplierA, form);
        send("create a supplier", "POST", "/api/suppliers", supplierA, form.get("form"));
        HttpResponse<String> list = get("list suppliers", "/api/suppliers", supplierA, OWN_ROWS_ONLY);
        assertThat(list.body()).contains(TwoCompanies.NAME_A);
        get("search suppliers for B", "/api/suppliers?q=" + enc("Østerbro"), supplierA, OWN_ROWS_ONLY);
        assertThat(world.get(0, "/api/suppliers", world.admin()).body()).contains(TwoCompanies.NAME_B)
                .doesNotContain("Overtaget");
    }

    @Test
    void aSupplierSeesOnlyItsOwnEmployeesAndCases() {
        HttpResponse<String> cases = get("list onboarding cases", "/api/onboarding/cases", supplierA, OWN_ROWS_ONLY);
        assertThat(cases.body()).contains(TwoCompanies.EMPLOYEE_A);
        get("onboarding cases of B by state", "/api/onboarding/cases?supplierId=" + data.supplierB, supplierA,
                OWN_ROWS_ONLY);
    }

    @Test
    void aSupplierCannotSearchCitizensByNameNorSeeFullCpr() {
        get("check by name", "/api/check?name=" + enc("Strandgaard"), supplierA, REFUSED);
        get("check by name and CPR", "/api/check?name=Vibeke&cpr=" + TwoCompanies.CPR_B, supplierA, REFUSED);
        get("check by a fragment of own citizen's name", "/api/check?name=Karen", supplierA, REFUSED);
        get("search consents by name", "/api/consents?q=" + enc("Strandgaard"), supplierA, REFUSED);
        get("search consents by CPR", "/api/consents?q=" + TwoCompanies.CPR_B.substring(0, 6), supplierA, REFUSED);
        get("full CPR of B's consent", "/api/consents/" + data.consentB + "/cpr", supplierA, REFUSED);
        HttpResponse<String> ownCpr = get("full CPR of A's own consent", "/api/consents/" + data.consentA + "/cpr",
                supplierA, REFUSED);
        assertThat(ownCpr.body()).doesNotContain(data.fullCprOfA());
        // By exact CPR the check answers, but about B's citizen it says nothing at all.
        HttpResponse<String> other = get("check B's citizen by exact CPR", "/api/check?cpr=" + TwoCompanies.CPR_B,
                supplierA, OWN_ROWS_ONLY);
        assertThat(world.read(other).path("valid").asBoolean()).isFalse();
        assertThat(world.read(other).path("consents")).isEmpty();
        HttpResponse<String> list = get("list consents", "/api/consents?limit=500", supplierA, OWN_ROWS_ONLY);
        assertThat(list.body()).contains(TwoCompanies.CITIZEN_A).doesNotContain(data.fullCprOfA());
    }

    @Test
    void aSupplierCannotExportNorTouchSettingsNorReadTheAuditLog() {
        get("export CSV", "/api/export/consents.csv", supplierA, REFUSED);
        get("export CSV for a period", "/api/export/consents.csv?from=2000-01-01&to=2100-01-01", supplierA, REFUSED);
        get("read a setting", "/api/settings/" + SETTING, supplierA, REFUSED);
        send("change a setting", "PUT", "/api/settings/" + SETTING, supplierA, Map.of("value", "karin@evil.example"));
        send("change the role mapping", "PUT", "/api/settings/role.administrator", supplierA,
                Map.of("value", "elaas-leverandoer"));
        get("read the audit log", "/api/audit", supplierA, REFUSED);
        get("read the audit log of B's consent", "/api/audit?record=" + data.consentB, supplierA, REFUSED);
        assertThat(world.get(0, "/api/settings/" + SETTING, world.admin()).body()).contains(SETTING_VALUE);
        assertThat(world.get(0, "/api/settings/role.administrator", world.admin()).body())
                .doesNotContain("elaas-leverandoer");
    }

    @Test
    void fieldStaffAndOejbCannotExportNorTouchSettings() {
        String field = world.token("field-1", "Lars Gravesen", "elaas-feltmedarbejder", null);
        String oejb = world.token("oejb-1", "Hasse Eriksen", "elaas-oejb", null);
        for (String[] who : new String[][] {{"field staff", field}, {"ØJB", oejb}, {"clerk", world.clerk()}}) {
            get(who[0] + " reads a setting", "/api/settings/" + SETTING, who[1], REFUSED);
            send(who[0] + " changes a setting", "PUT", "/api/settings/" + SETTING, who[1],
                    Map.of("value", "someone@evil.example"));
        }
        for (String[] who : new String[][] {{"field staff", field}, {"ØJB", oejb}}) {
            get(who[0] + " exports", "/api/export/consents.csv", who[1], REFUSED);
            get(who[0] + " reads the audit log", "/api/audit", who[1], REFUSED);
        }
        send("field staff sends a consent", "POST", "/api/consents/" + data.consentB + "/send", field, null);
        send("ØJB withdraws a consent", "POST", "/api/consents/" + data.consentB + "/withdraw", oejb,
                Map.of("withdrawnOn", LocalDate.now().toString(), "by", "CITIZEN", "reason", "x"));
        send("ØJB changes a supplier", "PUT", "/api/suppliers/" + data.supplierB, oejb,
                Map.of("version", 0, "form", Map.of("name", "Overtaget")));
        assertThat(world.get(0, "/api/settings/" + SETTING, world.admin()).body()).contains(SETTING_VALUE);
    }

    @Test
    void aSupplierOfACompanyThatIsNotInTheRegisterSeesNothing() {
        String stranger = world.supplier(ServerWorld.cvr(7654321));
        probe.secret(TwoCompanies.CITIZEN_A, TwoCompanies.NAME_A, TwoCompanies.EMPLOYEE_A);
        try {
            get("unknown CVR lists consents", "/api/consents", stranger, OWN_ROWS_ONLY);
            get("unknown CVR lists suppliers", "/api/suppliers", stranger, OWN_ROWS_ONLY);
            get("unknown CVR lists cases", "/api/onboarding/cases", stranger, OWN_ROWS_ONLY);
            get("unknown CVR checks A's citizen", "/api/check?cpr=" + TwoCompanies.CPR_A, stranger, OWN_ROWS_ONLY);
            get("unknown CVR opens A's consent", "/api/consents/" + data.consentA, stranger, REFUSED);
            get("unknown CVR opens A's document", "/api/consents/" + data.consentA + "/documents/" + data.documentA,
                    stranger, REFUSED);
            String noCvr = world.token("supplier-nocvr", "Uden Firma", "elaas-leverandoer", null);
            get("supplier without CVR lists consents", "/api/consents", noCvr, OWN_ROWS_ONLY);
            get("supplier without CVR checks A's citizen", "/api/check?cpr=" + TwoCompanies.CPR_A, noCvr,
                    OWN_ROWS_ONLY);
        } finally {
            probe.assertNoLeaks();
            probe.forget(TwoCompanies.CITIZEN_A, TwoCompanies.NAME_A, TwoCompanies.EMPLOYEE_A);
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
