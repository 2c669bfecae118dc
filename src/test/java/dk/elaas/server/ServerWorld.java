package dk.elaas.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.elaas.testsupport.TestDatabases;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real eLås server on a fresh PostgreSQL schema, signed into by tokens of a real OIDC provider
 * (mock-oauth2-server in this JVM), spoken to over real HTTP on loopback. Several servers may share the schema.
 */
final class ServerWorld implements AutoCloseable {

    static final String AUDIENCE = "api://elaas-test";
    static final String ISSUER_ID = "elaas";
    static final String APP_ROLE = "elaas_it_app";

    /** The issuer's own signing key (private part included), so tests can sign claims the provider would not. */
    final RSAKey issuerKey;
    final MockOAuth2Server oauth;
    final String schema = "it_" + UUID.randomUUID().toString().replace("-", "");
    final List<ElaasServer> servers = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    ServerWorld() {
        try {
            KeyProvider keys = new KeyProvider(List.of(new RSAKeyGenerator(2048).generate()), "RS256");
            issuerKey = (RSAKey) keys.signingKey(ISSUER_ID);
            oauth = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
                    new OAuth2TokenProvider(keys, java.time.Instant::now)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        oauth.start(InetAddress.getLoopbackAddress(), 0);
    }

    String issuer() {
        return oauth.issuerUrl(ISSUER_ID).toString();
    }

    Properties config() {
        Properties p = new Properties();
        p.setProperty("db.url", TestDatabases.PG_URL);
        p.setProperty("db.user", TestDatabases.PG_USER);
        p.setProperty("db.schema", schema);
        p.setProperty("db.role", APP_ROLE);
        p.setProperty("oidc.issuer", issuer());
        p.setProperty("oidc.audience", AUDIENCE);
        p.setProperty("role.clerk", "elaas-sagsbehandler");
        p.setProperty("role.field-staff", "elaas-feltmedarbejder");
        p.setProperty("role.supplier", "elaas-leverandoer");
        p.setProperty("role.oejb", "elaas-oejb");
        p.setProperty("role.administrator", "elaas-administrator");
        p.setProperty("server.host", "127.0.0.1");
        p.setProperty("server.port", "0");
        return p;
    }

    ElaasServer startServer() {
        ElaasServer s = ElaasServer.start(ServerConfig.from(config(), new ArrayList<>()), Clock.systemDefaultZone());
        servers.add(s);
        return s;
    }

    String base(int server) {
        return "http://127.0.0.1:" + servers.get(server).port();
    }

    /** An access token for this API with the given app role value (and supplier CVR), as Entra would issue it. */
    String token(String subject, String name, String roleValue, String supplierCvr) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("name", name);
        claims.put("roles", List.of(roleValue));
        if (supplierCvr != null) {
            claims.put("supplier_cvr", supplierCvr);
        }
        return oauth.issueToken(ISSUER_ID, subject, AUDIENCE, claims, 3600).serialize();
    }

    String clerk() {
        return token("clerk-1", "Mette Sagsbehandler", "elaas-sagsbehandler", null);
    }

    String admin() {
        return token("admin-1", "Anders Admin", "elaas-administrator", null);
    }

    String supplier(String cvr) {
        return token("supplier-" + cvr, "Karin Leverandør", "elaas-leverandoer", cvr);
    }

    HttpResponse<String> get(int server, String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base(server) + path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    HttpResponse<String> send(int server, String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base(server) + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return send(b.build());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode read(HttpResponse<String> r) {
        try {
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A CVR with a correct modulus-11 check, made from a 7-digit seed. */
    static String cvr(int seed) {
        int[] w = {2, 7, 6, 5, 4, 3, 2};
        for (int last = 0; last <= 9; last++) {
            String s = String.format("%07d", seed) + last;
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (s.charAt(i) - '0') * w[i];
            }
            sum += last;
            if (sum % 11 == 0) {
                return s;
            }
        }
        return cvr(seed + 1);
    }

    @Override
    public void close() throws Exception {
        for (ElaasServer s : servers) {
            s.close();
        }
        oauth.shutdown();
        TestDatabases.dropPostgresSchema(schema);
    }
}
