package dk.elaas.identity.signin;

import dk.elaas.identity.signin.SignInException.Reason;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a person in the way Entra ID expects from a desktop app (RFC 8252): authorization code with PKCE
 * (S256) in the system browser, the browser coming back to a one-shot listener on 127.0.0.1. Blocking
 * network calls: run it off the UI thread.
 *
 * <pre>{@code
 * SignInAttempt attempt = signIn.begin();   // discovery, listener, browser opened
 * SignInSession session = attempt.await();  // waits for the browser, exchanges the code, validates the ID token
 * }</pre>
 */
public final class OidcSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);

    private final OidcConfig config;
    private final BrowserLauncher browser;
    private final Clock clock;
    private OidcProvider provider;

    public OidcSignIn(OidcConfig config, BrowserLauncher browser, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public OidcConfig config() {
        return config;
    }

    /**
     * Reads the provider's discovery document (once), starts the loopback listener and opens the browser at the
     * authorization request. The returned attempt must be awaited or cancelled.
     */
    public SignInAttempt begin() throws SignInException {
        OidcProvider p = provider();
        LoopbackReceiver receiver;
        try {
            receiver = LoopbackReceiver.start();
        } catch (IOException e) {
            throw new SignInException(Reason.BROWSER_FAILED, e);
        }
        SignInAttempt attempt = new SignInAttempt(p, receiver, browser, clock);
        try {
            browser.open(attempt.authorizationUri());
        } catch (IOException | RuntimeException e) {
            attempt.cancel();
            throw new SignInException(Reason.BROWSER_FAILED, e);
        }
        LOG.info("Sign-in started at {} (browser opened, waiting on {})", config.issuer(), receiver.redirectUri());
        return attempt;
    }

    private synchronized OidcProvider provider() throws SignInException {
        if (provider == null) {
            provider = OidcProvider.discover(config, clock);
        }
        return provider;
    }
}
