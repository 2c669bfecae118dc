package dk.elaas.identity.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dk.elaas.identity.signin.SignInException.Reason;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One OIDC provider as read from its discovery document, and the calls the desktop client makes to it
 * (token endpoint, ID-token validation, end-session URL). All of it is Nimbus; nothing here parses JSON or
 * checks a signature by hand.
 */
final class OidcProvider {

    /** Entra ID and mock-oauth2-server sign ID tokens with RS256; anything else (none, HS256 …) is refused. */
    private static final JWSAlgorithm ID_TOKEN_ALG = JWSAlgorithm.RS256;

    private final OidcConfig config;
    private final OIDCProviderMetadata metadata;
    private final ClientID clientId;
    private final IDTokenValidator validator;
    private final Clock clock;

    private OidcProvider(OidcConfig config, OIDCProviderMetadata metadata, IDTokenValidator validator, Clock clock) {
        this.config = config;
        this.metadata = metadata;
        this.clientId = new ClientID(config.clientId());
        this.validator = validator;
        this.clock = clock;
    }

    /** Reads {@code <issuer>/.well-known/openid-configuration}; Nimbus checks that it names the same issuer. */
    static OidcProvider discover(OidcConfig config, Clock clock) throws SignInException {
        int timeout = (int) config.httpTimeout().toMillis();
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(new Issuer(config.issuer()), timeout, timeout);
        } catch (IOException | GeneralException | RuntimeException e) {
            throw new SignInException(Reason.ISSUER_UNREACHABLE, e, config.issuer().toString());
        }
        if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null
                || metadata.getAuthorizationEndpointURI() == null) {
            throw new SignInException(Reason.ISSUER_UNREACHABLE, config.issuer().toString());
        }
        try {
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(config.clientId()),
                    ID_TOKEN_ALG, metadata.getJWKSetURI().toURL(), new DefaultResourceRetriever(timeout, timeout));
            return new OidcProvider(config, metadata, validator, clock);
        } catch (MalformedURLException e) {
            throw new SignInException(Reason.ISSUER_UNREACHABLE, e, config.issuer().toString());
        }
    }

    OidcConfig config() {
        return config;
    }

    /** The authorization request (code flow, PKCE S256, state and nonce) the browser is sent to. */
    URI authorizationUri(URI redirectUri, State state, Nonce nonce, CodeVerifier verifier) {
        return new AuthenticationRequest.Builder(ResponseType.CODE, scope(), clientId, redirectUri)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Exchanges the one-time code (with the PKCE verifier only this process knows) for tokens, checking the nonce. */
    TokenSet exchange(AuthorizationCode code, URI redirectUri, CodeVerifier verifier, Nonce nonce)
            throws SignInException {
        TokenSet tokens = request(new AuthorizationCodeGrant(code, redirectUri, verifier), null, nonce);
        if (tokens.idTokenClaims() == null) {
            // Without an ID token there is no proof of who signed in.
            throw new SignInException(Reason.TOKEN_INVALID);
        }
        return tokens;
    }

    /** Renews the access token with the refresh token; keeps the old refresh and ID token where none is sent back. */
    TokenSet refresh(TokenSet current) throws SignInException {
        TokenSet next = request(new RefreshTokenGrant(current.refreshToken()), current, null);
        if (next.idTokenClaims() != null && !next.idTokenClaims().getSubject().equals(current.idTokenClaims().getSubject())) {
            // OIDC Core 12.2: a refreshed ID token must be about the same person.
            throw new SignInException(Reason.TOKEN_INVALID);
        }
        return next;
    }

    private TokenSet request(AuthorizationGrant grant, TokenSet previous, Nonce nonce) throws SignInException {
        HTTPRequest http = new TokenRequest(metadata.getTokenEndpointURI(), clientId, grant, scope()).toHTTPRequest();
        int timeout = (int) config.httpTimeout().toMillis();
        http.setConnectTimeout(timeout);
        http.setReadTimeout(timeout);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new SignInException(Reason.ISSUER_UNREACHABLE, e, config.issuer().toString());
        } catch (ParseException e) {
            throw new SignInException(Reason.TOKEN_INVALID, e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = ((TokenErrorResponse) response).getErrorObject();
            String code = error == null || error.getCode() == null ? "?" : error.getCode();
            boolean dead = previous != null && ("invalid_grant".equals(code) || "interaction_required".equals(code));
            throw dead ? new SignInException(Reason.SESSION_EXPIRED) : new SignInException(Reason.PROVIDER_REFUSED, code);
        }
        Tokens tokens = response.toSuccessResponse().getTokens();
        JWT idToken = response instanceof OIDCTokenResponse oidc ? oidc.getOIDCTokens().getIDToken() : null;
        IDTokenClaimsSet claims = idToken == null ? null : validate(idToken, nonce);
        RefreshToken refresh = tokens.getRefreshToken() != null ? tokens.getRefreshToken()
                : previous == null ? null : previous.refreshToken();
        long lifetime = tokens.getAccessToken().getLifetime();
        Instant expiresAt = lifetime > 0 ? clock.instant().plusSeconds(lifetime) : null;
        if (idToken == null && previous != null) {
            idToken = previous.idToken();
            claims = previous.idTokenClaims();
        }
        return new TokenSet(tokens.getAccessToken(), expiresAt, lifetime > 0 ? Duration.ofSeconds(lifetime) : null,
                refresh, idToken, claims);
    }

    private IDTokenClaimsSet validate(JWT idToken, Nonce nonce) throws SignInException {
        try {
            return validator.validate(idToken, nonce);
        } catch (BadJOSEException | JOSEException e) {
            throw new SignInException(Reason.TOKEN_INVALID, e);
        }
    }

    /** The provider's end-session (front-channel logout) URL with the ID token as hint, when it has one. */
    Optional<URI> endSessionUri(JWT idToken) {
        URI endpoint = metadata.getEndSessionEndpointURI();
        return endpoint == null ? Optional.empty() : Optional.of(new LogoutRequest(endpoint, idToken).toURI());
    }

    private Scope scope() {
        return new Scope(config.scopes().toArray(String[]::new));
    }
}
