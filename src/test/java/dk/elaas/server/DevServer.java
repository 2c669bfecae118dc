package dk.elaas.server;

import dk.elaas.demo.DemoDataService;
import dk.elaas.identity.Actor;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Properties;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * Development only (test sources, never in the shipped app): a local OIDC provider with demo users of every
 * role (mock-oauth2-server, its login page listing them) and the eLås server on the local PostgreSQL, with the
 * demo data. Started by the README's "Central server" command; stops with Ctrl+C.
 */
public final class DevServer {

    public static final int OIDC_PORT = 8090;
    public static final String ISSUER_ID = "elaas";
    public static final String AUDIENCE = "api://elaas-dev";

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path loginPage = Files.createTempFile("elaas-dev-login", ".html");
        try (InputStream in = DevServer.class.getResourceAsStream("dev/login.html")) {
            Files.copy(in, loginPage, StandardCopyOption.REPLACE_EXISTING);
        }
        loginPage.toFile().deleteOnExit();
        MockOAuth2Server oauth = new MockOAuth2Server(new OAuth2Config(true, loginPage.toString(), null, false,
                new no.nav.security.mock.oauth2.token.OAuth2TokenProvider(), java.util.Set.of(
                new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback(ISSUER_ID, "demo", "JWT",
                        java.util.List.of(AUDIENCE), java.util.Map.of(), 3600))));
        oauth.start(InetAddress.getLoopbackAddress(), OIDC_PORT);
        Properties p = new Properties();
        p.setProperty("db.url", env("ELAAS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        p.setProperty("db.user", env("ELAAS_DB_USER", "postgres"));
        p.setProperty("db.schema", env("ELAAS_DB_SCHEMA", "elaas_dev"));
        p.setProperty("db.role", "elaas_dev_app");
        // The provider names itself after the host it is asked on: always ask it on 127.0.0.1 (RFC 8252 loopback).
        String issuer = "http://127.0.0.1:" + OIDC_PORT + "/" + ISSUER_ID;
        p.setProperty("oidc.issuer", issuer);
        p.setProperty("oidc.audience", AUDIENCE);
        p.setProperty("oidc.desktop-client-id", "elaas-desktop");
        p.setProperty("role.clerk", "elaas-sagsbehandler");
        p.setProperty("role.field-staff", "elaas-feltmedarbejder");
        p.setProperty("role.supplier", "elaas-leverandoer");
        p.setProperty("role.oejb", "elaas-oejb");
        p.setProperty("role.administrator", "elaas-administrator");
        p.setProperty("server.host", "127.0.0.1");
        p.setProperty("server.port", env("ELAAS_SERVER_PORT", "8080"));
        ElaasServer server = ElaasServer.start(ServerConfig.from(p, new ArrayList<>()), Clock.systemDefaultZone());
        ServerContext ctx = server.context();
        var loaded = ctx.actor.as(Actor.SYSTEM, () -> new DemoDataService(ctx.systemTx, ctx.clock,
                ctx.onboarding).load());
        System.out.printf("""
                eLås development server
                  API:            http://127.0.0.1:%d  (schema %s)
                  OIDC provider:  %s  (client id: elaas-desktop, scope: openid profile offline_access %s)
                  demo data:      %s
                  sign in as any of the demo users on the provider's login page.
                  Start a client against it:
                    mvn -q compile javafx:run -Dapp.args="--server http://127.0.0.1:%d"
                Stop with Ctrl+C.
                """, server.port(), p.getProperty("db.schema"), issuer, AUDIENCE, loaded,
                server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            oauth.shutdown();
        }));
        Thread.currentThread().join();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
