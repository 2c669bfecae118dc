package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.elaas.consent.ConsentSummary;
import dk.elaas.server.ElaasServer;
import dk.elaas.server.ServerConfig;
import dk.elaas.testsupport.HttpClientBrowser;
import dk.elaas.testsupport.OidcTestProvider;
import dk.elaas.testsupport.OidcTestProvider.Person;
import dk.elaas.testsupport.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop against a real eLås server on PostgreSQL, signed in through a real OIDC provider (mock-oauth2-server
 * in this JVM; the "browser" follows its redirects with an HTTP client to the app's loopback listener). Two people,
 * one register: what one registers through the server the other sees; a Supplier sees only its own company and
 * has no citizen search and no settings.
 */
class CentralServerUiIT extends FxRobot {

    private static final String CLERK_ROLE = "elaas-sagsbehandler";
    private static final String SUPPLIER_ROLE = "elaas-leverandoer";
    private static final String ADMIN_ROLE = "elaas-administrator";
    private static final String FIELD_ROLE = "elaas-feltmedarbejder";
    private static final String CPR_A = "120345-1234";

    private static OidcTestProvider idp;
    private static ElaasServer server;
    private static String schema;
    private static String cvrA;
    private static String supplierB;
    private static String consentA;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private ElaasApp app;

    @BeforeAll
    static void startServer() throws Exception {
        idp = OidcTestProvider.start();
        schema = "ui_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> env = new HashMap<>();
        env.put("ELAAS_DB_URL", TestDatabases.PG_URL);
        env.put("ELAAS_DB_USER", TestDatabases.PG_USER);
        env.put("ELAAS_DB_SCHEMA", schema);
        env.put("ELAAS_DB_ROLE", "elaas_ui_app");
        env.put("ELAAS_OIDC_ISSUER", idp.issuer().toString());
        env.put("ELAAS_OIDC_AUDIENCE", OidcTestProvider.API_AUDIENCE);
        env.put("ELAAS_OIDC_DESKTOP_CLIENT_ID", OidcTestProvider.CLIENT_ID);
        env.put("ELAAS_ROLE_CLERK", CLERK_ROLE);
        env.put("ELAAS_ROLE_SUPPLIER", SUPPLIER_ROLE);
        env.put("ELAAS_ROLE_FIELD_STAFF", FIELD_ROLE);
        env.put("ELAAS_ROLE_ADMINISTRATOR", ADMIN_ROLE);
        env.put("ELAAS_SERVER_HOST", "127.0.0.1");
        env.put("ELAAS_SERVER_PORT", "0");
        server = ElaasServer.start(ServerConfig.load(null, env), Clock.systemDefaultZone());
        cvrA = cvr(3141592);
        String supplierA = createSupplier("Nærkøb Vest ApS", cvrA);
        supplierB = createSupplier("Medicinbud Øst A/S", cvr(2718281));
        consentA = register("Karen Jensen", CPR_A, supplierA, "clerk-1");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (idp != null) {
            idp.close();
        }
        TestDatabases.dropPostgresSchema(schema);
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void startApp(String serverAddress) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        List<String> args = List.of("--data-dir", dataDir.toString(), "--server", serverAddress);
        app = (ElaasApp) FxToolkit.setupApplication(() -> new ElaasApp(LaunchOptions.parse(args),
                Clock.systemDefaultZone(), new HttpClientBrowser()));
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Test
    void twoPeopleSeeOneRegisterAndASupplierOnlyItsOwnWithoutCitizenSearchOrSettings() throws Exception {
        startApp(base());
        waitUntil(() -> lookup("#signInButton").tryQuery().isPresent());
        assertThat(lookup("#nav-consents").query().isDisabled()).as("nothing before sign-in").isTrue();

        idp.nextSignIn(OidcTestProvider.person("clerk-2", "Jonas Kontor").roles(CLERK_ROLE), Duration.ofMinutes(10));
        clickOn("#signInButton");
        waitUntil(() -> text("#status-user").contains("Jonas Kontor"));
        assertThat(text("#status-user")).contains("Sagsbehandler");
        assertThat(text("#status-data")).contains("Server: " + base());
        waitUntil(() -> citizens().contains("Karen Jensen"));

        // Another person, on another PC, registers a consent with the server: this window sees it.
        register("Poul Hansen", "010203-4567", supplierB, "clerk-1");
        clickOn("#filter").write("Poul");
        waitUntil(() -> citizens().equals(List.of("Poul Hansen")));

        clickOn("#signOutButton");
        waitUntil(() -> lookup("#signInButton").tryQuery().isPresent());
        assertThat(text("#status-user")).as("nobody is shown signed in").isEmpty();
        assertThat(lookup("#table").tryQuery()).as("the register is gone from the window").isEmpty();

        idp.nextSignIn(OidcTestProvider.person("supplier-a", "Karin Leverandør").roles(SUPPLIER_ROLE).supplierCvr(cvrA),
                Duration.ofMinutes(10));
        clickOn("#signInButton");
        waitUntil(() -> text("#status-user").contains("Karin Leverandør"));
        assertThat(text("#status-user")).contains("Leverandør");
        waitUntil(() -> !citizens().isEmpty());
        assertThat(citizens()).containsExactly("Karen Jensen");
        assertThat(lookup("#nav-settings").query().isVisible()).as("no settings for a supplier").isFalse();
        assertThat(lookup("#filter").query().isVisible()).as("no citizen search for a supplier").isFalse();

        clickOn("#checkField").write("Karen");
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> lookup("#check-problem").tryQuery().isPresent());
        assertThat(lookup("#check-problem").queryAs(Label.class).getText()).contains("CPR-nummer");

        lookup("#checkField").queryAs(TextField.class).clear();
        clickOn("#checkField").write(CPR_A);
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> lookup(".check-verdict").tryQuery().isPresent());
        assertThat(lookup(".check-verdict").queryAs(Label.class).getText())
                .as("registered but not yet with ØJB: no access, and why").startsWith("Ikke gyldigt");
        assertThat(lookup("#check-problem").tryQuery()).isEmpty();

        // Meanwhile a clerk sends it and ØJB's receipt is recorded, on the server: the supplier's next check says yes.
        String clerk = token("clerk-1", "Mette Sagsbehandler", CLERK_ROLE, null);
        postOk("/api/consents/" + consentA + "/send", clerk, Map.of());
        postOk("/api/consents/" + consentA + "/received", clerk,
                Map.of("receivedOn", LocalDate.now().toString(), "confirmedBy", "ØJB vagtcentral"));
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> lookup(".check-verdict").queryAs(Label.class).getText().startsWith("Gyldigt til og med"));
        assertThat(text("#status-user")).doesNotContain("Jonas Kontor");
    }

    /**
     * Issue 15: a field worker signed in to the server registers a photographed consent in the intake panel; it
     * is stored on the laptop with its operation queued and goes to the server at once; the status bar says so.
     */
    @Test
    void aConsentRegisteredThroughIntakeGoesFromThisPcsQueueToTheServer() throws Exception {
        startApp(base());
        waitUntil(() -> lookup("#signInButton").tryQuery().isPresent());
        idp.nextSignIn(OidcTestProvider.person("field-1", "Lise Feltmand").roles(FIELD_ROLE), Duration.ofMinutes(10));
        clickOn("#signInButton");
        waitUntil(() -> text("#status-user").contains("Lise Feltmand"));
        waitUntil(() -> text("#status-sync").startsWith("Online · 0 i kø"));
        assertThat(lookup("#syncNowButton").query().isVisible()).isTrue();

        clickOn("#nav-intake");
        waitUntil(() -> lookup("#field-citizen_name").tryQuery().isPresent());
        javafx.scene.Node root = lookup(".intake-view").query();
        dk.elaas.intake.ui.IntakeView view = (dk.elaas.intake.ui.IntakeView) root.getProperties()
                .get(dk.elaas.intake.ui.IntakeView.class);
        interact(() -> view.filesDropped(List.of(Path.of("..", "shared", "samples", "consents", "consent_004.jpg")
                .toFile())));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !lookup("#field-citizen_name").queryAs(TextField.class)
                .getText().isBlank());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#field-citizen_name").queryAs(TextField.class).getText()).isEqualTo("Edel Andersen");
        javafx.scene.control.CheckBox create = lookup("#createSupplier").queryAs(javafx.scene.control.CheckBox.class);
        if (create.isVisible() && !create.isSelected()) {
            clickOn(create);
        }
        clickOn("#saveButton");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !serverSearch("Edel Andersen").isEmpty());
        List<JsonNode> onServer = serverSearch("Edel Andersen");
        assertThat(onServer).hasSize(1);
        assertThat(onServer.get(0).path("supplierName").asText()).isEqualTo("Hverdagshjælp Aarhus ApS");
        waitUntil(() -> text("#status-sync").startsWith("Online · 0 i kø · senest synkroniseret kl."));
    }

    /**
     * Issue 15: the field worker who signed in here before starts eLås with no server to reach, works offline as
     * herself, registers a consent (queued on this PC), and when she is back and signs in, it reaches the server.
     */
    @Test
    void offlineAsTheLastPersonThenSignedInTheQueueReachesTheServer() throws Exception {
        startApp(base());
        waitUntil(() -> lookup("#signInButton").tryQuery().isPresent());
        assertThat(lookup("#workOfflineButton").query().isVisible()).as("nobody signed in here before").isFalse();
        idp.nextSignIn(OidcTestProvider.person("field-2", "Ole Feltmand").roles(FIELD_ROLE), Duration.ofMinutes(10));
        clickOn("#signInButton");
        waitUntil(() -> text("#status-sync").startsWith("Online"));
        clickOn("#signOutButton");
        waitUntil(() -> lookup("#signInButton").tryQuery().isPresent());
        FxToolkit.cleanupApplication(app);
        app = null;

        startApp("http://127.0.0.1:9");
        waitUntil(() -> lookup("#workOfflineButton").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(((javafx.scene.control.Button) lookup("#workOfflineButton").query()).getText())
                .isEqualTo("Arbejd offline som Ole Feltmand");
        clickOn("#workOfflineButton");
        waitUntil(() -> text("#status-user").contains("Ole Feltmand") && text("#status-user").contains("offline"));
        waitUntil(() -> text("#status-sync").startsWith("Offline · 0 i kø"));
        assertThat(lookup("#nav-consents").query().isVisible()).as("the server's register cannot be shown").isFalse();
        javafx.scene.Node root = lookup(".intake-view").query();
        dk.elaas.intake.ui.IntakeView view = (dk.elaas.intake.ui.IntakeView) root.getProperties()
                .get(dk.elaas.intake.ui.IntakeView.class);
        interact(() -> view.filesDropped(List.of(Path.of("..", "shared", "samples", "consents", "consent_005.pdf")
                .toFile())));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !lookup("#field-citizen_name").queryAs(TextField.class)
                .getText().isBlank());
        WaitForAsyncUtils.waitForFxEvents();
        String citizen = lookup("#field-citizen_name").queryAs(TextField.class).getText();
        javafx.scene.control.CheckBox create = lookup("#createSupplier").queryAs(javafx.scene.control.CheckBox.class);
        if (create.isVisible() && !create.isSelected()) {
            clickOn(create);
        }
        clickOn("#saveButton");
        waitUntil(() -> text("#status-sync").startsWith("Offline · 1 i kø"));
        assertThat(serverSearch(citizen)).as("not on the server while offline").isEmpty();
        FxToolkit.cleanupApplication(app);
        app = null;

        // Meanwhile Ole's access changed: he signs in and his token says Supplier. The server refuses his queued
        // registration as of its arrival; it is listed with the reason, and nothing reached the register.
        startApp(base());
        waitUntil(() -> lookup("#signInButton").tryQuery().isPresent());
        idp.nextSignIn(OidcTestProvider.person("field-2", "Ole Feltmand").roles(SUPPLIER_ROLE).supplierCvr(cvrA),
                Duration.ofMinutes(10));
        clickOn("#signInButton");
        waitUntil(() -> lookup("#unsyncedLink").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(((javafx.scene.control.Hyperlink) lookup("#unsyncedLink").query()).getText())
                .isEqualTo("1 kunne ikke synkroniseres");
        clickOn("#unsyncedLink");
        waitUntil(() -> lookup("#unsyncedList").tryQuery().isPresent());
        assertThat(lookup(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith(citizen + " · "))
                .tryQuery()).as("which consent").isPresent();
        assertThat(lookup(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("Afvist: "))
                .tryQuery()).as("why").isPresent();
        clickOn("Luk");
        assertThat(serverSearch(citizen)).isEmpty();

        // His access is back: signed in as field staff again, "Prøv igen" sends it, and it arrives once.
        clickOn("#signOutButton");
        waitUntil(() -> lookup("#signInButton").tryQuery().isPresent());
        idp.nextSignIn(OidcTestProvider.person("field-2", "Ole Feltmand").roles(FIELD_ROLE), Duration.ofMinutes(10));
        clickOn("#signInButton");
        waitUntil(() -> lookup("#unsyncedLink").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        clickOn("#unsyncedLink");
        waitUntil(() -> lookup("#retry-1").tryQuery().isPresent());
        clickOn("#retry-1");
        waitUntil(() -> lookup(n -> n instanceof Label l && "Alle ændringer er nået frem.".equals(l.getText()))
                .tryQuery().isPresent());
        clickOn("Luk");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !serverSearch(citizen).isEmpty());
        assertThat(serverSearch(citizen)).hasSize(1);
        waitUntil(() -> text("#status-sync").startsWith("Online · 0 i kø"));
        waitUntil(() -> !lookup("#unsyncedLink").query().isVisible());
    }

    private static List<JsonNode> serverSearch(String name) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/consents?q="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token("clerk-1", "Mette Sagsbehandler", CLERK_ROLE, null)).build(),
                HttpResponse.BodyHandlers.ofString());
        List<JsonNode> out = new java.util.ArrayList<>();
        JSON.readTree(r.body()).forEach(out::add);
        return out;
    }

    @Test
    void anUnreachableServerIsSaidInDanishAndSignInCanBeTriedAgain() throws Exception {
        startApp("http://127.0.0.1:9");
        waitUntil(() -> lookup("#signInButton").tryQuery().isPresent());

        clickOn("#signInButton");
        waitUntil(() -> !text("#signInError").isEmpty());

        assertThat(text("#signInError")).contains("kan ikke nås");
        assertThat(lookup("#signInButton").query().isDisabled()).isFalse();
    }

    @Test
    void aServerAddressWithoutHttpsIsRefusedBeforeAnythingIsSent() throws Exception {
        startApp("http://elaas.example.dk");
        waitUntil(() -> lookup("#startup-error").tryQuery().isPresent());

        assertThat(text("#startup-error")).contains("https://");
    }

    private String text(String id) {
        return lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    private List<String> citizens() {
        return lookup("#table").tryQuery().map(n -> ((TableView<ConsentSummary>) n).getItems().stream()
                .map(ConsentSummary::citizenName).toList()).orElse(List.of());
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String token(String subject, String name, String role, String cvr) {
        Person p = OidcTestProvider.person(subject, name).roles(role);
        return idp.accessToken(cvr == null ? p : p.supplierCvr(cvr), OidcTestProvider.API_AUDIENCE,
                Duration.ofMinutes(5));
    }

    private static JsonNode post(String path, String token, Object body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private static void postOk(String path, String token, Object body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static String createSupplier(String name, String cvr) throws Exception {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("cvr", cvr);
        form.put("services", List.of("DAGLIGVARER", "MEDICIN"));
        form.put("managerName", "Leder");
        form.put("managerEmail", "leder@example.dk");
        return post("/api/suppliers", token("admin-1", "Anders Admin", ADMIN_ROLE, null), form).path("id").asText();
    }

    private static String register(String name, String cpr, String supplierId, String clerk) throws Exception {
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
        return post("/api/consents", token(clerk, "Mette Sagsbehandler", CLERK_ROLE, null), d).path("consentId").asText();
    }

    /** A CVR with a correct modulus-11 check, made from a 7-digit seed. */
    private static String cvr(int seed) {
        int[] w = {2, 7, 6, 5, 4, 3, 2};
        for (int last = 0; last <= 9; last++) {
            String s = String.format("%07d", seed) + last;
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (s.charAt(i) - '0') * w[i];
            }
            if ((sum + last) % 11 == 0) {
                return s;
            }
        }
        return cvr(seed + 1);
    }
}
