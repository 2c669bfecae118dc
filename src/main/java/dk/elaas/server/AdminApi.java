package dk.elaas.server;

import dk.elaas.audit.AuditQuery;
import dk.elaas.identity.Action;
import dk.elaas.identity.Actor;
import dk.elaas.onboarding.CaseState;
import dk.elaas.supplier.SupplierForm;
import dk.elaas.supplier.SupplierRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Suppliers, onboarding cases, settings, the audit log and the register export, each behind the policy. */
final class AdminApi {

    /** Settings a client may name: dotted lower-case keys, never the local-only ones. */
    private static final Pattern SETTING_KEY = Pattern.compile("[a-z][a-z0-9_.-]{0,99}");

    private final ServerContext ctx;

    AdminApi(ServerContext ctx) {
        this.ctx = ctx;
    }

    void routes(RoutesConfig r) {
        r.get("/api/suppliers", this::suppliers);
        r.post("/api/suppliers", this::createSupplier);
        r.put("/api/suppliers/{id}", this::updateSupplier);
        r.get("/api/onboarding/cases", this::cases);
        r.get("/api/settings/{key}", this::setting);
        r.put("/api/settings/{key}", this::putSetting);
        r.get("/api/audit", this::audit);
        r.get("/api/export/consents.csv", this::export);
    }

    private Actor require(Action action) {
        Actor a = ctx.actor.get();
        ctx.policy.require(a, action);
        return a;
    }

    private void suppliers(Context x) {
        Actor a = require(Action.READ_SUPPLIERS);
        List<SupplierRecord> all = ctx.suppliers.list(x.queryParam("q"));
        // A supplier user sees its own company only (RLS holds the same line in the database).
        x.json(all.stream().filter(s -> ctx.policy.inScope(a, s.id())).toList());
    }

    record SupplierUpdate(long version, SupplierForm form) {
    }

    private void createSupplier(Context x) {
        require(Action.MANAGE_SUPPLIERS);
        x.status(201).json(ctx.suppliers.create(ConsentApi.body(x, SupplierForm.class)));
    }

    private void updateSupplier(Context x) {
        require(Action.MANAGE_SUPPLIERS);
        SupplierUpdate u = ConsentApi.body(x, SupplierUpdate.class);
        x.json(ctx.suppliers.update(ConsentApi.id(x, "id"), u.version(), u.form()));
    }

    private void cases(Context x) {
        Actor a = require(Action.READ_ONBOARDING);
        x.json(ctx.onboarding.list(a.supplierScope(), EnumSet.allOf(CaseState.class)));
    }

    private String key(Context x) {
        String key = x.pathParam("key");
        if (!SETTING_KEY.matcher(key).matches() || key.startsWith("local.")) {
            throw new ElaasServer.NotFound();
        }
        return key;
    }

    private void setting(Context x) {
        require(Action.CHANGE_SETTINGS);
        String key = key(x);
        x.json(Map.of("key", key, "value", ctx.settings.get(key).orElse("")));
    }

    record SettingValue(String value) {
    }

    private void putSetting(Context x) {
        require(Action.CHANGE_SETTINGS);
        String key = key(x);
        ctx.settings.put(key, ConsentApi.body(x, SettingValue.class).value());
        x.status(204);
    }

    private void audit(Context x) {
        require(Action.READ_AUDIT);
        x.json(ctx.audit.search(new AuditQuery(x.queryParam("user"), x.queryParam("record"), date(x, "from"),
                date(x, "to"), ConsentApi.limit(x))));
    }

    private void export(Context x) throws IOException {
        require(Action.EXPORT);
        LocalDate from = date(x, "from");
        LocalDate to = date(x, "to");
        Path file = Files.createTempFile("elaas-export-", ".csv");
        try {
            ctx.exports.exportRegisterCsv(from, to, file);
            x.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=samtykker.csv");
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(x.outputStream());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static LocalDate date(Context x, String param) {
        String v = x.queryParam(param);
        try {
            return v == null || v.isBlank() ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ElaasServer.BadRequest(param + " skal være en dato (åååå-mm-dd)");
        }
    }
}
