package dk.elaas.identity.signin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The browser's way back to the app (RFC 8252 §7.3): an HTTP listener on 127.0.0.1 only, on a port the OS picks,
 * that takes exactly one request to {@code /callback}, shows the user a page saying they can close the tab, and
 * hands the query to the sign-in. Later requests get 404: a code cannot be delivered twice.
 */
final class LoopbackReceiver implements AutoCloseable {

    static final String PATH = "/callback";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="da"><head><meta charset="utf-8"><title>eLås</title>
            <style>body{font-family:system-ui,sans-serif;margin:15vh auto;max-width:32em;color:#1f2933}
            h1{font-size:1.4em}p{color:#52606d}</style></head>
            <body><h1>%s</h1><p>%s</p><p lang="en">%s</p></body></html>
            """;

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI redirectUri;
    private final CompletableFuture<URI> callback = new CompletableFuture<>();
    private final AtomicBoolean used = new AtomicBoolean();

    private LoopbackReceiver(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.redirectUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** Binds to 127.0.0.1 (never all interfaces: another machine must not be able to deliver a code) on a free port. */
    static LoopbackReceiver start() throws IOException {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "oidc-loopback");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        LoopbackReceiver receiver = new LoopbackReceiver(server, executor);
        server.createContext(PATH, receiver::handle);
        server.start();
        return receiver;
    }

    URI redirectUri() {
        return redirectUri;
    }

    /** Completes with the full redirect URI (query included) of the first callback. */
    CompletableFuture<URI> callback() {
        return callback;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean get = "GET".equalsIgnoreCase(exchange.getRequestMethod());
            if (!get || !PATH.equals(exchange.getRequestURI().getPath()) || !used.compareAndSet(false, true)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            boolean error = query == null || query.contains("error=") || !query.contains("code=");
            String html = error
                    ? PAGE.formatted("Login blev ikke gennemført", "Vend tilbage til eLås for at se hvorfor.",
                            "Sign-in was not completed. Return to eLås to see why.")
                    : PAGE.formatted("Du er logget ind – du kan lukke fanen", "Vend tilbage til eLås.",
                            "You are signed in – you can close this tab and return to eLås.");
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            // The page must not be cached or framed: its URL carried a one-time code.
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            callback.complete(URI.create(redirectUri + (query == null ? "" : "?" + query)));
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
