package dk.elaas.identity.signin;

import static dk.elaas.testsupport.OidcTestProvider.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.nimbusds.jwt.SignedJWT;
import dk.elaas.common.i18n.I18n;
import dk.elaas.identity.signin.SignInException.Reason;
import dk.elaas.testsupport.HttpClientBrowser;
import dk.elaas.testsupport.OidcTestProvider;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop sign-in end to end against a real OIDC provider (mock-oauth2-server on loopback): discovery,
 * authorization code + PKCE through a "browser" that follows the redirects, the loopback callback, the token
 * exchange and ID-token validation, silent refresh, expiry and "Log ud"; and every way it must refuse.
 */
class OidcSignInIT {

    private OidcTestProvider idp;
    private HttpClientBrowser browser;
    private SignInSession session;

    @BeforeEach
    void startProvider() {
        idp = OidcTestProvider.start();
        browser = new HttpClientBrowser();
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        idp.close();
    }

    private OidcConfig config() throws SignInException {
        return OidcConfig.of(idp.issuer().toString(), OidcTestProvider.CLIENT_ID, List.of(OidcTestProvider.API_AUDIENCE));
    }

    private SignInSession signIn(OidcConfig config, Clock clock) throws SignInException {
        session = new OidcSignIn(config, browser, clock).begin().await();
        return session;
    }

    private static SignInException failure(ThrowingCall call) {
        try {
            call.run();
        } catch (SignInException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a SignInException", e);
        }
        throw new AssertionError("expected the sign-in to fail");
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void signsInWithPkceThroughTheLoopbackAndKnowsThePerson() throws Exception {
        idp.nextSignIn(person("u-1001", "Mette Lund").roles("Sagsbehandler"), Duration.ofMinutes(5));

        SignInSession s = signIn(config(), Clock.systemUTC());

        assertThat(s.displayName()).isEqualTo("Mette Lund");
        assertThat(s.subject()).isEqualTo("u-1001");
        assertThat(s.rolesInIdToken()).containsExactly("Sagsbehandler");
        SignedJWT access = SignedJWT.parse(s.accessToken());
        assertThat(access.getJWTClaimsSet().getAudience()).containsExactly(OidcTestProvider.API_AUDIENCE);
        assertThat(access.getJWTClaimsSet().getIssuer()).isEqualTo(idp.issuer().toString());
        assertThat(access.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("Sagsbehandler");
        assertThat(s.accessTokenExpiresAt()).hasValueSatisfying(
                t -> assertThat(t).isBetween(Instant.now().plusSeconds(200), Instant.now().plusSeconds(301)));

        URI authorize = browser.opened().get(0);
        assertThat(authorize.getQuery()).contains("code_challenge_method=S256", "code_challenge=", "state=", "nonce=",
                "response_type=code", "client_id=" + OidcTestProvider.CLIENT_ID, "offline_access");
        URI callback = browser.visited().get(browser.visited().size() - 1);
        assertThat(callback.getHost()).isEqualTo("127.0.0.1");
        assertThat(callback.getPort()).isPositive();
        assertThat(callback.getPath()).isEqualTo("/callback");
        assertThat(browser.lastPage().statusCode()).isEqualTo(200);
        assertThat(browser.lastPage().body()).contains("Du er logget ind – du kan lukke fanen", "You are signed in");

        // One-shot: the listener is gone once the code is delivered; replaying the redirect reaches nobody.
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(callback).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
    }

    @Test
    void theProviderRefusesACodeWithoutTheMatchingPkceVerifier() throws Exception {
        // Someone who intercepts the redirect has the code but not this process's verifier.
        browser.rewritingAuthorization(uri -> HttpClientBrowser.withParameter(uri, "code_challenge",
                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));

        SignInException e = failure(() -> signIn(config(), Clock.systemUTC()));

        assertThat(e.reason()).isEqualTo(Reason.PROVIDER_REFUSED);
        assertThat(e.messageArgs()).containsExactly("invalid_grant");
    }

    @Test
    void aCallbackWithAnotherStateIsRejected() throws Exception {
        browser.rewritingCallback(uri -> HttpClientBrowser.withParameter(uri, "state", "forged"));

        SignInException e = failure(() -> signIn(config(), Clock.systemUTC()));

        assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE);
        assertThat(I18n.danish().get(e.messageKey(), e.messageArgs())).contains("hørte ikke til");
    }

    @Test
    void anIdTokenWithAnotherNonceIsRejected() throws Exception {
        // The provider puts the nonce it was given into the ID token; one from another request must not pass.
        browser.rewritingAuthorization(uri -> HttpClientBrowser.withParameter(uri, "nonce", "replayed-nonce"));

        SignInException e = failure(() -> signIn(config(), Clock.systemUTC()));

        assertThat(e.reason()).isEqualTo(Reason.TOKEN_INVALID);
    }

    @Test
    void theUserCancellingAtTheProviderIsReportedAsCancelled() throws Exception {
        browser.rewritingCallback(uri -> {
            String state = uri.getRawQuery().replaceAll(".*state=([^&]*).*", "$1");
            return URI.create("http://127.0.0.1:" + uri.getPort() + "/callback?error=access_denied&state=" + state);
        });

        SignInException e = failure(() -> signIn(config(), Clock.systemUTC()));

        assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
        assertThat(browser.lastPage().body()).contains("Login blev ikke gennemført");
    }

    @Test
    void stopsWaitingAfterTheTimeoutAndClosesTheListener() throws Exception {
        browser.userWalksAway();
        SignInAttempt attempt = new OidcSignIn(config().withBrowserTimeout(Duration.ofMillis(400)), browser,
                Clock.systemUTC()).begin();
        URI redirect = attempt.redirectUri();

        SignInException e = failure(attempt::await);

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThatThrownBy(() -> new Socket(redirect.getHost(), redirect.getPort()).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void cancelEndsTheWaitingSignIn() throws Exception {
        browser.userWalksAway();
        SignInAttempt attempt = new OidcSignIn(config(), browser, Clock.systemUTC()).begin();
        new Thread(() -> {
            try {
                Thread.sleep(200); // the user presses "Annullér" while the browser is open
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            attempt.cancel();
        }).start();

        SignInException e = failure(attempt::await);

        assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
        assertThat(I18n.danish().get(e.messageKey())).isEqualTo("Login blev annulleret.");
    }

    @Test
    void theListenerAnswersOnLoopbackOnlyAndTakesOneCallback() throws Exception {
        browser.userWalksAway();
        SignInAttempt attempt = new OidcSignIn(config(), browser, Clock.systemUTC()).begin();
        URI redirect = attempt.redirectUri();
        assertThat(redirect.getHost()).isEqualTo("127.0.0.1");
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress()) {
                    assertThatThrownBy(() -> new Socket(address, redirect.getPort()).close())
                            .as("listener reachable on %s", address).isInstanceOf(IOException.class);
                }
            }
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(redirect + "?code=x&state=forged"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = http.send(HttpRequest.newBuilder(URI.create(redirect + "?code=y&state=forged"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(404);
        assertThat(failure(attempt::await).reason()).isEqualTo(Reason.WRONG_STATE);
    }

    @Test
    void anUnreachableIssuerGetsAClearDanishMessage() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            closedPort = s.getLocalPort();
        }
        OidcConfig config = OidcConfig.of("http://127.0.0.1:" + closedPort + "/elaas", "elaas-desktop", List.of());

        SignInException e = failure(() -> new OidcSignIn(config, browser, Clock.systemUTC()).begin());

        assertThat(e.reason()).isEqualTo(Reason.ISSUER_UNREACHABLE);
        assertThat(I18n.danish().get(e.messageKey(), e.messageArgs()))
                .contains("kunne ikke kontakte", "127.0.0.1:" + closedPort);
        assertThat(browser.opened()).as("no browser opened for a provider that is not there").isEmpty();
    }

    @Test
    void renewsTheAccessTokenSilentlyBeforeItExpires() throws Exception {
        idp.nextSignIn(person("u-1002", "Jonas Holm"), Duration.ofSeconds(4));
        SignInSession s = signIn(config().withRefreshMargin(Duration.ofSeconds(3)), Clock.systemUTC());
        String first = s.accessToken();
        Instant firstExpiry = s.accessTokenExpiresAt().orElseThrow();

        // Nobody asks: the session renews on its own halfway through the short lifetime (margin capped at half of it).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> s.accessTokenExpiresAt().orElseThrow().isAfter(firstExpiry));

        String renewed = s.accessToken();
        assertThat(renewed).isNotEqualTo(first);
        assertThat(SignedJWT.parse(renewed).getJWTClaimsSet().getSubject()).isEqualTo("u-1002");
        assertThat(s.displayName()).isEqualTo("Jonas Holm");
        assertThat(s.status()).isEqualTo(SignInSession.Status.ACTIVE);
    }

    @Test
    void anExpiredAccessTokenIsRenewedWhenAskedFor() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        idp.nextSignIn(person("u-1003", "Ida Krogh"), Duration.ofMinutes(5));
        SignInSession s = signIn(config(), clock);
        String first = s.accessToken();

        clock.advance(Duration.ofMinutes(6)); // the PC slept past the token's expiry

        String renewed = s.accessToken();
        assertThat(renewed).isNotEqualTo(first);
        assertThat(s.accessTokenExpiresAt()).hasValueSatisfying(t -> assertThat(t).isAfter(clock.instant()));
    }

    @Test
    void aRefusedRefreshEndsTheSessionAndSaysSignInAgain() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        idp.nextSignIn(person("u-1004", "Ole Bak"), Duration.ofMinutes(5));
        SignInSession s = signIn(config(), clock);
        List<SignInSession.Status> seen = new CopyOnWriteArrayList<>();
        s.onStatusChange(seen::add);
        clock.advance(Duration.ofMinutes(6));
        idp.refuseRefreshTokens(true);

        SignInException e = failure(s::accessToken);

        assertThat(e.reason()).isEqualTo(Reason.SESSION_EXPIRED);
        assertThat(I18n.danish().get(e.messageKey())).contains("log ind igen");
        assertThat(s.status()).isEqualTo(SignInSession.Status.EXPIRED);
        assertThat(seen).containsExactly(SignInSession.Status.EXPIRED);
        assertThat(failure(s::accessToken).reason()).isEqualTo(Reason.SESSION_EXPIRED);
    }

    @Test
    void anExpiredTokenIsNotHandedOutWhileTheProviderIsUnreachable() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        idp.nextSignIn(person("u-1005", "Eva Dahl"), Duration.ofMinutes(5));
        SignInSession s = signIn(config().withHttpTimeout(Duration.ofSeconds(2)), clock);
        idp.close();

        clock.advance(Duration.ofSeconds(250)); // within the refresh margin, still valid: keep using it
        assertThat(s.accessToken()).isNotBlank();

        clock.advance(Duration.ofMinutes(2)); // expired and no way to renew it
        assertThat(failure(s::accessToken).reason()).isEqualTo(Reason.ISSUER_UNREACHABLE);
        assertThat(s.status()).as("a network failure does not sign the person out").isEqualTo(SignInSession.Status.ACTIVE);
        idp = OidcTestProvider.start(); // for @AfterEach
    }

    @Test
    void signOutForgetsTheTokensAndEndsTheProvidersSession() throws Exception {
        idp.nextSignIn(person("u-1006", "Mette Lund"), Duration.ofMinutes(5));
        SignInSession s = signIn(config(), Clock.systemUTC());
        List<SignInSession.Status> seen = new CopyOnWriteArrayList<>();
        s.onStatusChange(seen::add);

        URI endSession = s.signOut().orElseThrow();

        assertThat(endSession.toString()).startsWith(idp.server().endSessionEndpointUrl(OidcTestProvider.ISSUER_ID).toString());
        assertThat(endSession.getQuery()).contains("id_token_hint=");
        assertThat(browser.opened()).last().isEqualTo(endSession);
        assertThat(browser.lastPage().statusCode()).isLessThan(400);
        assertThat(s.status()).isEqualTo(SignInSession.Status.SIGNED_OUT);
        assertThat(seen).containsExactly(SignInSession.Status.SIGNED_OUT);
        assertThat(failure(s::accessToken).reason()).isEqualTo(Reason.SIGNED_OUT);
        assertThat(s.accessTokenExpiresAt()).isEmpty();
    }

    @Test
    void noTokenEverReachesTheLog() throws Exception {
        Logger elaas = (Logger) LoggerFactory.getLogger("dk.elaas");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        elaas.addAppender(log);
        try {
            idp.nextSignIn(person("u-1007", "Jonas Holm"), Duration.ofSeconds(4));
            SignInSession s = signIn(config().withRefreshMargin(Duration.ofSeconds(3)), Clock.systemUTC());
            String first = s.accessToken();
            Instant firstExpiry = s.accessTokenExpiresAt().orElseThrow();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> s.accessTokenExpiresAt().orElseThrow().isAfter(firstExpiry));
            String second = s.accessToken();
            s.signOut();

            assertThat(log.list).isNotEmpty();
            for (ILoggingEvent event : log.list) {
                String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : event.getThrowableProxy().getMessage());
                assertThat(line).doesNotContain(first, second, first.substring(first.lastIndexOf('.') + 1));
                assertThat(line).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.");
            }
        } finally {
            elaas.detachAppender(log);
        }
    }

    /** A clock the test moves forward, as a laptop that slept. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
