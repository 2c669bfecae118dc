package dk.elaas.identity.signin;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import dk.elaas.identity.signin.SignInException.Reason;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sign-in in progress: the browser is open and the loopback listener waits. Fresh state, nonce and PKCE
 * verifier per attempt; the listener is closed however the attempt ends.
 */
public final class SignInAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAttempt.class);

    private final OidcProvider provider;
    private final LoopbackReceiver receiver;
    private final BrowserLauncher browser;
    private final Clock clock;
    private final State state = new State();
    private final Nonce nonce = new Nonce();
    private final CodeVerifier verifier = new CodeVerifier();
    private final URI authorizationUri;

    SignInAttempt(OidcProvider provider, LoopbackReceiver receiver, BrowserLauncher browser, Clock clock) {
        this.provider = provider;
        this.receiver = receiver;
        this.browser = browser;
        this.clock = clock;
        this.authorizationUri = provider.authorizationUri(receiver.redirectUri(), state, nonce, verifier);
    }

    /** Where the browser was sent (carries state, nonce and the PKCE challenge, never a secret). */
    public URI authorizationUri() {
        return authorizationUri;
    }

    /** The loopback address the provider redirects to, {@code http://127.0.0.1:<port>/callback}. */
    public URI redirectUri() {
        return receiver.redirectUri();
    }

    /**
     * Waits for the browser (at most the configured timeout), checks state, exchanges the code and validates
     * the ID token (signature, issuer, audience, expiry, nonce).
     */
    public SignInSession await() throws SignInException {
        try {
            URI callback = waitForCallback();
            AuthenticationResponse response;
            try {
                response = AuthenticationResponseParser.parse(callback);
            } catch (ParseException e) {
                throw new SignInException(Reason.WRONG_STATE, e);
            }
            if (!state.equals(response.getState())) {
                LOG.warn("Sign-in callback refused: its state does not belong to this sign-in");
                throw new SignInException(Reason.WRONG_STATE);
            }
            if (!response.indicatesSuccess()) {
                ErrorObject error = ((AuthenticationErrorResponse) response).getErrorObject();
                String code = error == null || error.getCode() == null ? "?" : error.getCode();
                LOG.info("Sign-in refused by the provider: {}", code);
                throw new SignInException("access_denied".equals(code) ? Reason.CANCELLED : Reason.PROVIDER_REFUSED, code);
            }
            AuthenticationSuccessResponse success = (AuthenticationSuccessResponse) response;
            if (success.getAuthorizationCode() == null) {
                throw new SignInException(Reason.PROVIDER_REFUSED, "no code");
            }
            TokenSet tokens = provider.exchange(success.getAuthorizationCode(), receiver.redirectUri(), verifier, nonce);
            LOG.info("Signed in at {}; access token valid until {}", provider.config().issuer(), tokens.accessExpiresAt());
            return new SignInSession(provider, tokens, browser, clock);
        } finally {
            receiver.close();
        }
    }

    private URI waitForCallback() throws SignInException {
        long millis = provider.config().browserTimeout().toMillis();
        try {
            return receiver.callback().get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SignInException(Reason.TIMEOUT, e, provider.config().browserTimeout().toMinutes());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInException(Reason.CANCELLED, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SignInException s) {
                throw s;
            }
            throw new SignInException(Reason.CANCELLED, e.getCause());
        }
    }

    /** Stops waiting: {@link #await()} ends with {@link Reason#CANCELLED} and the listener closes. */
    public void cancel() {
        receiver.callback().completeExceptionally(new SignInException(Reason.CANCELLED));
        receiver.close();
    }
}
