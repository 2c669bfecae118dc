package dk.elaas.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import dk.elaas.common.persistence.Tx;
import dk.elaas.identity.Actor;
import dk.elaas.identity.InvalidTokenException;
import dk.elaas.identity.Role;
import dk.elaas.identity.RoleMapping;
import dk.elaas.identity.TokenVerifier;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Bearer token → {@link Actor}: the token is validated by {@link TokenVerifier}, the role comes from the token
 * through the configured {@link RoleMapping}, and a Supplier user's company from its CVR claim, looked up in the
 * register. A token that maps to no role is refused like a bad one: nobody gets a role the directory did not
 * give them.
 */
final class Authenticator {

    /** The token was fine, but the directory gives its holder no eLås role. */
    static final class NoRoleException extends Exception {
        private static final long serialVersionUID = 1L;

        NoRoleException(String subject) {
            super("token of " + subject + " maps to no eLås role");
        }
    }

    private final TokenVerifier verifier;
    private final RoleMapping roles;
    private final Tx systemTx;

    Authenticator(TokenVerifier verifier, RoleMapping roles, Tx systemTx) {
        this.verifier = verifier;
        this.roles = roles;
        this.systemTx = systemTx;
    }

    static Authenticator create(ServerConfig config, Tx systemTx) {
        URI jwks = config.oidcJwksUri() != null ? config.oidcJwksUri() : discoverJwks(config.oidcIssuer());
        try {
            URL url = jwks.toURL();
            return new Authenticator(new TokenVerifier(config.oidcIssuer(), config.oidcAudience(), url), config.roles(),
                    systemTx);
        } catch (java.net.MalformedURLException e) {
            throw new ServerConfigException(java.util.List.of("oidc.jwks-uri er ikke en gyldig adresse: " + jwks));
        }
    }

    /** The issuer's discovery document names its key set (OpenID Connect Discovery 1.0). */
    static URI discoverJwks(String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        URI doc = URI.create(base + "/.well-known/openid-configuration");
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(doc).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new ServerConfigException(java.util.List.of("OIDC-udstederen svarede " + r.statusCode() + " på "
                        + doc + ": er oidc.issuer rigtig?"));
            }
            JsonNode json = new ObjectMapper().readTree(r.body());
            if (!base.equals(json.path("issuer").asText().replaceAll("/$", ""))) {
                throw new ServerConfigException(java.util.List.of("Udstederens discovery-dokument " + doc
                        + " angiver en anden issuer (" + json.path("issuer").asText() + ") end oidc.issuer"));
            }
            return URI.create(json.path("jwks_uri").asText());
        } catch (IOException e) {
            throw new ServerConfigException(java.util.List.of("OIDC-udstederen " + doc + " kan ikke nås: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerConfigException(java.util.List.of("Afbrudt under opslag hos OIDC-udstederen " + doc));
        }
    }

    Actor authenticate(String authorizationHeader, String device) throws InvalidTokenException, NoRoleException {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidTokenException("no bearer token", null);
        }
        JWTClaimsSet claims = verifier.verify(authorizationHeader.substring(7).trim());
        String subject = claims.getSubject();
        RoleMapping.Mapped mapped = roles.map(claims).orElseThrow(() -> new NoRoleException(subject));
        UUID supplierId = mapped.role() == Role.SUPPLIER ? supplierByCvr(mapped.supplierCvr()).orElse(Actor.NO_COMPANY)
                : null;
        return new Actor(subject, displayName(claims), mapped.role(), supplierId, device);
    }

    private static String displayName(JWTClaimsSet claims) {
        for (String claim : new String[] {"name", "preferred_username", "email"}) {
            Object v = claims.getClaim(claim);
            if (v instanceof String s && !s.isBlank()) {
                return s.length() > 200 ? s.substring(0, 200) : s;
            }
        }
        return claims.getSubject();
    }

    private Optional<UUID> supplierByCvr(String cvr) {
        if (cvr == null || !cvr.matches("\\d{8}")) {
            return Optional.empty();
        }
        return systemTx.call(s -> s.createSelectionQuery("select s.id from Supplier s where s.cvr = :cvr", UUID.class)
                .setParameter("cvr", cvr).getResultStream().findFirst());
    }
}
