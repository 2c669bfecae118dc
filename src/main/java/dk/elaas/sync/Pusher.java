package dk.elaas.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queue to the central server, oldest first (issue 15.3): the files an operation names are uploaded
 * first (content-addressed, so a repeat costs nothing), then the operation. Delivered at least once, applied
 * once by the server's inbox. A refusal for good marks that operation "Kunne ikke synkroniseres" and the next
 * ones go on; a network fault or a busy server stops the round and the operation is tried again after a growing
 * wait; an expired sign-in stops the round and keeps everything queued.
 */
public final class Pusher {

    private static final Logger LOG = LoggerFactory.getLogger(Pusher.class);

    /** What one round did. {@code stopped}: why it ended early (null when the queue was worked through). */
    public record Round(int delivered, int rejected, Stop stopped) {
    }

    public enum Stop { OFFLINE, SIGN_IN_NEEDED }

    private final URI base;
    private final Supplier<String> accessToken;
    private final SyncQueue queue;
    private final Function<String, Optional<byte[]>> localFile;
    private final HttpClient http;
    private final String subject;
    private final java.time.Clock clock;
    /** This PC's clock minus the server's, from the server's last answer; null until there was one. */
    private volatile Duration skew;
    private String device;

    public Pusher(URI base, Supplier<String> accessToken, SyncQueue queue, Function<String, Optional<byte[]>> localFile) {
        this(base, accessToken, queue, localFile, null);
    }

    public Pusher(URI base, Supplier<String> accessToken, SyncQueue queue, Function<String, Optional<byte[]>> localFile,
                  String subject) {
        this(base, accessToken, queue, localFile, subject, java.time.Clock.systemUTC());
    }

    /**
     * Pushes only what {@code subject} made (the signed-in person); null: everything queued. {@code clock} is this
     * PC's, compared with the server's in each answer.
     */
    public Pusher(URI base, Supplier<String> accessToken, SyncQueue queue, Function<String, Optional<byte[]>> localFile,
                  String subject, java.time.Clock clock) {
        this.subject = subject;
        this.clock = clock;
        this.base = base;
        this.accessToken = accessToken;
        this.queue = queue;
        this.localFile = localFile;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Sends what is due now; never throws for the network or the server. */
    public Round pushOnce() {
        int delivered = 0;
        int rejected = 0;
        java.util.List<SyncOperation> due = queue.due(subject, 200);
        if (due.isEmpty()) {
            // Nothing due: find out whether the server can be reached (for the status bar). If it can, what waits
            // out a back-off from when it could not goes now, not minutes later.
            Stop reachable = probe();
            if (reachable == null && queue.wake(subject) > 0) {
                due = queue.due(subject, 200);
            }
            if (due.isEmpty()) {
                return new Round(0, 0, reachable);
            }
        }
        if (accessToken.get() == null) {
            // Not signed in (offline work, or the sign-in ran out): nothing is sent, not even the files.
            Stop reachable = probe();
            return new Round(0, 0, reachable == null ? Stop.SIGN_IN_NEEDED : reachable);
        }
        for (SyncOperation op : due) {
            Outcome o = send(op);
            switch (o.kind) {
                case DELIVERED -> {
                    queue.delivered(op.getId());
                    delivered++;
                }
                case REJECTED -> {
                    queue.failedForGood(op.getId(), o.detail);
                    rejected++;
                }
                case RETRY -> {
                    queue.later(op.getId(), o.detail);
                    return new Round(delivered, rejected, Stop.OFFLINE);
                }
                case SIGN_IN -> {
                    return new Round(delivered, rejected, Stop.SIGN_IN_NEEDED);
                }
            }
        }
        return new Round(delivered, rejected, null);
    }

    /** The server's health (no sign-in needed): null when reachable and signed in. */
    private Stop probe() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), utf8());
            noteClock(r);
            if (r.statusCode() / 100 != 2) {
                return Stop.OFFLINE;
            }
            return accessToken.get() == null ? Stop.SIGN_IN_NEEDED : null;
        } catch (IOException e) {
            return Stop.OFFLINE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Stop.OFFLINE;
        }
    }

    /** Names this PC in the server's audit log (the {@code X-Elaas-Device} header the server records). */
    public Pusher fromDevice(String name) {
        this.device = name;
        return this;
    }

    /** How far this PC's clock is from the server's (positive: ahead), as of the server's last answer. */
    public Optional<Duration> clockSkew() {
        return Optional.ofNullable(skew);
    }

    /** The server's {@code Date} header (HTTP's own, to the second) against this PC's clock. */
    private void noteClock(HttpResponse<?> r) {
        r.headers().firstValue("Date").ifPresent(d -> {
            try {
                java.time.Instant server = java.time.ZonedDateTime.parse(d,
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                skew = Duration.between(server, clock.instant());
            } catch (java.time.format.DateTimeParseException e) {
                LOG.debug("Unreadable Date header from the server: {}", d);
            }
        });
    }

    private enum Kind { DELIVERED, REJECTED, RETRY, SIGN_IN }

    private record Outcome(Kind kind, String detail) {
    }

    private Outcome send(SyncOperation op) {
        try {
            JsonNode payload = SyncJson.mapper().readTree(op.getPayload());
            for (String sha : files(payload)) {
                Optional<byte[]> content = localFile.apply(sha);
                if (content.isEmpty()) {
                    return new Outcome(Kind.REJECTED, "Filen " + sha + " findes ikke længere på denne pc");
                }
                HttpResponse<String> up = http.send(request("/api/documents/" + sha)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(content.get()))
                        .header("Content-Type", "application/octet-stream").build(), utf8());
                noteClock(up);
                Outcome failed = judge(up);
                if (failed != null) {
                    return failed;
                }
            }
            ObjectNode body = SyncJson.mapper().createObjectNode();
            body.put("opId", op.getId().toString());
            body.put("kind", op.getKind());
            body.put("recordId", op.getRecordId().toString());
            body.put("clientTime", op.getClientTime().toString());
            body.set("payload", payload);
            HttpResponse<String> r = http.send(request("/api/sync/operations")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json").build(), utf8());
            noteClock(r);
            Outcome failed = judge(r);
            if (failed != null) {
                return failed;
            }
            JsonNode answer = SyncJson.mapper().readTree(r.body());
            String outcome = answer.path("outcome").asText();
            if ("APPLIED".equals(outcome)) {
                return new Outcome(Kind.DELIVERED, null);
            }
            if ("REJECTED".equals(outcome)) {
                return new Outcome(Kind.REJECTED, answer.path("detail").asText("Afvist af serveren"));
            }
            return new Outcome(Kind.RETRY, "Uventet svar fra serveren");
        } catch (IOException e) {
            return new Outcome(Kind.RETRY, "Serveren kan ikke nås: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Kind.RETRY, "afbrudt");
        }
    }

    /** Null when the answer is a success; otherwise what to do about the operation. */
    private static Outcome judge(HttpResponse<String> r) {
        int code = r.statusCode();
        if (code / 100 == 2) {
            return null;
        }
        String message = message(r.body());
        if (code == 401) {
            return new Outcome(Kind.SIGN_IN, message);
        }
        if (code == 400 || code == 403 || code == 413 || code == 422) {
            LOG.warn("The server refused a queued operation for good ({}): {}", code, message);
            return new Outcome(Kind.REJECTED, message);
        }
        // 409 (a file not there yet, a write conflict), 404 (a server too old for it), 429, 5xx: worth another try.
        return new Outcome(Kind.RETRY, "Serveren svarede " + code + ": " + message);
    }

    private static String message(String body) {
        try {
            JsonNode n = SyncJson.mapper().readTree(body);
            return n.path("message").asText(body);
        } catch (IOException e) {
            return body;
        }
    }

    /** Every file the command names by SHA-256 (fields called "sha256" anywhere in it). */
    static Set<String> files(JsonNode payload) {
        Set<String> out = new LinkedHashSet<>();
        payload.findValues("sha256").forEach(n -> {
            if (n.isTextual()) {
                out.add(n.asText());
            }
        });
        return out;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        String token = accessToken.get();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (device != null) {
            b.header("X-Elaas-Device", device);
        }
        return b;
    }

    private static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
