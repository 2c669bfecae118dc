package dk.elaas.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Token attacks (issue 14): every token below claims the Administrator role, and every one is refused with 401
 * on every endpoint tried, with nothing of any row in the answer, nothing of any row in the log and the token
 * itself never logged. Tokens that are fine but give no eLås role get 403. The real issuer's key signs the
 * tokens whose only fault is a claim (expired, not yet valid, wrong audience …), so the claim check is what
 * refuses them, not the signature.
 */
class TokenAttackIT {

    static final Set<Integer> UNAUTHENTICATED = Set.of(401);
    static final String ADMIN_ROLE = "elaas-administrator";

    static ServerWorld world;
    static TwoCompanies data;
    static LeakProbe probe;
    static List<String[]> endpoints;

    @BeforeAll
    static void start() {
        world = new ServerWorld();
        world.startServer();
        data = new TwoCompanies(world);
        probe = new LeakProbe("TokenAttackIT").secret(data.secretsOfB()).secret(data.fullCprOfA())
                .secret(TwoCompanies.CITIZEN_A, TwoCompanies.NAME_A, TwoCompanies.EMPLOYEE_A);
        String b = "/api/consents/" + data.consentB;
        endpoints = List.of(new String[] {"GET", "/api/me"}, new String[] {"GET", "/api/consents"},
                new String[] {"GET", b}, new String[] {"GET", b + "/cpr"},
                new String[] {"GET", b + "/documents/" + data.documentB},
                new String[] {"GET", "/api/check?name=Strandgaard"}, new String[] {"GET", "/api/onboarding/cases"},
                new String[] {"GET", "/api/export/consents.csv"}, new String[] {"GET", "/api/audit"},
                new String[] {"PUT", "/api/settings/mail.recipients.oejb"});
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

    /** Sends the Authorization header to every endpoint; each must answer one of {@code allowed}. */
    private void attack(String what, String authorization, Set<Integer> allowed) {
        String token = authorization == null ? null : authorization.replaceFirst("^\\S+\\s+", "");
        List<String> neverLogged = new ArrayList<>();
        if (token != null) {
            neverLogged.add(token);
            for (String part : token.split("\\.")) {
                if (part.length() >= 16) {
                    neverLogged.add(part);
                }
            }
        }
        for (String[] e : endpoints) {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(world.base(0) + e[1]))
                    .method(e[0], e[0].equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{\"value\":\"karin@evil.example\"}"))
                    .header("Content-Type", "application/json");
            if (authorization != null) {
                r.header("Authorization", authorization);
            }
            HttpResponse<String> answer = probe.attempt(what + " → " + e[0] + " " + e[1], world.send(r.build()),
                    allowed, neverLogged.toArray(String[]::new));
            if (answer.statusCode() == 401) {
                assertThat(answer.headers().firstValue("WWW-Authenticate")).as(what).hasValueSatisfying(
                        h -> assertThat(h).startsWith("Bearer"));
            }
        }
        assertThat(world.get(0, "/api/settings/mail.recipients.oejb", world.admin()).body())
                .as("a refused request changed nothing").doesNotContain("karin@evil.example");
    }

    private void attack(String what, String token) {
        attack(what, "Bearer " + token, UNAUTHENTICATED);
    }

    /** An Administrator's claims, valid for an hour, from our issuer to our audience. */
    private static JWTClaimsSet.Builder admin() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(world.issuer()).audience(ServerWorld.AUDIENCE).subject("admin-x")
                .claim("name", "Anders Admin").claim("roles", List.of(ADMIN_ROLE)).issueTime(Date.from(now))
                .notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .jwtID(java.util.UUID.randomUUID().toString());
    }

    private static JWTClaimsSet admin(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder b = admin();
        change.accept(b);
        return b.build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key, JWSAlgorithm alg) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** Signed with the issuer's real key: only the claims can be wrong. */
    private static String issuerSigned(JWTClaimsSet claims) throws Exception {
        return sign(claims, world.issuerKey, JWSAlgorithm.RS256);
    }

    @Test
    void aTokenSignedWithTheIssuersKeyAndRightClaimsIsAccepted() throws Exception {
        // The control: the same shape of token, signed right, gets in; so every refusal below is the fault's.
        HttpResponse<String> r = world.get(0, "/api/consents/" + data.consentB, issuerSigned(admin().build()));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(TwoCompanies.CITIZEN_B);
    }

    @Test
    void noTokenOrGarbageIsRefused() {
        attack("no Authorization header", null, UNAUTHENTICATED);
        attack("empty bearer", "Bearer ", UNAUTHENTICATED);
        attack("basic auth", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()), UNAUTHENTICATED);
        attack("garbage", "Bearer sdkjfhskdjfhskjdfhksjdhfkjsdhfkjshdkfjhsdkjfhsdkjfhsdkjfh", UNAUTHENTICATED);
        attack("three garbage parts", "Bearer aGVsbG8gd29ybGQgaGVsbG8.d29ybGQgaGVsbG8gd29ybGQ.c2lnbmF0dXJlIGdhcmJhZ2U",
                UNAUTHENTICATED);
        attack("JSON that is no JWT", "Bearer " + Base64URL.encode("{\"alg\":\"RS256\"}") + "."
                + Base64URL.encode("[1,2,3]") + "." + Base64URL.encode("signaturesignaturesig"), UNAUTHENTICATED);
        attack("token twice", "Bearer " + world.admin() + " " + world.admin(), UNAUTHENTICATED);
    }

    @Test
    void aForgedSignatureIsRefused() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(ServerWorld.ISSUER_ID).generate();
        attack("signed by another RSA key with the issuer's kid", sign(admin().build(), attacker, JWSAlgorithm.RS256));
        RSAKey unnamed = new RSAKeyGenerator(2048).generate();
        attack("signed by another RSA key without kid", sign(admin().build(), unnamed, JWSAlgorithm.RS256));
        SignedJWT embedded = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ServerWorld.ISSUER_ID)
                .jwk(attacker.toPublicJWK()).build(), admin().build());
        embedded.sign(new RSASSASigner(attacker));
        attack("attacker's key embedded in the header (jwk)", embedded.serialize());
        String real = issuerSigned(admin().build());
        String[] parts = real.split("\\.");
        JWTClaimsSet supplier = admin(b -> b.subject("supplier-x").claim("roles", List.of("elaas-leverandoer")));
        attack("claims swapped under a real signature", parts[0] + "." + Base64URL.encode(supplier.toString()) + "."
                + parts[2]);
    }

    @Test
    void theAlgorithmIsPinned() throws Exception {
        attack("unsigned alg none", new PlainJWT(admin().build()).serialize());
        String[] parts = issuerSigned(admin().build()).split("\\.");
        attack("alg none over a real token, signature kept", Base64URL.encode("{\"alg\":\"none\",\"kid\":\""
                + ServerWorld.ISSUER_ID + "\"}") + "." + parts[1] + "." + parts[2]);
        attack("alg NoNe", Base64URL.encode("{\"alg\":\"NoNe\"}") + "." + parts[1] + ".");
        attack("RS512 with the issuer's key", sign(admin().build(), world.issuerKey, JWSAlgorithm.RS512));
        attack("PS256 with the issuer's key", sign(admin().build(), world.issuerKey, JWSAlgorithm.PS256));
        byte[] der = world.issuerKey.toRSAPublicKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
        String jwks = world.send(HttpRequest.newBuilder(URI.create(world.oauth.jwksUrl(ServerWorld.ISSUER_ID).toString()))
                .build()).body();
        for (Object[] secret : new Object[][] {{"DER", der}, {"PEM", pem.getBytes(StandardCharsets.UTF_8)},
            {"JWK", world.issuerKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)},
            {"JWKS document", jwks.getBytes(StandardCharsets.UTF_8)}}) {
            SignedJWT hs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(ServerWorld.ISSUER_ID).build(),
                    admin().build());
            hs.sign(new MACSigner((byte[]) secret[1]));
            attack("HS256 with the issuer's public key (" + secret[0] + ") as secret", hs.serialize());
        }
    }

    @Test
    void tokensOutsideTheirTimeAreRefused() throws Exception {
        Instant now = Instant.now();
        attack("expired (mock issuer)", world.oauth.issueToken(ServerWorld.ISSUER_ID, "admin-x", ServerWorld.AUDIENCE,
                Map.of("roles", List.of(ADMIN_ROLE)), -3600).serialize());
        attack("expired five minutes ago", issuerSigned(admin(b -> b.issueTime(Date.from(now.minusSeconds(3900)))
                .notBeforeTime(Date.from(now.minusSeconds(3900))).expirationTime(Date.from(now.minusSeconds(300))))));
        attack("not valid before an hour from now", issuerSigned(admin(b -> b
                .notBeforeTime(Date.from(now.plusSeconds(3600))).expirationTime(Date.from(now.plusSeconds(7200))))));
        attack("no expiry", issuerSigned(admin(b -> b.expirationTime(null))));
    }

    @Test
    void tokensForSomeoneElseAreRefused() throws Exception {
        Map<String, Object> claims = Map.of("name", "Anders Admin", "roles", List.of(ADMIN_ROLE));
        attack("wrong audience", world.oauth.issueToken(ServerWorld.ISSUER_ID, "admin-x", "api://other-app", claims,
                3600).serialize());
        attack("audience missing", issuerSigned(admin(b -> b.audience((String) null))));
        attack("another app's audience, signed with our issuer's key",
                issuerSigned(admin(b -> b.audience(List.of("api://other-app")))));
        attack("wrong issuer (a second issuer of the same provider)", world.oauth.issueToken("other-tenant", "admin-x",
                ServerWorld.AUDIENCE, claims, 3600).serialize());
        attack("wrong issuer, signed with our issuer's key", issuerSigned(admin(b -> b.issuer(world.issuer() + "-evil"))));
        attack("no issuer", issuerSigned(admin(b -> b.issuer(null))));
        attack("no subject", issuerSigned(admin(b -> b.subject(null))));
    }

    @Test
    void anIdTokenIsNoAccessToken() throws Exception {
        // The control: the access token of a real sign-in gets in (the provider puts a sign-in's nonce into its
        // access tokens too, and the server refuses any token with a nonce, so this sign-in sends none).
        Map<String, String> plain = signIn("elaas-desktop", null);
        assertThat(world.get(0, "/api/me", plain.get("access_token")).statusCode()).isEqualTo(200);
        attack("ID token of the desktop client", plain.get("id_token"));
        Map<String, String> withNonce = signIn("elaas-desktop", "n-4711");
        attack("ID token of the desktop client, with nonce", withNonce.get("id_token"));
        // A client registered under the API's own id gets ID tokens with the API's audience: the nonce gives them away.
        Map<String, String> sameId = signIn(ServerWorld.AUDIENCE, "n-4712");
        assertThat(SignedJWT.parse(sameId.get("id_token")).getJWTClaimsSet().getAudience())
                .containsExactly(ServerWorld.AUDIENCE);
        attack("ID token with the API's audience and a nonce", sameId.get("id_token"));
    }

    @Test
    void aTokenWithoutAnElaasRoleIsForbidden() {
        Set<Integer> forbidden = Set.of(403);
        attack("role claim maps to no role", "Bearer " + world.token("x-1", "Ukendt", "elaas-hacker", null), forbidden);
        attack("no role claim", "Bearer " + world.oauth.issueToken(ServerWorld.ISSUER_ID, "x-2", ServerWorld.AUDIENCE,
                Map.of("name", "Ingen Rolle"), 3600).serialize(), forbidden);
        attack("role claim of another app", "Bearer " + world.oauth.issueToken(ServerWorld.ISSUER_ID, "x-3",
                ServerWorld.AUDIENCE, Map.of("groups", List.of(ADMIN_ROLE)), 3600).serialize(), forbidden);
    }

    /**
     * The authorization code flow against the provider, as the desktop client signs in (the browser's redirect
     * followed by hand): the provider's own ID token and access token, both claiming the Administrator role.
     */
    private Map<String, String> signIn(String clientId, String nonce) throws Exception {
        world.oauth.enqueueCallback(new DefaultOAuth2TokenCallback(ServerWorld.ISSUER_ID, "admin-oidc", "JWT",
                List.of(ServerWorld.AUDIENCE), Map.of("name", "Anders Admin", "roles", List.of(ADMIN_ROLE)), 3600));
        String redirect = "http://127.0.0.1:9/callback";
        String authorize = world.oauth.authorizationEndpointUrl(ServerWorld.ISSUER_ID) + "?response_type=code&client_id="
                + enc(clientId) + "&redirect_uri=" + enc(redirect) + "&scope=openid&state=s1"
                + (nonce == null ? "" : "&nonce=" + nonce);
        HttpResponse<String> login = world.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build());
        String location = login.headers().firstValue("Location").orElseThrow(() -> new AssertionError(login.body()));
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        String form = "grant_type=authorization_code&code=" + code + "&redirect_uri=" + enc(redirect) + "&client_id="
                + enc(clientId) + "&client_secret=secret";
        HttpResponse<String> token = world.send(HttpRequest.newBuilder(URI.create(world.oauth.tokenEndpointUrl(
                ServerWorld.ISSUER_ID).toString())).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        JsonNode json = world.read(token);
        assertThat(json.path("id_token").asText()).as(token.body()).isNotBlank();
        return Map.of("id_token", json.path("id_token").asText(), "access_token", json.path("access_token").asText());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
