package dk.elaas.testsupport;

import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;

/**
 * A real OpenID Connect provider for tests: navikt's mock-oauth2-server in the test JVM on a random port of
 * 127.0.0.1. It serves discovery, JWKS, authorize (logs in at once, no form), token, refresh and end-session,
 * and signs tokens with its own RSA key (RS256) exactly as a production provider would.
 *
 * <pre>{@code
 * try (OidcTestProvider idp = OidcTestProvider.start()) {
 *     idp.nextSignIn(OidcTestProvider.person("u-1", "Mette Lund").roles("Sagsbehandler"), Duration.ofMinutes(5));
 *     // ... drive the desktop sign-in against idp.issuer()
 *     String token = idp.accessToken(OidcTestProvider.person("u-2", "Leverandør A").supplierCvr("12972997"),
 *             OidcTestProvider.API_AUDIENCE, Duration.ofMinutes(5));   // for the server's token validation
 * }
 * }</pre>
 */
public final class OidcTestProvider implements AutoCloseable {

    /** The path segment of the issuer: its URL is {@code http://127.0.0.1:<port>/elaas}. */
    public static final String ISSUER_ID = "elaas";
    /** The desktop app's client id (the ID token's audience). */
    public static final String CLIENT_ID = "elaas-desktop";
    /** The server API's audience / scope (the access token's audience). */
    public static final String API_AUDIENCE = "api://elaas-server";
    /** The claim names the tokens carry (as Entra ID: app roles in {@code roles}). */
    public static final String NAME_CLAIM = "name";
    public static final String ROLES_CLAIM = "roles";
    public static final String SUPPLIER_CVR_CLAIM = "supplier_cvr";

    private final MockOAuth2Server server;
    private final AtomicBoolean refuseRefresh;

    private OidcTestProvider(MockOAuth2Server server, AtomicBoolean refuseRefresh) {
        this.server = server;
        this.refuseRefresh = refuseRefresh;
    }

    /** Starts the provider on a free port of 127.0.0.1; close it after the test. */
    public static OidcTestProvider start() {
        AtomicBoolean refuseRefresh = new AtomicBoolean();
        // Extra routes come before the built-in ones: this one answers refreshes while they are to be refused.
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(), new RefusedRefresh(refuseRefresh));
        try {
            server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OidcTestProvider(server, refuseRefresh);
    }

    /** Someone to sign in or to issue a token for. */
    public record Person(String subject, String name, List<String> roles, String supplierCvr, Map<String, Object> extra) {

        public Person roles(String... names) {
            return new Person(subject, name, List.of(names), supplierCvr, extra);
        }

        public Person supplierCvr(String cvr) {
            return new Person(subject, name, roles, cvr, extra);
        }

        /** Any other claim (e.g. Entra's {@code groups} or {@code oid}). */
        public Person claim(String claim, Object value) {
            Map<String, Object> more = new LinkedHashMap<>(extra);
            more.put(claim, value);
            return new Person(subject, name, roles, supplierCvr, Map.copyOf(more));
        }

        Map<String, Object> claims() {
            Map<String, Object> claims = new LinkedHashMap<>(extra);
            if (name != null) {
                claims.put(NAME_CLAIM, name);
                claims.put("preferred_username", subject + "@aarhus.dk");
            }
            if (!roles.isEmpty()) {
                claims.put(ROLES_CLAIM, roles);
            }
            if (supplierCvr != null) {
                claims.put(SUPPLIER_CVR_CLAIM, supplierCvr);
            }
            return claims;
        }
    }

    public static Person person(String subject, String name) {
        return new Person(subject, name, List.of(), null, Map.of());
    }

    /** The issuer URL the client and the server are configured with. */
    public URI issuer() {
        return server.issuerUrl(ISSUER_ID).uri();
    }

    public URI jwksUri() {
        return server.jwksUrl(ISSUER_ID).uri();
    }

    public URI tokenEndpoint() {
        return server.tokenEndpointUrl(ISSUER_ID).uri();
    }

    /**
     * The next browser sign-in (authorization code flow) logs {@code person} in; its ID token (audience
     * {@link #CLIENT_ID}) and access token (audience {@link #API_AUDIENCE}) carry the person's claims and live
     * {@code lifetime}. Refreshes of that sign-in keep the same claims and lifetime.
     */
    public void nextSignIn(Person person, Duration lifetime) {
        server.enqueueCallback(callback(person, API_AUDIENCE, lifetime));
    }

    /** A signed access token (RS256, this provider's key) for {@code person} with the given audience and lifetime. */
    public String accessToken(Person person, String audience, Duration lifetime) {
        return token(person, audience, lifetime).serialize();
    }

    /** The same as {@link #accessToken} but parsed, for tests that tamper with header or claims. */
    public SignedJWT token(Person person, String audience, Duration lifetime) {
        return server.issueToken(ISSUER_ID, CLIENT_ID, callback(person, audience, lifetime));
    }

    /**
     * From now on the token endpoint refuses every refresh token with {@code invalid_grant}, as Entra does once a
     * refresh token has expired or the account's sessions were revoked.
     */
    public void refuseRefreshTokens(boolean refuse) {
        refuseRefresh.set(refuse);
    }

    /** The underlying server, for what this helper does not cover. */
    public MockOAuth2Server server() {
        return server;
    }

    private static DefaultOAuth2TokenCallback callback(Person person, String audience, Duration lifetime) {
        return new DefaultOAuth2TokenCallback(ISSUER_ID, person.subject(), "JWT", List.of(audience), person.claims(),
                lifetime.toSeconds());
    }

    private record RefusedRefresh(AtomicBoolean active) implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return active.get() && "POST".equals(request.getMethod())
                    && request.getUrl().encodedPath().endsWith("/token")
                    && request.getBody() != null && request.getBody().contains("grant_type=refresh_token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json;charset=UTF-8"), 400,
                    "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token expired or revoked\"}", null);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
