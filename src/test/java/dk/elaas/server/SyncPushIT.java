package dk.elaas.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.DocumentKind;
import dk.elaas.consent.SignerRole;
import dk.elaas.identity.Actor;
import dk.elaas.identity.Role;
import dk.elaas.sync.LocalFiles;
import dk.elaas.sync.Pusher;
import dk.elaas.sync.SyncOperation;
import dk.elaas.sync.SyncQueue;
import dk.elaas.testsupport.TestDatabases;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15.2/15.3 on real parts: a field worker's laptop (its own encrypted H2 file) registers consents with no
 * server to reach; each registration queues its operation in the same transaction; back online, the queue is
 * pushed over real HTTP to a real server on PostgreSQL, signed in with a real OIDC provider's token. Every
 * consent arrives exactly once, under the id the laptop made, with its files; a redelivery changes nothing; a
 * refusal is listed and does not hold up the rest.
 */
class SyncPushIT {

    static ServerWorld world;
    static final String SUPPLIER_CVR = ServerWorld.cvr(7713350);

    @TempDir
    Path laptop;

    private final TestClock clock = new TestClock(Instant.now());
    private final Actor lise = new Actor("lise", "Lise Feltmand", Role.FIELD_STAFF, null, "laptop-7");
    private Database local;
    private SyncQueue queue;
    private ConsentRegistrationService registrations;

    @BeforeAll
    static void start() {
        world = new ServerWorld();
        world.startServer();
        ServerApiIT.createSupplierOn(world, 0, "Madkassen Øst ApS", SUPPLIER_CVR);
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    @BeforeEach
    void openLaptop() {
        local = TestDatabases.h2(laptop, () -> lise, clock);
        queue = new SyncQueue(local.tx(), clock, () -> lise);
        registrations = new ConsentRegistrationService(local.tx(), clock, Postcodes.load(), lise::name, queue);
    }

    @AfterEach
    void closeLaptop() {
        local.close();
    }

    private String fieldWorkerToken() {
        return world.token("lise", "Lise Feltmand", "elaas-feltmedarbejder", null);
    }

    private Pusher pusher(URI server, String token) {
        return new Pusher(server, () -> token, queue, LocalFiles.of(local.tx()));
    }

    private UUID registerOnLaptop(String name, String cpr) {
        LocalDate signed = LocalDate.now(clock).minusDays(1);
        return registrations.register(new ConsentDraft(name, cpr, "Bøgevej 14, 2. tv.", "8000", "Aarhus C",
                "40112233", null, "Madkassen Øst ApS", SUPPLIER_CVR, Set.of("DAGLIGVARER"), signed, signed.plusYears(1),
                SignerRole.CITIZEN, null, signed, "Lise Feltmand", CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE,
                ConsentChannel.PAPER, null, false, null, Map.of(), List.of(new ConsentDraft.Document(
                DocumentKind.NORMALIZED_PDF, "side1.pdf", "application/pdf", 1, ConsentWorld.samplePdf())))).consentId();
    }

    private List<JsonNode> onServer(String query) {
        HttpResponse<String> r = world.get(0, "/api/consents?q=" + query, world.clerk());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new java.util.ArrayList<>();
        world.read(r).forEach(out::add);
        return out;
    }

    @Test
    void consentsRegisteredOfflineArriveOnceUnderTheLaptopsIdsWithTheirFiles() throws Exception {
        URI nowhere;
        try (ServerSocket closed = new ServerSocket(0)) {
            nowhere = URI.create("http://127.0.0.1:" + closed.getLocalPort());
        }
        UUID first = registerOnLaptop("Kaj Offline", "120343-1111");
        UUID second = registerOnLaptop("Inge Offline", "230451-2222");
        assertThat(queue.counts().pending()).as("each registration queued in its own commit").isEqualTo(2);

        Pusher.Round offline = pusher(nowhere, fieldWorkerToken()).pushOnce();
        assertThat(offline.stopped()).isEqualTo(Pusher.Stop.OFFLINE);
        assertThat(offline.delivered()).isZero();
        assertThat(queue.counts().pending()).isEqualTo(2);
        assertThat(queue.due(10)).as("the one that failed waits its back-off").extracting(SyncOperation::getRecordId)
                .containsExactly(second);

        clock.advance(Duration.ofMinutes(6));
        URI server = URI.create(world.base(0));
        Pusher.Round online = pusher(server, fieldWorkerToken()).pushOnce();
        assertThat(online.delivered()).isEqualTo(2);
        assertThat(online.stopped()).isNull();
        assertThat(queue.counts().pending()).isZero();
        assertThat(queue.counts().lastDelivered()).isNotNull();

        assertThat(onServer("Kaj%20Offline")).extracting(n -> n.path("id").asText()).containsExactly(first.toString());
        assertThat(onServer("Inge%20Offline")).extracting(n -> n.path("id").asText()).containsExactly(second.toString());
        JsonNode detail = world.read(world.get(0, "/api/consents/" + first, world.clerk()));
        String sha = ConsentRegistrationService.sha256(ConsentWorld.samplePdf());
        assertThat(detail.path("documents")).singleElement().satisfies(d ->
                assertThat(d.path("sizeBytes").asLong()).isEqualTo(ConsentWorld.samplePdf().length));
        assertThat(detail.path("history").get(0).path("by").asText()).as("as the signed-in person").isEqualTo("Lise Feltmand");
        HttpResponse<byte[]> file = world.http.send(java.net.http.HttpRequest.newBuilder(
                        URI.create(world.base(0) + "/api/documents/" + sha)).header("Authorization", "Bearer " + world.clerk()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.body()).isEqualTo(ConsentWorld.samplePdf());
    }

    @Test
    void aRedeliveredOperationIsAppliedOnceAndAnsweredTheSame() throws Exception {
        UUID id = registerOnLaptop("Bent Toganger", "010150-3333");
        SyncOperation op = queue.due(10).get(0);
        assertThat(pusher(URI.create(world.base(0)), fieldWorkerToken()).pushOnce().delivered()).isEqualTo(1);

        // The answer was lost on the way: the laptop sends the same operation again, twice.
        Map<String, Object> again = Map.of("opId", op.getId().toString(), "kind", op.getKind(),
                "recordId", op.getRecordId().toString(), "clientTime", op.getClientTime().toString(),
                "payload", world.json.readTree(op.getPayload()));
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = world.send(0, "POST", "/api/sync/operations", fieldWorkerToken(), again);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(world.read(r).path("outcome").asText()).isEqualTo("APPLIED");
            assertThat(world.read(r).path("duplicate").asBoolean()).isTrue();
        }
        assertThat(onServer("Toganger")).extracting(n -> n.path("id").asText()).containsExactly(id.toString());
    }

    @Test
    void aRefusedOperationIsListedWithItsReasonAndTheNextOneStillArrives() throws Exception {
        registerOnLaptop("Else Afvist", "020260-4444");
        registerOnLaptop("Otto Kommer", "030370-5555");
        // The first one's CPR no longer passes on the server (as if the rules had changed meanwhile).
        SyncOperation bad = queue.due(10).get(0);
        try (var c = java.sql.DriverManager.getConnection(Database.Config.h2(laptop).jdbcUrl(), "sa",
                Database.Config.h2(laptop).password()); var ps = c.prepareStatement(
                "UPDATE sync_operation SET payload = REPLACE(payload, '020260-4444', '320260-4444') WHERE id = ?")) {
            ps.setObject(1, bad.getId());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        Pusher.Round round = pusher(URI.create(world.base(0)), fieldWorkerToken()).pushOnce();

        assertThat(round.rejected()).isEqualTo(1);
        assertThat(round.delivered()).isEqualTo(1);
        assertThat(queue.failed()).singleElement().satisfies(f -> {
            assertThat(f.getId()).isEqualTo(bad.getId());
            assertThat(f.getLastError()).contains("cpr").contains("320260");
        });
        assertThat(onServer("Otto%20Kommer")).hasSize(1);
        assertThat(onServer("Else%20Afvist")).isEmpty();
    }

    @Test
    void whatSomeoneNoLongerMayDoIsRefusedOnArrivalAndListed() {
        registerOnLaptop("Rita Sent", "040480-6666");
        // Lise's access changed while she was offline: her token now carries the Supplier role.
        String changed = world.token("lise", "Lise Feltmand", "elaas-leverandoer", SUPPLIER_CVR);

        Pusher.Round round = pusher(URI.create(world.base(0)), changed).pushOnce();

        assertThat(round.rejected()).isEqualTo(1);
        assertThat(queue.counts().pending()).isZero();
        assertThat(queue.failed()).singleElement().satisfies(f -> assertThat(f.getLastError()).isNotBlank());
        assertThat(onServer("Rita%20Sent")).isEmpty();
    }

    @Test
    void aRefusalIsJudgedAgainWhenSentAgainAfterTheAccessIsBack() {
        // No file to upload: the refusal comes from the operation itself, as of its arrival.
        LocalDate signed = LocalDate.now(clock).minusDays(1);
        registrations.register(new ConsentDraft("Vera Uden Fil", "060660-8888", "Bøgevej 14", "8000", "Aarhus C",
                "40112233", null, "Madkassen Øst ApS", SUPPLIER_CVR, Set.of("DAGLIGVARER"), signed, signed.plusYears(1),
                SignerRole.CITIZEN, null, signed, "Lise Feltmand", CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE,
                ConsentChannel.MITID, "MITID-REF-4711", false, null, Map.of(), List.of()));
        String supplierToken = world.token("lise", "Lise Feltmand", "elaas-leverandoer", SUPPLIER_CVR);
        assertThat(pusher(URI.create(world.base(0)), supplierToken).pushOnce().rejected()).isEqualTo(1);
        SyncOperation refused = queue.failed().get(0);
        assertThat(refused.getLastError()).contains("adgang");

        queue.tryAgain(refused.getId());
        Pusher.Round again = pusher(URI.create(world.base(0)), fieldWorkerToken()).pushOnce();

        assertThat(again.delivered()).isEqualTo(1);
        assertThat(queue.failed()).isEmpty();
        assertThat(onServer("Vera%20Uden%20Fil")).hasSize(1);
    }

    @Test
    void theSameOperationArrivingTwiceAtOnceIsAppliedOnce() throws Exception {
        registerOnLaptop("Ida Samtidig", "070770-9999");
        SyncOperation op = queue.due(10).get(0);
        String sha = ConsentRegistrationService.sha256(ConsentWorld.samplePdf());
        world.send(world.http.send(java.net.http.HttpRequest.newBuilder(URI.create(world.base(0) + "/api/documents/" + sha))
                .header("Authorization", "Bearer " + fieldWorkerToken())
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(ConsentWorld.samplePdf())).build(),
                HttpResponse.BodyHandlers.ofString()).request());
        Map<String, Object> body = Map.of("opId", op.getId().toString(), "kind", op.getKind(),
                "recordId", op.getRecordId().toString(), "clientTime", op.getClientTime().toString(),
                "payload", world.json.readTree(op.getPayload()));
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = two.submit(() -> world.send(0, "POST", "/api/sync/operations", fieldWorkerToken(), body));
            var b = two.submit(() -> world.send(0, "POST", "/api/sync/operations", fieldWorkerToken(), body));
            List<Integer> codes = List.of(a.get().statusCode(), b.get().statusCode());
            assertThat(codes).as("applied, and the other either told so or asked to send again").contains(200)
                    .allMatch(c -> c == 200 || c == 409);
        } finally {
            two.shutdown();
        }
        HttpResponse<String> last = world.send(0, "POST", "/api/sync/operations", fieldWorkerToken(), body);
        assertThat(world.read(last).path("duplicate").asBoolean()).isTrue();
        assertThat(onServer("Ida%20Samtidig")).hasSize(1);
    }

    @Test
    void anExpiredSignInStopsThePushAndKeepsTheQueue() {
        registerOnLaptop("Hans Venter", "050590-7777");

        Pusher.Round round = pusher(URI.create(world.base(0)), "not-a-token").pushOnce();

        assertThat(round.stopped()).isEqualTo(Pusher.Stop.SIGN_IN_NEEDED);
        assertThat(queue.counts().pending()).isEqualTo(1);
        assertThat(queue.due(10)).as("due again at once after signing in").hasSize(1);
        assertThat(pusher(URI.create(world.base(0)), fieldWorkerToken()).pushOnce().delivered()).isEqualTo(1);
    }

    @Test
    void aPcClockHoursOffIsNoticedFromTheServersAnswerAndARightOneIsNot() {
        TestClock ahead = new TestClock(Instant.now().plus(Duration.ofHours(3)));
        Pusher off = new Pusher(URI.create(world.base(0)), this::fieldWorkerToken, queue, LocalFiles.of(local.tx()),
                null, ahead);
        off.pushOnce();
        assertThat(off.clockSkew()).hasValueSatisfying(d ->
                assertThat(d).isBetween(Duration.ofHours(3).minusSeconds(5), Duration.ofHours(3).plusSeconds(5)));
        assertThat(new dk.elaas.sync.SyncLoop.Status(dk.elaas.sync.SyncLoop.Connection.ONLINE, 0, 0, null,
                off.clockSkew().get()).clockOff()).isTrue();

        Pusher right = new Pusher(URI.create(world.base(0)), this::fieldWorkerToken, queue, LocalFiles.of(local.tx()),
                null, Clock.systemUTC());
        right.pushOnce();
        assertThat(new dk.elaas.sync.SyncLoop.Status(dk.elaas.sync.SyncLoop.Connection.ONLINE, 0, 0, null,
                right.clockSkew().orElseThrow()).clockOff()).isFalse();
    }

    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public ZoneId getZone() { return ZoneId.of("Europe/Copenhagen"); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
