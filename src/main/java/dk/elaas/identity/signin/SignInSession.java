package dk.elaas.identity.signin;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dk.elaas.identity.signin.SignInException.Reason;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A signed-in person: their tokens in memory only (never written to disk, never logged), the access token
 * renewed silently with the refresh token shortly before it expires, and "Log ud". The HTTP client that
 * calls the eLås server asks {@link #accessToken()} before each request.
 */
public final class SignInSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SignInSession.class);
    /** After a failed silent renewal that may be temporary (network), try again this soon. */
    private static final Duration RETRY = Duration.ofSeconds(30);

    /** Where the session stands. */
    public enum Status { ACTIVE, EXPIRED, SIGNED_OUT }

    private final OidcProvider provider;
    private final BrowserLauncher browser;
    private final Clock clock;
    private final String subject;
    private final String displayName;
    private final List<String> roles;
    private final ScheduledExecutorService scheduler;
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private final Object renewLock = new Object();
    private TokenSet tokens;
    private Status status = Status.ACTIVE;
    private ScheduledFuture<?> renewal;

    SignInSession(OidcProvider provider, TokenSet tokens, BrowserLauncher browser, Clock clock) {
        this.provider = provider;
        this.browser = browser;
        this.clock = clock;
        this.tokens = tokens;
        IDTokenClaimsSet claims = tokens.idTokenClaims();
        this.subject = claims.getSubject().getValue();
        this.displayName = firstNonBlank(claims.getStringClaim("name"), claims.getStringClaim("preferred_username"),
                subject);
        List<String> fromToken = claims.getStringListClaim("roles");
        this.roles = fromToken == null ? List.of() : List.copyOf(fromToken);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "oidc-refresh");
            t.setDaemon(true);
            return t;
        });
        scheduleRenewal();
    }

    /** The ID token's {@code sub}: the person's stable id at the provider. */
    public String subject() {
        return subject;
    }

    /** The person's name as the provider knows it ({@code name}, else {@code preferred_username}, else the subject). */
    public String displayName() {
        return displayName;
    }

    /**
     * The app roles the ID token names (Entra's {@code roles} claim), for display only: the server decides
     * what the person may do from the access token.
     */
    public List<String> rolesInIdToken() {
        return roles;
    }

    public synchronized Status status() {
        return status;
    }

    /** When the current access token expires; empty when the provider did not say or the session has ended. */
    public synchronized Optional<Instant> accessTokenExpiresAt() {
        return tokens == null ? Optional.empty() : Optional.ofNullable(tokens.accessExpiresAt());
    }

    /** Called (on the renewal thread or the caller's) when the session expires or is signed out. */
    public void onStatusChange(Consumer<Status> listener) {
        listeners.add(listener);
    }

    /**
     * The access token to send as {@code Authorization: Bearer}. Renews it first when it is within the refresh
     * margin of its expiry; keeps using a still valid one when the provider is briefly unreachable.
     *
     * @throws SignInException {@link Reason#SESSION_EXPIRED} when it cannot be renewed any more,
     *                         {@link Reason#SIGNED_OUT} after "Log ud"
     */
    public String accessToken() throws SignInException {
        synchronized (this) {
            requireActive();
            if (!dueForRenewal(tokens)) {
                return tokens.accessToken().getValue();
            }
        }
        try {
            renew(true);
        } catch (SignInException e) {
            synchronized (this) {
                if (e.reason() == Reason.ISSUER_UNREACHABLE && tokens != null && !expired(tokens)) {
                    return tokens.accessToken().getValue();
                }
            }
            throw e;
        }
        synchronized (this) {
            requireActive();
            return tokens.accessToken().getValue();
        }
    }

    /** Renews the access token now with the refresh token (normally done by the session on its own). */
    public void renew() throws SignInException {
        renew(false);
    }

    private void renew(boolean onlyIfDue) throws SignInException {
        // One renewal at a time, each with the newest refresh token: providers that rotate refresh tokens
        // (Entra does) may treat a second use of an old one as theft and end the session.
        synchronized (renewLock) {
            renewLocked(onlyIfDue);
        }
    }

    private void renewLocked(boolean onlyIfDue) throws SignInException {
        TokenSet current;
        synchronized (this) {
            requireActive();
            current = tokens;
        }
        if (onlyIfDue && !dueForRenewal(current)) {
            return;
        }
        if (current.refreshToken() == null) {
            if (expired(current)) {
                end(Status.EXPIRED);
                throw new SignInException(Reason.SESSION_EXPIRED);
            }
            return;
        }
        TokenSet next;
        try {
            next = provider.refresh(current);
        } catch (SignInException e) {
            if (e.reason() != Reason.ISSUER_UNREACHABLE) {
                LOG.info("Session could not be renewed ({}); signed out", e.reason());
                end(Status.EXPIRED);
                throw new SignInException(Reason.SESSION_EXPIRED, e);
            }
            LOG.warn("Access token not renewed, provider unreachable; trying again in {} s", RETRY.toSeconds());
            schedule(RETRY);
            throw e;
        }
        synchronized (this) {
            if (status != Status.ACTIVE) {
                return; // signed out while the request ran: do not bring the tokens back
            }
            tokens = next;
        }
        LOG.info("Access token renewed; valid until {}", next.accessExpiresAt());
        scheduleRenewal();
    }

    /**
     * "Log ud": forgets every token at once and, when the provider has an end-session endpoint, opens it in the
     * browser so the provider's own session ends too.
     *
     * @return the end-session URL that was opened, if any
     */
    public Optional<URI> signOut() {
        TokenSet last;
        synchronized (this) {
            last = tokens;
        }
        end(Status.SIGNED_OUT);
        if (last == null || last.idToken() == null) {
            return Optional.empty();
        }
        Optional<URI> endSession = provider.endSessionUri(last.idToken());
        endSession.ifPresent(uri -> {
            try {
                browser.open(uri);
            } catch (IOException | RuntimeException e) {
                // The tokens are gone already; the provider's session ends on its own when it expires.
                LOG.warn("Could not open the provider's sign-out page: {}", e.toString());
            }
        });
        LOG.info("Signed out");
        return endSession;
    }

    @Override
    public void close() {
        end(Status.SIGNED_OUT);
    }

    private void end(Status newStatus) {
        synchronized (this) {
            if (status != Status.ACTIVE) {
                return;
            }
            status = newStatus;
            tokens = null;
            if (renewal != null) {
                renewal.cancel(false);
            }
        }
        scheduler.shutdownNow();
        for (Consumer<Status> l : listeners) {
            try {
                l.accept(newStatus);
            } catch (RuntimeException e) {
                LOG.warn("Session listener failed", e);
            }
        }
    }

    private void requireActive() throws SignInException {
        if (status == Status.SIGNED_OUT) {
            throw new SignInException(Reason.SIGNED_OUT);
        }
        if (status == Status.EXPIRED || tokens == null) {
            throw new SignInException(Reason.SESSION_EXPIRED);
        }
    }

    private boolean dueForRenewal(TokenSet t) {
        return t.accessExpiresAt() != null && !clock.instant().isBefore(renewAt(t));
    }

    /** The margin before expiry, but never more than half the lifetime: short-lived tokens must not renew in a loop. */
    private Instant renewAt(TokenSet t) {
        Duration margin = provider.config().refreshMargin();
        Duration half = t.lifetime().dividedBy(2);
        return t.accessExpiresAt().minus(margin.compareTo(half) > 0 ? half : margin);
    }

    private boolean expired(TokenSet t) {
        return t.accessExpiresAt() != null && !clock.instant().isBefore(t.accessExpiresAt());
    }

    private void scheduleRenewal() {
        Instant at;
        synchronized (this) {
            if (tokens == null || tokens.accessExpiresAt() == null || tokens.refreshToken() == null) {
                return;
            }
            at = renewAt(tokens);
        }
        Duration wait = Duration.between(clock.instant(), at);
        schedule(wait.isNegative() ? Duration.ZERO : wait);
    }

    private synchronized void schedule(Duration wait) {
        if (status != Status.ACTIVE || scheduler.isShutdown()) {
            return;
        }
        if (renewal != null) {
            renewal.cancel(false);
        }
        renewal = scheduler.schedule(this::renewQuietly, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void renewQuietly() {
        try {
            renew();
        } catch (SignInException e) {
            // renew() has already ended the session or scheduled a retry; the listeners know.
            LOG.debug("Silent renewal did not succeed: {}", e.reason());
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    @Override
    public String toString() {
        return "SignInSession[subject=" + subject + ", status=" + status() + "]";
    }
}
