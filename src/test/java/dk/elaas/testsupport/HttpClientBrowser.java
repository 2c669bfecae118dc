package dk.elaas.testsupport;

import dk.elaas.identity.signin.BrowserLauncher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A "browser" for sign-in tests: follows the provider's redirects with {@link HttpClient} up to the page at the
 * end (for the desktop sign-in: the loopback callback's "Du er logget ind" page). Can alter the authorization
 * request or the callback on the way, as an attacker or a broken provider would, or never come back.
 */
public final class HttpClientBrowser implements BrowserLauncher {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private final List<URI> visited = new CopyOnWriteArrayList<>();
    private volatile UnaryOperator<URI> authorizeRewrite = UnaryOperator.identity();
    private volatile UnaryOperator<URI> callbackRewrite = UnaryOperator.identity();
    private volatile boolean userWalksAway;
    private volatile HttpResponse<String> lastPage;

    /** Changes the authorization request before it is sent (e.g. another nonce or code challenge). */
    public HttpClientBrowser rewritingAuthorization(UnaryOperator<URI> rewrite) {
        this.authorizeRewrite = rewrite;
        return this;
    }

    /** Changes the redirect back to the app before it is followed (e.g. another state). */
    public HttpClientBrowser rewritingCallback(UnaryOperator<URI> rewrite) {
        this.callbackRewrite = rewrite;
        return this;
    }

    /** The browser opens but the user never signs in. */
    public HttpClientBrowser userWalksAway() {
        this.userWalksAway = true;
        return this;
    }

    @Override
    public void open(URI uri) throws IOException {
        opened.add(uri);
        if (userWalksAway) {
            return;
        }
        URI next = authorizeRewrite.apply(uri);
        for (int hop = 0; hop < 10; hop++) {
            visited.add(next);
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                lastPage = response;
                return;
            }
            next = next.resolve(location);
            if ("127.0.0.1".equals(next.getHost()) && "/callback".equals(next.getPath())) {
                next = callbackRewrite.apply(next);
            }
        }
        throw new IOException("too many redirects");
    }

    /** Every URI the app asked to open, in order (authorization request, end-session page …). */
    public List<URI> opened() {
        return List.copyOf(opened);
    }

    /** Every URI requested, redirects included. */
    public List<URI> visited() {
        return List.copyOf(visited);
    }

    /** The page the last open ended on (status and HTML). */
    public HttpResponse<String> lastPage() {
        return lastPage;
    }

    /** Replaces one query parameter's value in {@code uri} (the value is used as given, already URL-encoded). */
    public static URI withParameter(URI uri, String name, String value) {
        String query = uri.getRawQuery();
        StringBuilder b = new StringBuilder();
        boolean found = false;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (b.length() > 0) {
                b.append('&');
            }
            if (key.equals(name)) {
                b.append(name).append('=').append(value);
                found = true;
            } else {
                b.append(pair);
            }
        }
        if (!found) {
            b.append(b.length() > 0 ? "&" : "").append(name).append('=').append(value);
        }
        String s = uri.toString();
        int q = s.indexOf('?');
        return URI.create((q < 0 ? s : s.substring(0, q)) + "?" + b);
    }
}
