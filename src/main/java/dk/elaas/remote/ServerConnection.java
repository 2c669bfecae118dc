package dk.elaas.remote;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.elaas.identity.Role;
import dk.elaas.identity.signin.BrowserLauncher;
import dk.elaas.identity.signin.OidcConfig;
import dk.elaas.identity.signin.OidcSignIn;
import dk.elaas.identity.signin.SignInAttempt;
import dk.elaas.identity.signin.SignInException;
import dk.elaas.identity.signin.SignInSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The desktop's way in to one eLås server: asks the server how to sign in (its issuer, the desktop's client id
 * and scopes: nothing to configure on the PC but the server's address), signs the person in through the system
 * browser, and hands out the register that speaks to the server with that person's token. Blocking network
 * calls: run them off the UI thread.
 */
public final class ServerConnection {

    /** What {@code GET /api/client-config} says. */
    public record ClientConfig(String issuer, String clientId, List<String> scopes) {
    }

    /** A person signed in to a server: who the server takes them to be, and the register in their name. */
    public record SignedIn(URI server, SignInSession session, RemoteRegister register, RemoteRegister.Me me) {

        /** The access token, refreshed when due; null when the sign-in has run out (the caller asks again later). */
        public String accessTokenOrNull() {
            try {
                return session.accessToken();
            } catch (dk.elaas.identity.signin.SignInException e) {
                return null;
            }
        }

        public String name() {
            return me.name() == null || me.name().isBlank() ? session.displayName() : me.name();
        }

        /** The role the server gave from the token (never one the person picked). */
        public Optional<Role> role() {
            try {
                return Optional.ofNullable(me.role()).map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        public UUID supplierId() {
            return me.supplierId();
        }

        /** "Log ud": the tokens are dropped at once; the provider's end-session page, if it has one. */
        public Optional<URI> signOut() {
            return session.signOut();
        }
    }

    private final URI server;
    private final BrowserLauncher browser;
    private final Clock clock;
    private final String device;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ServerConnection(URI server, BrowserLauncher browser, Clock clock, String device) {
        this.server = normalised(server);
        this.browser = browser;
        this.clock = clock;
        this.device = device;
    }

    /** The address as given, with a trailing slash so that {@code /api/…} resolves beside it. */
    static URI normalised(URI server) {
        String s = server.toString();
        return URI.create(s.endsWith("/") ? s : s + "/");
    }

    /**
     * Checks a server address a person typed or was given: https, or http only to this machine (development).
     * Empty when it is fine, else the message key of what is wrong.
     */
    public static Optional<String> problemWith(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("server.address.missing");
        }
        try {
            URI u = URI.create(address.trim());
            if (u.getHost() == null) {
                return Optional.of("server.address.invalid");
            }
            boolean loopback = u.getHost().equals("127.0.0.1") || u.getHost().equals("localhost")
                    || u.getHost().equals("[::1]");
            if ("https".equals(u.getScheme()) || ("http".equals(u.getScheme()) && loopback)) {
                return Optional.empty();
            }
            return Optional.of("server.address.notHttps");
        } catch (IllegalArgumentException e) {
            return Optional.of("server.address.invalid");
        }
    }

    public URI server() {
        return server;
    }

    /** How to sign in to this server; a clear refusal when it cannot be reached or does not say. */
    public ClientConfig clientConfig() {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("api/client-config"))
                .timeout(Duration.ofSeconds(15)).GET().build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 404) {
                throw new RemoteException("remote.error.noClientConfig", "server " + server + " has no client config",
                        server.toString());
            }
            if (r.statusCode() / 100 != 2) {
                throw new RemoteException("remote.error.status", "HTTP " + r.statusCode(), r.statusCode());
            }
            ClientConfig c = json.readValue(r.body(), ClientConfig.class);
            if (c.issuer() == null || c.clientId() == null) {
                throw new RemoteException("remote.error.noClientConfig", "incomplete client config", server.toString());
            }
            return c;
        } catch (IOException e) {
            throw new RemoteException("remote.error.unreachable", "server " + server + " not reachable: " + e.getMessage(),
                    server.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("remote.error.unreachable", "interrupted", server.toString());
        }
    }

    /** Opens the system browser at the server's identity provider; await or cancel the attempt. */
    public SignInAttempt begin() throws SignInException {
        ClientConfig c = clientConfig();
        OidcConfig config = OidcConfig.of(c.issuer(), c.clientId(), c.scopes() == null ? List.of() : c.scopes());
        return new OidcSignIn(config, browser, clock).begin();
    }

    /** Waits for the browser, then asks the server who this is; the session is closed again if the server refuses. */
    public SignedIn finish(SignInAttempt attempt) throws SignInException {
        SignInSession session = attempt.await();
        try {
            RemoteRegister register = new RemoteRegister(server, () -> tokenOf(session), device);
            return new SignedIn(server, session, register, register.me());
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static String tokenOf(SignInSession session) {
        try {
            return session.accessToken();
        } catch (SignInException e) {
            throw new RemoteException("signin.error." + keyOf(e), e.getMessage());
        }
    }

    private static String keyOf(SignInException e) {
        String k = e.messageKey();
        return k.substring(k.lastIndexOf('.') + 1);
    }
}
