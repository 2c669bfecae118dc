package dk.elaas.remote;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.elaas.consent.ConsentCheck;
import dk.elaas.consent.ConsentChecker;
import dk.elaas.consent.ConsentDetail;
import dk.elaas.consent.ConsentDetails;
import dk.elaas.consent.ConsentLifecycle;
import dk.elaas.consent.LifecycleResult;
import dk.elaas.consent.Withdrawal;
import dk.elaas.consent.ConsentSearch;
import dk.elaas.consent.ConsentSearcher;
import dk.elaas.consent.ConsentSummary;
import dk.elaas.consent.ConsentVerdict;
import dk.elaas.supplier.SupplierLister;
import dk.elaas.supplier.SupplierRecord;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The central register as the desktop's screens see it when a server is configured: the same interfaces as
 * the embedded services, answered over HTTPS by {@code elaas server} with the signed-in person's access token.
 * The server decides what this person may see; this class only asks and translates.
 */
public final class RemoteRegister implements ConsentSearcher, ConsentChecker, SupplierLister, ConsentDetails,
        ConsentLifecycle {

    private final URI base;
    private final Supplier<String> accessToken;
    private final String device;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public RemoteRegister(URI base, Supplier<String> accessToken, String device) {
        this.base = base;
        this.accessToken = accessToken;
        this.device = device;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Who the server takes the signed-in person to be. */
    public record Me(String subject, String name, String role, UUID supplierId) {
    }

    public Me me() {
        return get("/api/me", new TypeReference<Me>() { });
    }

    @Override
    public List<ConsentSummary> search(ConsentSearch q) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", q.text());
        params.put("supplierId", q.supplierId());
        params.put("status", q.status());
        params.put("expiresFrom", q.expiresFrom());
        params.put("expiresTo", q.expiresTo());
        params.put("limit", q.limit());
        return get("/api/consents" + query(params), new TypeReference<List<ConsentSummary>>() { });
    }

    @Override
    public ConsentCheck check(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return new ConsentCheck(q, List.of());
        }
        boolean byCpr = dk.elaas.common.validation.Cpr.validate(q).isValid();
        JsonNode answer = get("/api/check" + query(Map.of(byCpr ? "cpr" : "name", q)), new TypeReference<JsonNode>() { });
        if (answer.has("citizens")) {
            return json.convertValue(answer, ConsentCheck.class);
        }
        // A Supplier user is told only "yes/no, until when" for its own consents: no citizen to show.
        List<ConsentCheck.SupplierLine> lines = new ArrayList<>();
        for (JsonNode l : answer.path("consents")) {
            SortedSet<String> services = new TreeSet<>();
            l.path("services").forEach(s -> services.add(s.asText()));
            lines.add(new ConsentCheck.SupplierLine(null, l.path("supplierName").asText(),
                    ConsentVerdict.valueOf(l.path("verdict").asText()), uuid(l.path("consentId")), null, services,
                    null, date(l.path("validUntil")), null, null));
        }
        return new ConsentCheck(q, lines.isEmpty() ? List.of()
                : List.of(new ConsentCheck.Citizen(null, null, null, null, lines)));
    }

    @Override
    public List<SupplierRecord> list(String filter) {
        return get("/api/suppliers" + query(Map.of("q", filter == null ? "" : filter)),
                new TypeReference<List<SupplierRecord>>() { });
    }

    @Override
    public ConsentDetail detail(UUID consentId) {
        com.fasterxml.jackson.databind.node.ObjectNode d = get("/api/consents/" + consentId,
                new TypeReference<com.fasterxml.jackson.databind.node.ObjectNode>() { });
        // A Supplier user is handed a narrower view (no CPR, address, history or files): the rest stays empty.
        for (String list : List.of("history", "documents", "grants", "mails")) {
            if (!d.path(list).isArray()) {
                d.putArray(list);
            }
        }
        return json.convertValue(d, ConsentDetail.class);
    }

    @Override
    public String revealCpr(UUID consentId) {
        return get("/api/consents/" + consentId + "/cpr", new TypeReference<JsonNode>() { }).path("cpr").asText();
    }

    @Override
    public byte[] document(UUID consentId, UUID documentId) {
        return send(request("/api/consents/" + consentId + "/documents/" + documentId).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public LifecycleResult send(UUID consentId) {
        return post("/api/consents/" + consentId + "/send", Map.of(), LifecycleResult.class);
    }

    @Override
    public LifecycleResult markReceived(UUID consentId, LocalDate receivedOn, String confirmedBy) {
        return post("/api/consents/" + consentId + "/received", dated(receivedOn, confirmedBy), LifecycleResult.class);
    }

    /** The body of a step ØJB confirmed: when, and who (the server's {@code Received} record). */
    private static Map<String, Object> dated(LocalDate on, String confirmedBy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedOn", on);
        body.put("confirmedBy", confirmedBy);
        return body;
    }

    @Override
    public LifecycleResult undoReceived(UUID consentId) {
        return post("/api/consents/" + consentId + "/received/undo", Map.of(), LifecycleResult.class);
    }

    @Override
    public LifecycleResult confirmAccessRemoved(UUID consentId, LocalDate confirmedOn, String confirmedBy) {
        return post("/api/consents/" + consentId + "/access-removed", dated(confirmedOn, confirmedBy),
                LifecycleResult.class);
    }

    @Override
    public LifecycleResult withdraw(UUID consentId, Withdrawal w) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("withdrawnOn", w.withdrawnOn());
        body.put("by", w.by());
        body.put("reason", w.reason());
        return post("/api/consents/" + consentId + "/withdraw", body, LifecycleResult.class);
    }

    private <T> T post(String path, Object body, Class<T> type) {
        try {
            byte[] content = json.writeValueAsBytes(body);
            String answer = send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content)), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return json.readValue(answer, type);
        } catch (IOException e) {
            throw new RemoteException("remote.error.unreachable", "unreadable answer from " + base + ": " + e.getMessage(),
                    base.toString());
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        String token = accessToken.get();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.header("X-Elaas-Device", device);
    }

    private <T> T send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            HttpResponse<T> r = http.send(request.build(), handler);
            if (r.statusCode() / 100 != 2) {
                Object body = r.body();
                String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body);
                throw RemoteException.of(r.statusCode(), readError(text));
            }
            return r.body();
        } catch (IOException e) {
            throw new RemoteException("remote.error.unreachable", "server " + base + " not reachable: " + e.getMessage(),
                    base.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("remote.error.unreachable", "interrupted", base.toString());
        }
    }

    private <T> T get(String path, TypeReference<T> type) {
        String body = send(request(path).GET(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new RemoteException("remote.error.unreachable", "unreadable answer from " + base + ": " + e.getMessage(),
                    base.toString());
        }
    }

    private JsonNode readError(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String query(Map<String, ?> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null && !String.valueOf(v).isEmpty()) {
                sb.append(sb.length() == 0 ? '?' : '&').append(k).append('=')
                        .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    private static UUID uuid(JsonNode n) {
        return n.isTextual() ? UUID.fromString(n.asText()) : null;
    }

    private static LocalDate date(JsonNode n) {
        return n.isTextual() ? LocalDate.parse(n.asText()) : null;
    }
}
