package dk.elaas.server;

import dk.elaas.common.validation.Cpr;
import dk.elaas.common.validation.Validated;
import dk.elaas.consent.ConsentCheck;
import dk.elaas.consent.ConsentDetail;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentSearch;
import dk.elaas.consent.ConsentSummary;
import dk.elaas.consent.Withdrawal;
import dk.elaas.consent.WithdrawnBy;
import dk.elaas.identity.Action;
import dk.elaas.identity.Actor;
import dk.elaas.identity.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The consent register over HTTP. Handlers only translate: the policy is checked first, the services do the
 * work and scope by company, and what a Supplier user is handed is cut to what it may see.
 */
final class ConsentApi {

    private static final int MAX_LIMIT = 500;

    private final ServerContext ctx;

    ConsentApi(ServerContext ctx) {
        this.ctx = ctx;
    }

    void routes(RoutesConfig r) {
        r.get("/api/consents", this::list);
        r.get("/api/consents/{id}", this::detail);
        r.get("/api/consents/{id}/cpr", this::revealCpr);
        r.get("/api/consents/{id}/documents/{doc}", this::document);
        r.post("/api/consents", this::register);
        r.post("/api/consents/{id}/send", this::send);
        r.post("/api/consents/{id}/received", this::received);
        r.post("/api/consents/{id}/received/undo", this::undoReceived);
        r.post("/api/consents/{id}/access-removed", this::accessRemoved);
        r.post("/api/consents/{id}/withdraw", this::withdraw);
        r.get("/api/check", this::check);
        r.put("/api/documents/{sha256}", this::upload);
        r.get("/api/documents/{sha256}", this::download);
    }

    private Actor require(Action action) {
        Actor a = ctx.actor.get();
        ctx.policy.require(a, action);
        return a;
    }

    private void list(Context x) {
        Actor a = require(Action.READ_CONSENTS);
        String q = x.queryParam("q");
        if (a.role() == Role.SUPPLIER && q != null && !q.isBlank()) {
            // Searching the register by name or CPR is a search across citizens.
            ctx.policy.require(a, Action.SEARCH_CITIZENS);
        }
        List<ConsentSummary> found = ctx.consents.search(new ConsentSearch(q, uuidParam(x, "supplierId"),
                enumParam(x, "status", dk.elaas.consent.ConsentStatus.class), dateParam(x, "expiresFrom"),
                dateParam(x, "expiresTo"), limit(x)));
        x.json(a.role() == Role.SUPPLIER ? found.stream().map(ConsentApi::withoutCpr).toList() : found);
    }

    private void detail(Context x) {
        Actor a = require(Action.READ_CONSENTS);
        ConsentDetail d = ctx.details.detail(id(x, "id"));
        x.json(a.role() == Role.SUPPLIER ? SupplierView.of(d) : d);
    }

    private void revealCpr(Context x) {
        require(Action.SEE_CITIZEN_DETAILS);
        x.json(java.util.Map.of("cpr", ctx.details.revealCpr(id(x, "id"))));
    }

    /** A consent's stored file, by way of the consent (which the service scopes), streamed from the store. */
    private void document(Context x) throws java.io.IOException {
        Actor a = require(Action.READ_DOCUMENTS);
        // A consent's PDF is the signed form: the citizen's full CPR, birth date and address are on it.
        ctx.policy.require(a, Action.SEE_CITIZEN_DETAILS);
        UUID docId = id(x, "doc");
        ConsentDetail d = ctx.details.detail(id(x, "id"));
        var doc = d.documents().stream().filter(m -> m.id().equals(docId)).findFirst()
                .orElseThrow(ElaasServer.NotFound::new);
        String sha = ctx.details.documentSha256(docId);
        x.contentType(doc.mediaType());
        if (ctx.documents.size(sha).isPresent()) {
            ctx.documents.copyTo(sha, x.outputStream());
        } else {
            x.outputStream().write(ctx.details.document(docId));
        }
    }

    private void register(Context x) {
        require(Action.REGISTER_CONSENT);
        ConsentDraft draft = body(x, ConsentDraft.class);
        var registered = ctx.registrations.register(draft);
        for (ConsentDraft.Document doc : draft.documents()) {
            byte[] content = doc.content();
            ctx.documents.put(dk.elaas.consent.ConsentRegistrationService.sha256(content),
                    new java.io.ByteArrayInputStream(content));
        }
        x.status(201).json(registered);
    }

    /** Upload of a file before the operation that refers to it: streamed in, SHA-256 checked, stored once. */
    private void upload(Context x) throws java.io.IOException {
        require(Action.REGISTER_CONSENT);
        String sha = x.pathParam("sha256");
        if (!DocumentStore.isSha256(sha)) {
            throw new ElaasServer.BadRequest("Filen skal angives ved sin SHA-256 (64 små hex-tegn)");
        }
        try (java.io.InputStream in = x.bodyInputStream()) {
            x.status(ctx.documents.put(sha, in) ? 201 : 204);
        } catch (DocumentStore.Rejected e) {
            throw new ElaasServer.BadRequest(e.getMessage());
        }
    }

    private void download(Context x) throws java.io.IOException {
        Actor a = require(Action.READ_DOCUMENTS);
        ctx.policy.require(a, Action.SEE_CITIZEN_DETAILS);
        String sha = x.pathParam("sha256");
        if (!DocumentStore.isSha256(sha)) {
            throw new ElaasServer.NotFound();
        }
        Long size = ctx.documents.size(sha).orElseThrow(ElaasServer.NotFound::new);
        x.contentType("application/octet-stream").header("Content-Length", Long.toString(size))
                .header("ETag", "\"" + sha + "\"");
        ctx.documents.copyTo(sha, x.outputStream());
    }

    private void send(Context x) {
        require(Action.SEND_CONSENT);
        x.json(ctx.lifecycle.send(id(x, "id")));
    }

    record Received(LocalDate receivedOn, String confirmedBy) {
    }

    private void received(Context x) {
        require(Action.MARK_RECEIVED);
        Received r = body(x, Received.class);
        x.json(ctx.lifecycle.markReceived(id(x, "id"), r.receivedOn(), r.confirmedBy()));
    }

    private void undoReceived(Context x) {
        require(Action.MARK_RECEIVED);
        x.json(ctx.lifecycle.undoReceived(id(x, "id")));
    }

    private void accessRemoved(Context x) {
        require(Action.MARK_RECEIVED);
        Received r = body(x, Received.class);
        x.json(ctx.lifecycle.confirmAccessRemoved(id(x, "id"), r.receivedOn(), r.confirmedBy()));
    }

    record Withdraw(LocalDate withdrawnOn, WithdrawnBy by, String reason) {
    }

    private void withdraw(Context x) {
        require(Action.WITHDRAW_CONSENT);
        Withdraw w = body(x, Withdraw.class);
        x.json(ctx.lifecycle.withdraw(id(x, "id"), new Withdrawal(w.withdrawnOn(), w.by(), w.reason())));
    }

    /** "Has this citizen a valid consent?" by exact CPR; by name only for roles that may search citizens. */
    private void check(Context x) {
        Actor a = require(Action.CHECK_CONSENT);
        String cpr = x.queryParam("cpr");
        String name = x.queryParam("name");
        if (name != null && !name.isBlank()) {
            ctx.policy.require(a, Action.SEARCH_CITIZENS);
            x.json(ctx.checks.check(name));
            return;
        }
        Validated valid = Cpr.validate(cpr);
        if (!valid.isValid()) {
            throw new ElaasServer.BadRequest("Angiv et gyldigt CPR-nummer (ddmmåå-xxxx)");
        }
        ConsentCheck answer = ctx.checks.check(valid.value());
        x.json(a.role() == Role.SUPPLIER ? SupplierView.of(answer) : answer);
    }

    private static ConsentSummary withoutCpr(ConsentSummary s) {
        return new ConsentSummary(s.id(), s.citizenName(), null, s.supplierName(), s.services(), s.status(),
                s.validFrom(), s.validUntil(), s.signedOn());
    }

    static UUID id(Context x, String param) {
        try {
            return UUID.fromString(x.pathParam(param));
        } catch (IllegalArgumentException e) {
            throw new ElaasServer.NotFound();
        }
    }

    static UUID uuidParam(Context x, String name) {
        String v = x.queryParam(name);
        try {
            return v == null || v.isBlank() ? null : UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw new ElaasServer.BadRequest(name + " skal være et id");
        }
    }

    static <E extends Enum<E>> E enumParam(Context x, String name, Class<E> type) {
        String v = x.queryParam(name);
        try {
            return v == null || v.isBlank() ? null : Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new ElaasServer.BadRequest(name + " har en ukendt værdi");
        }
    }

    static LocalDate dateParam(Context x, String name) {
        String v = x.queryParam(name);
        try {
            return v == null || v.isBlank() ? null : LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ElaasServer.BadRequest(name + " skal være en dato (åååå-mm-dd)");
        }
    }

    static int limit(Context x) {
        String l = x.queryParam("limit");
        try {
            return l == null ? 100 : Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(l)));
        } catch (NumberFormatException e) {
            throw new ElaasServer.BadRequest("limit skal være et tal");
        }
    }

    static <T> T body(Context x, Class<T> type) {
        try {
            return x.bodyAsClass(type);
        } catch (RuntimeException e) {
            throw new ElaasServer.BadRequest("Forespørgslens indhold kan ikke læses som " + type.getSimpleName());
        }
    }
}
