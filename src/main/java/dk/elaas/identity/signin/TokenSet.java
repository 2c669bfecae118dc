package dk.elaas.identity.signin;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import java.time.Duration;
import java.time.Instant;

/**
 * The tokens of one signed-in person, held in memory only. {@code accessExpiresAt} and {@code lifetime} are null
 * when the provider gave no lifetime.
 */
record TokenSet(AccessToken accessToken, Instant accessExpiresAt, Duration lifetime, RefreshToken refreshToken, JWT idToken,
                IDTokenClaimsSet idTokenClaims) {

    @Override
    public String toString() {
        // Never let a token reach a log line through string concatenation.
        return "TokenSet[accessExpiresAt=" + accessExpiresAt + ", refresh=" + (refreshToken != null) + "]";
    }
}
