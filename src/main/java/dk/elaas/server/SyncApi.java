package dk.elaas.server;

import com.fasterxml.jackson.databind.JsonNode;
import dk.elaas.common.i18n.RefusedException;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.RegisterConsentCommand;
import dk.elaas.identity.Action;
import dk.elaas.identity.Actor;
import dk.elaas.sync.SyncInboxEntry;
import dk.elaas.sync.SyncJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Operations a client queued while it worked, pushed to the central register (issue 15.3). Each arrives at least
 * once and is applied exactly once: the inbox row and the operation's effect commit in one transaction, and a
 * redelivery gets the first answer again. The permission is checked as of arrival, with the sender's token. A
 * permanent refusal (no longer permitted, invalid, refused by the rules) is recorded and answered as REJECTED;
 * anything else (a missing file, a conflict of writes, the database) is left for the client to try again.
 */
final class SyncApi {

    /** What the client sends: one queued operation. */
    record Operation(UUID opId, String kind, UUID recordId, Instant clientTime, JsonNode payload) {
    }

    /** What it gets back. {@code duplicate}: the server had this operation already (the same outcome again). */
    record Answer(UUID opId, SyncInboxEntry.Outcome outcome, boolean duplicate, String detail) {
    }

    /** A file the command names has not been uploaded (yet): the client uploads and tries again. */
    static final class MissingFile extends RuntimeException {
        MissingFile(String sha256) {
            super("Filen " + sha256 + " er ikke sendt til serveren endnu");
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SyncApi.class);

    private final ServerContext ctx;
    private final dk.elaas.common.i18n.I18n danish = dk.elaas.common.i18n.I18n.danish();

    SyncApi(ServerContext ctx) {
        this.ctx = ctx;
    }

    void routes(RoutesConfig r) {
        r.post("/api/sync/operations", this::receive);
    }

    private void receive(Context x) {
        Actor a = ctx.actor.get();
        Operation op = ConsentApi.body(x, Operation.class);
        if (op.opId() == null || op.kind() == null || op.payload() == null) {
            throw new ElaasServer.BadRequest("En operation skal have opId, kind og payload");
        }
        Answer answer;
        try {
            answer = ctx.tx.callAsOne(s -> {
                SyncInboxEntry seen = s.find(SyncInboxEntry.class, op.opId());
                if (seen != null && seen.getOutcome() == SyncInboxEntry.Outcome.APPLIED) {
                    return new Answer(op.opId(), seen.getOutcome(), true, seen.getDetail());
                }
                if (seen != null) {
                    // Refused before and sent again ("Prøv igen"): a refusal changed nothing, so it is judged anew.
                    s.remove(seen);
                    s.flush();
                }
                UUID record = apply(a, op);
                s.persist(new SyncInboxEntry(op.opId(), op.kind(), a.subject(), record, op.clientTime(),
                        ctx.clock.instant(), SyncInboxEntry.Outcome.APPLIED, null));
                return new Answer(op.opId(), SyncInboxEntry.Outcome.APPLIED, false, null);
            });
        } catch (MissingFile e) {
            x.status(409).json(ApiError.of("missing_file", "server.error.conflict", e.getMessage()));
            return;
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            // The same operation arriving twice at once, or two laptops making the same new citizen: the client
            // sends again and then finds what the other made. The database's detail (it names the CPR) stays out.
            LOG.info("A queued operation met a concurrent write ({}); the client will send it again", e.getConstraintName());
            x.status(409).json(ApiError.of("conflict", "server.error.conflict", danish.get("server.error.conflict")));
            return;
        } catch (RefusedException | InvalidInputException e) {
            answer = rejected(a, op, reason(e));
        } catch (UnknownKind e) {
            answer = rejected(a, op, e.getMessage());
        }
        x.json(answer);
    }

    /** The refusal is kept, so a redelivery is refused the same way and the clerk can see why. */
    private Answer rejected(Actor a, Operation op, String reason) {
        return ctx.tx.call(s -> {
            SyncInboxEntry seen = s.find(SyncInboxEntry.class, op.opId());
            if (seen != null && seen.getOutcome() == SyncInboxEntry.Outcome.APPLIED) {
                return new Answer(op.opId(), seen.getOutcome(), true, seen.getDetail());
            }
            if (seen != null) {
                return new Answer(op.opId(), SyncInboxEntry.Outcome.REJECTED, false, reason);
            }
            s.persist(new SyncInboxEntry(op.opId(), op.kind(), a.subject(), op.recordId(), op.clientTime(),
                    ctx.clock.instant(), SyncInboxEntry.Outcome.REJECTED, reason));
            return new Answer(op.opId(), SyncInboxEntry.Outcome.REJECTED, false, reason);
        });
    }

    private UUID apply(Actor a, Operation op) {
        if (RegisterConsentCommand.KIND.equals(op.kind())) {
            ctx.policy.require(a, Action.REGISTER_CONSENT);
            RegisterConsentCommand c = read(op.payload(), RegisterConsentCommand.class);
            ConsentDraft draft = c.draftWith(this::file);
            return ctx.registrations.register(draft, c.consentId()).consentId();
        }
        throw new UnknownKind(op.kind());
    }

    private byte[] file(String sha256) {
        if (!DocumentStore.isSha256(sha256) || ctx.documents.size(sha256).isEmpty()) {
            throw new MissingFile(sha256);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ctx.documents.copyTo(sha256, out);
        return out.toByteArray();
    }

    private static <T> T read(JsonNode payload, Class<T> type) {
        try {
            return SyncJson.mapper().treeToValue(payload, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new ElaasServer.BadRequest("Operationens indhold kan ikke læses som " + type.getSimpleName());
        }
    }

    private String reason(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.errors().entrySet().stream()
                    .map(en -> en.getKey() + ": " + danish.get(en.getValue().errorKey(), en.getValue().errorArgs()))
                    .collect(Collectors.joining("; "));
        }
        RefusedException r = (RefusedException) e;
        return danish.get(r.messageKey(), r.args());
    }

    /** An operation of a kind this server does not know (a newer client): refused, never half applied. */
    static final class UnknownKind extends RuntimeException {
        UnknownKind(String kind) {
            super("Serveren kender ikke operationen '" + kind + "'");
        }
    }
}
