package dk.elaas.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URL;
import java.util.Set;

/**
 * Validates an access token as the server must (issue 14): the signature against the issuer's published keys
 * (JWKS, fetched and cached by nimbus-jose-jwt), the algorithm pinned to RS256 (so {@code alg: none} and an
 * HS256 token signed with the public key are refused), the exact issuer, our audience (an ID token, made for
 * the desktop client's id, is refused), expiry and not-before with a minute's clock skew, and a subject.
 */
public final class TokenVerifier {

    private final ConfigurableJWTProcessor<SecurityContext> processor;

    public TokenVerifier(String issuer, String audience, URL jwksUri) {
        this(issuer, audience, JWKSourceBuilder.create(jwksUri).retrying(true).build());
    }

    public TokenVerifier(String issuer, String audience, JWKSource<SecurityContext> keys) {
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(Set.of(audience),
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("sub", "exp", "iat"),
                // An ID token is refused by its audience (the desktop client's id, never this API's).
                Set.of()));
        this.processor = p;
    }

    public JWTClaimsSet verify(String token) throws InvalidTokenException {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no token", null);
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            // An ID token is issued to the client itself (audience = authorised party); an access token to the API
            // on the client's behalf. This also refuses ID tokens of a client registered under the API's own id.
            Object azp = claims.getClaim("azp");
            if (azp != null && claims.getAudience().contains(String.valueOf(azp))) {
                throw new InvalidTokenException("an ID token (audience is its own client), not an access token", null);
            }
            return claims;
        } catch (java.text.ParseException | com.nimbusds.jose.proc.BadJOSEException | com.nimbusds.jose.JOSEException e) {
            throw new InvalidTokenException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new InvalidTokenException("unreadable token: " + e.getClass().getSimpleName(), e);
        }
    }
}
