package dk.elaas.remote;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.elaas.consent.ConsentCheck;
import dk.elaas.consent.ConsentChecker;
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
public final class RemoteRegister implements ConsentSearcher, ConsentChecker, SupplierLister {

    private final URI base;
    private final Supplier<String> accessToken;
    private final String device;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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

    private <T> T get(String path, TypeReference<T> type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        String token = accessToken.get();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.header("X-Elaas-Device", device);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() / 100 != 2) {
                throw RemoteException.of(r.statusCode(), readError(r.body()));
            }
            return json.readValue(r.body(), type);
        } catch (IOException e) {
            throw new RemoteException("remote.error.unreachable", "server " + base + " not reachable: " + e.getMessage(),
                    base.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("remote.error.unreachable", "interrupted", base.toString());
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
