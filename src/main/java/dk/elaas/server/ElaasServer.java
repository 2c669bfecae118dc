package dk.elaas.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.i18n.RefusedException;
import dk.elaas.common.persistence.ConcurrentChangeException;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.identity.AccessDeniedException;
import dk.elaas.identity.Actor;
import dk.elaas.identity.InvalidTokenException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code elaas server}: the HTTP/JSON API over the register's services, on Javalin. Every request except the
 * health check carries a bearer token; the {@link Authenticator} turns it into the request's {@link Actor},
 * the routes check the {@link dk.elaas.identity.Policy}, the services scope by company and PostgreSQL's
 * row-level security does it a second time. Refusals say why without echoing any record.
 */
public final class ElaasServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ElaasServer.class);
    static final String DEVICE_HEADER = "X-Elaas-Device";

    private final ServerContext ctx;
    private final Javalin app;
    private final I18n danish = I18n.danish();

    private ElaasServer(ServerConfig config, ServerContext ctx) {
        this.ctx = ctx;
        Authenticator auth = Authenticator.create(config, ctx.systemTx);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ConsentApi consents = new ConsentApi(ctx);
        AdminApi admin = new AdminApi(ctx);
        this.app = Javalin.create(c -> {
            c.jsonMapper(new JavalinJackson(json, false));
            c.startup.showJavalinBanner = false;
            // A consent with its scanned pages as JSON; files go through the streamed /api/documents instead.
            c.http.maxRequestSize = 40L * 1024 * 1024;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            if (config.tls()) {
                c.jetty.addConnector((server, http) -> tlsConnector(server, http, config));
            }
            c.routes.before(x -> authenticate(auth, x));
            c.routes.after(x -> ctx.actor.clear());
            c.routes.get("/api/health", x -> x.json(Map.of("status", "ok")));
            c.routes.get("/api/me", x -> x.json(Me.of(ctx.actor.get())));
            c.routes.get(CLIENT_CONFIG, x -> x.json(clientConfig(config)));
            consents.routes(c.routes);
            admin.routes(c.routes);
            new SyncApi(ctx).routes(c.routes);
            c.routes.exception(Unauthenticated.class, (e, x) -> x.status(401)
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .json(ApiError.of("unauthenticated", "server.error.unauthenticated",
                            danish.get("server.error.unauthenticated"))));
            c.routes.exception(AccessDeniedException.class, (e, x) -> refuse(x, 403, "forbidden", e));
            c.routes.exception(NotFound.class, (e, x) -> x.status(404)
                    .json(ApiError.of("not_found", "server.error.notFound", danish.get("server.error.notFound"))));
            c.routes.exception(InvalidInputException.class, (e, x) -> invalid(x, e));
            c.routes.exception(ConcurrentChangeException.class, (e, x) -> x.status(409)
                    .json(ApiError.of("conflict", "server.error.conflict", danish.get("server.error.conflict"))));
            c.routes.exception(RefusedException.class, (e, x) -> refuse(x,
                    e.messageKey().endsWith("notFound") ? 404 : 409, "refused", e));
            c.routes.exception(BadRequest.class, (e, x) -> x.status(400)
                    .json(ApiError.of("bad_request", "server.error.badRequest", e.getMessage())));
            c.routes.exception(Exception.class, (e, x) -> {
                String id = UUID.randomUUID().toString();
                LOG.error("Request {} {} failed (error id {})", x.method(), x.path(), id, e);
                x.status(500).json(ApiError.of("internal", "server.error.internal",
                        danish.get("server.error.internal", id)));
            });
        });
    }

    /**
     * How a desktop signs in to this server: its issuer, the desktop app registration's client id (a public
     * client, no secret) and the scopes. Public: it is what the client needs before anyone is signed in.
     */
    record ClientConfig(String issuer, String clientId, List<String> scopes) {
    }

    private static ClientConfig clientConfig(ServerConfig config) {
        if (config.desktopClientId() == null) {
            throw new NotFound();
        }
        return new ClientConfig(config.oidcIssuer(), config.desktopClientId(),
                config.desktopScopes().stream().filter(s -> !s.isBlank()).toList());
    }

    /** Starts on PostgreSQL (migrating it; refusing a schema newer than this version) and then the HTTP port. */
    public static ElaasServer start(ServerConfig config, Clock clock) {
        ServerContext ctx = new ServerContext(config, clock);
        try {
            ElaasServer server = new ElaasServer(config, ctx);
            AuditCheck.atStart(ctx);
            server.app.start();
            LOG.info("eLås server listening on {}://{}:{}", config.tls() ? "https" : "http", config.host(),
                    server.port());
            return server;
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    /** For the development launcher and tests in this package (demo data as the system). */
    ServerContext context() {
        return ctx;
    }

    static final String CLIENT_CONFIG = "/api/client-config";

    private void authenticate(Authenticator auth, Context x) {
        ctx.actor.clear();
        if ("/api/health".equals(x.path()) || CLIENT_CONFIG.equals(x.path())) {
            return;
        }
        String device = x.header(DEVICE_HEADER);
        device = (device == null ? "" : device.replaceAll("[^\\p{L}\\p{N} ._:@-]", "")) + " @" + x.ip();
        try {
            ctx.actor.set(auth.authenticate(x.header("Authorization"), device.length() > 200 ? device.substring(0, 200) : device));
        } catch (InvalidTokenException e) {
            // The reason (expired, wrong audience …) is for the operator; the token itself is never logged.
            LOG.info("Refused a request to {} with an invalid token: {}", x.path(), e.getMessage());
            throw new Unauthenticated();
        } catch (Authenticator.NoRoleException e) {
            LOG.info("Refused a request to {}: {}", x.path(), e.getMessage());
            throw new AccessDeniedException("server.error.noRole", e.getMessage());
        }
    }

    private void refuse(Context x, int status, String code, RefusedException e) {
        Actor a = ctx.actor.orNull();
        LOG.info("Refused {} {} for {}: {}", x.method(), x.path(), a == null ? "?" : a.subject(), e.getMessage());
        String text = danish.has(e.messageKey()) ? danish.get(e.messageKey(), e.args()) : e.messageKey();
        x.status(status).json(ApiError.of(code, e.messageKey(), text));
    }

    private void invalid(Context x, InvalidInputException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.errors().forEach((field, v) -> fields.put(field, v.errorKey()));
        x.status(400).json(new ApiError("invalid", "server.error.invalid", danish.get("server.error.invalid"), fields));
    }

    private static ServerConnector tlsConnector(org.eclipse.jetty.server.Server server,
                                                org.eclipse.jetty.server.HttpConfiguration http, ServerConfig config) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(config.tlsKeystore().toString());
        ssl.setKeyStorePassword(config.tlsPassword());
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        http.addCustomizer(new SecureRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        return connector;
    }

    @Override
    public void close() {
        app.stop();
        ctx.close();
    }

    /** Who the server took the caller to be: shown in the client's window. */
    record Me(String subject, String name, String role, UUID supplierId) {
        static Me of(Actor a) {
            return new Me(a.subject(), a.name(), a.role().name(), a.supplierScope());
        }
    }

    static final class Unauthenticated extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
