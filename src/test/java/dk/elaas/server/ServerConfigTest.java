package dk.elaas.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

    static final Map<String, String> MINIMAL = Map.of(
            "ELAAS_DB_URL", "jdbc:postgresql://db.example:5432/elaas",
            "ELAAS_OIDC_ISSUER", "https://login.microsoftonline.com/tenant/v2.0",
            "ELAAS_OIDC_AUDIENCE", "api://elaas",
            "ELAAS_ROLE_CLERK", "Elaas.Sagsbehandler");

    @Test
    void everyMissingSettingIsListedAtOnceWithItsEnvironmentName() {
        assertThatThrownBy(() -> ServerConfig.load(null, Map.of()))
                .isInstanceOfSatisfying(ServerConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(4);
                    assertThat(e.getMessage()).contains("ELAAS_DB_URL", "ELAAS_OIDC_ISSUER", "ELAAS_OIDC_AUDIENCE",
                            "rolletildeling");
                });
    }

    @Test
    void plainHttpIsRefusedUnlessTheServerListensOnLoopback() {
        var env = new java.util.HashMap<>(MINIMAL);
        env.put("ELAAS_SERVER_HOST", "0.0.0.0");

        assertThatThrownBy(() -> ServerConfig.load(null, env))
                .isInstanceOfSatisfying(ServerConfigException.class,
                        e -> assertThat(e.problems()).singleElement().asString().contains("tls.keystore"));
        assertThat(ServerConfig.load(null, MINIMAL).host()).isEqualTo("127.0.0.1");
    }

    @Test
    void anIssuerOverPlainHttpOnAnotherHostIsRefused() {
        var env = new java.util.HashMap<>(MINIMAL);
        env.put("ELAAS_OIDC_ISSUER", "http://login.example/tenant");

        assertThatThrownBy(() -> ServerConfig.load(null, env))
                .isInstanceOfSatisfying(ServerConfigException.class,
                        e -> assertThat(e.getMessage()).contains("https"));
    }

    @Test
    void theEnvironmentWinsOverTheFileAndRolesMapFromCommaSeparatedValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("server.properties");
        Files.writeString(file, """
                db.url=jdbc:postgresql://file-host/elaas
                oidc.issuer=https://issuer.example
                oidc.audience=api://from-file
                role.supplier=Elaas.Leverandoer, 0f3a-group
                server.port=9443
                """);

        ServerConfig c = ServerConfig.load(file, Map.of("ELAAS_OIDC_AUDIENCE", "api://from-env"));

        assertThat(c.oidcAudience()).isEqualTo("api://from-env");
        assertThat(c.dbUrl()).isEqualTo("jdbc:postgresql://file-host/elaas");
        assertThat(c.port()).isEqualTo(9443);
        var claims = new com.nimbusds.jwt.JWTClaimsSet.Builder().claim("roles", java.util.List.of("0f3a-group"))
                .claim("supplier_cvr", "1297 2997").build();
        assertThat(c.roles().map(claims)).hasValueSatisfying(m -> {
            assertThat(m.role()).isEqualTo(dk.elaas.identity.Role.SUPPLIER);
            assertThat(m.supplierCvr()).isEqualTo("12972997");
        });
    }

    @Test
    void anUnreadableFileAndABadPortAreSaidPlainly(@TempDir Path dir) {
        var env = new java.util.HashMap<>(MINIMAL);
        env.put("ELAAS_SERVER_PORT", "http");

        assertThatThrownBy(() -> ServerConfig.load(dir.resolve("missing.properties"), env))
                .isInstanceOfSatisfying(ServerConfigException.class, e -> assertThat(e.getMessage())
                        .contains("kan ikke læses", "server.port skal være et tal"));
    }
}
