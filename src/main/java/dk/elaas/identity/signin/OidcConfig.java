package dk.elaas.identity.signin;

import dk.elaas.identity.signin.SignInException.Reason;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and as whom the desktop client signs in: the issuer (its {@code .well-known/openid-configuration} is
 * read at sign-in), the app registration's client id (a public client: no secret on a PC) and the scopes.
 * The scopes always include {@code openid profile offline_access}; add the server API's scope (Entra:
 * {@code api://<server-app-id>/access}) so the access token is issued for the server.
 */
public final class OidcConfig {

    public static final List<String> BASE_SCOPES = List.of("openid", "profile", "offline_access");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    private final URI issuer;
    private final String clientId;
    private final List<String> scopes;
    private final Duration browserTimeout;
    private final Duration httpTimeout;
    private final Duration refreshMargin;

    private OidcConfig(URI issuer, String clientId, List<String> scopes, Duration browserTimeout,
                       Duration httpTimeout, Duration refreshMargin) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.scopes = List.copyOf(scopes);
        this.browserTimeout = browserTimeout;
        this.httpTimeout = httpTimeout;
        this.refreshMargin = refreshMargin;
    }

    /**
     * @param issuer     the provider's issuer URL; https, or http on a loopback address for development
     * @param clientId   the desktop app's client id
     * @param apiScopes  the server API's scope(s); the OIDC base scopes are added
     */
    public static OidcConfig of(String issuer, String clientId, List<String> apiScopes) throws SignInException {
        URI uri = parseIssuer(issuer);
        if (clientId == null || clientId.isBlank()) {
            throw new SignInException(Reason.CONFIG_INVALID, "client id");
        }
        LinkedHashSet<String> all = new LinkedHashSet<>(BASE_SCOPES);
        for (String s : apiScopes == null ? List.<String>of() : apiScopes) {
            if (s != null && !s.isBlank()) {
                all.add(s.strip());
            }
        }
        return new OidcConfig(uri, clientId.strip(), new ArrayList<>(all), Duration.ofMinutes(5),
                Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    /**
     * Entra ID (the municipality's Azure AD) in its tenant form: issuer
     * {@code https://login.microsoftonline.com/<tenant id>/v2.0}. The tenant must be the directory's id (a GUID):
     * its discovery document names exactly that issuer, which is what the ID token is checked against.
     */
    public static OidcConfig entra(String tenantId, String clientId, List<String> apiScopes) throws SignInException {
        if (tenantId == null || !GUID.matcher(tenantId.strip()).matches()) {
            throw new SignInException(Reason.CONFIG_INVALID, "tenant id (GUID)");
        }
        return of("https://login.microsoftonline.com/" + tenantId.strip().toLowerCase(Locale.ROOT) + "/v2.0",
                clientId, apiScopes);
    }

    private static URI parseIssuer(String issuer) throws SignInException {
        if (issuer == null || issuer.isBlank()) {
            throw new SignInException(Reason.CONFIG_INVALID, "issuer");
        }
        URI uri;
        try {
            uri = URI.create(issuer.strip());
        } catch (IllegalArgumentException e) {
            throw new SignInException(Reason.CONFIG_INVALID, e, "issuer");
        }
        String host = uri.getHost();
        boolean loopback = "127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host) || "[::1]".equals(host);
        boolean ok = host != null && ("https".equalsIgnoreCase(uri.getScheme())
                || ("http".equalsIgnoreCase(uri.getScheme()) && loopback));
        if (!ok || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            // Tokens over plain HTTP to another machine could be read on the way: only loopback may skip TLS.
            throw new SignInException(Reason.CONFIG_INVALID, "issuer (https)");
        }
        return uri;
    }

    /** How long the browser may take; the sign-in then stops with {@link Reason#TIMEOUT}. */
    public OidcConfig withBrowserTimeout(Duration timeout) {
        return new OidcConfig(issuer, clientId, scopes, positive(timeout), httpTimeout, refreshMargin);
    }

    /** Connect and read timeout of each call to the provider. */
    public OidcConfig withHttpTimeout(Duration timeout) {
        return new OidcConfig(issuer, clientId, scopes, browserTimeout, positive(timeout), refreshMargin);
    }

    /** How long before the access token's expiry it is renewed. */
    public OidcConfig withRefreshMargin(Duration margin) {
        Objects.requireNonNull(margin, "margin");
        if (margin.isNegative()) {
            throw new IllegalArgumentException("refresh margin must not be negative");
        }
        return new OidcConfig(issuer, clientId, scopes, browserTimeout, httpTimeout, margin);
    }

    private static Duration positive(Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        return d;
    }

    public URI issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public List<String> scopes() {
        return scopes;
    }

    public Duration browserTimeout() {
        return browserTimeout;
    }

    public Duration httpTimeout() {
        return httpTimeout;
    }

    public Duration refreshMargin() {
        return refreshMargin;
    }

    @Override
    public String toString() {
        return "OidcConfig[issuer=" + issuer + ", clientId=" + clientId + ", scopes=" + scopes + "]";
    }
}
