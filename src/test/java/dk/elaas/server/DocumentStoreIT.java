package dk.elaas.server;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.consent.ConsentWorld;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Documents on the server: stored by SHA-256, checked on the way in and out, reachable only within scope. */
class DocumentStoreIT {

    static ServerWorld world;
    static String cvrA = ServerWorld.cvr(7712340);
    static String cvrB = ServerWorld.cvr(8823450);
    static String consentA;

    @BeforeAll
    static void start() {
        world = new ServerWorld();
        world.startServer();
        ServerApiIT.world = world;
        String a = ServerApiIT.createSupplier(0, "Hjemmeservice Øst ApS", cvrA);
        ServerApiIT.createSupplier(0, "Anden Leverandør ApS", cvrB);
        consentA = ServerApiIT.register(0, "Ruth Dahl", "030333-4444", a);
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    HttpResponse<byte[]> download(String path, String token) {
        try {
            return world.http.send(HttpRequest.newBuilder(URI.create(world.base(0) + path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> upload(String sha, byte[] content) {
        return world.send(HttpRequest.newBuilder(URI.create(world.base(0) + "/api/documents/" + sha))
                .header("Authorization", "Bearer " + world.clerk())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    @Test
    void aRegisteredConsentsPdfComesBackByteForByteByItsHashAndThroughItsConsent() {
        byte[] pdf = ConsentWorld.samplePdf();
        String sha = ConsentRegistrationService.sha256(pdf);

        HttpResponse<byte[]> byHash = download("/api/documents/" + sha, world.clerk());
        String docId = world.read(world.get(0, "/api/consents/" + consentA, world.clerk()))
                .path("documents").get(0).path("id").asText();
        HttpResponse<byte[]> byConsent = download("/api/consents/" + consentA + "/documents/" + docId,
                world.clerk());
        // The signed form carries the full CPR: not even the consent's own supplier gets it.
        HttpResponse<byte[]> ownSupplier = download("/api/consents/" + consentA + "/documents/" + docId,
                world.supplier(cvrA));

        assertThat(byHash.statusCode()).isEqualTo(200);
        assertThat(byHash.body()).isEqualTo(pdf);
        assertThat(byConsent.statusCode()).isEqualTo(200);
        assertThat(byConsent.body()).isEqualTo(pdf);
        assertThat(ownSupplier.statusCode()).isEqualTo(403);
    }

    @Test
    void anotherCompanysSupplierCannotFetchTheFileByHashOrByConsent() {
        String sha = ConsentRegistrationService.sha256(ConsentWorld.samplePdf());
        String docId = world.read(world.get(0, "/api/consents/" + consentA, world.clerk()))
                .path("documents").get(0).path("id").asText();

        HttpResponse<byte[]> byHash = download("/api/documents/" + sha, world.supplier(cvrB));
        HttpResponse<byte[]> byConsent = download("/api/consents/" + consentA + "/documents/" + docId,
                world.supplier(cvrB));

        assertThat(byHash.statusCode()).isIn(403, 404);
        assertThat(new String(byHash.body())).doesNotContain("%PDF");
        assertThat(byConsent.statusCode()).isIn(403, 404);
        assertThat(new String(byConsent.body())).doesNotContain("%PDF");
    }

    @Test
    void anUploadWhoseBytesDoNotMatchItsHashIsRefusedAndNothingIsStored() {
        byte[] content = new byte[600_000];
        Arrays.fill(content, (byte) 7);
        String sha = ConsentRegistrationService.sha256(content);
        byte[] damaged = content.clone();
        damaged[599_999] = 8;

        HttpResponse<String> refused = upload(sha, damaged);
        HttpResponse<byte[]> after = download("/api/documents/" + sha, world.clerk());
        HttpResponse<String> accepted = upload(sha, content);
        HttpResponse<String> again = upload(sha, content);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("SHA-256");
        assertThat(after.statusCode()).isEqualTo(404);
        assertThat(accepted.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(204);
        assertThat(download("/api/documents/" + sha, world.clerk()).body()).isEqualTo(content);
    }
}
