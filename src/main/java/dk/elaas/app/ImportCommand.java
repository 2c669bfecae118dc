package dk.elaas.app;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.persistence.DatabaseStartupException;
import dk.elaas.common.validation.Validated;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.RegisteredConsent;
import dk.elaas.intake.ConsentField;
import dk.elaas.intake.FieldValue;
import dk.elaas.intake.IntakeException;
import dk.elaas.intake.IntakeProgress;
import dk.elaas.intake.IntakeReading;
import dk.elaas.intake.IntakeResult;
import dk.elaas.intake.IntakeService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code import DIR}: registers every consent file in a folder, unattended, through the same service as the
 * intake panel. Because nobody checks the fields, a file is registered only when every field that was read
 * is presented as confident, every required field is there, the supplier is in the register and all rules
 * pass; anything else is left for a person to check in the panel. Nothing is ever stored half.
 */
public final class ImportCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int NEEDS_REVIEW = 2;
    private static final List<ConsentField> REQUIRED = List.of(ConsentField.CITIZEN_NAME, ConsentField.CPR,
            ConsentField.SUPPLIER_NAME, ConsentField.SERVICES, ConsentField.VALID_FROM, ConsentField.SIGNER_ROLE,
            ConsentField.SIGNED_DATE);

    private ImportCommand() {
    }

    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LaunchOptions options = LaunchOptions.parse(List.of(args).subList(1, args.length));
        return run(options, out, I18n.danish(), Clock.systemDefaultZone());
    }

    static int run(LaunchOptions options, PrintStream out, I18n i18n, Clock clock) {
        return run(options, out, i18n, clock, java.util.function.UnaryOperator.identity(),
                new dk.elaas.user.SystemAccount());
    }

    static int run(LaunchOptions options, PrintStream out, I18n i18n, Clock clock,
                   java.util.function.UnaryOperator<IntakeService> intakeOf) {
        return run(options, out, i18n, clock, intakeOf, new dk.elaas.user.SystemAccount());
    }

    /**
     * {@code intakeOf} lets a test watch the intake (e.g. whether the OCR pipeline is asked for at all);
     * {@code accounts}: who runs the import (the operating-system account; fixed in tests).
     */
    static int run(LaunchOptions options, PrintStream out, I18n i18n, Clock clock,
                   java.util.function.UnaryOperator<IntakeService> intakeOf, dk.elaas.user.OsAccount.Source accounts) {
        if (options.rest().size() != 1 || !Files.isDirectory(Path.of(options.rest().get(0)))) {
            out.println(i18n.get("import.usage"));
            return FAILED;
        }
        Path dir = Path.of(options.rest().get(0));
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            out.println(i18n.get("import.error.folder", dir, e.getMessage()));
            return FAILED;
        }
        AppContext ctx;
        try {
            ctx = AppContext.start(options.dataDirOrDefault(), clock, stage -> { },
                    dk.elaas.common.persistence.LockHolder.Kind.IMPORT);
        } catch (DatabaseStartupException e) {
            out.println(i18n.get(e.messageKey(), e.messageArgs()));
            return FAILED;
        }
        int registered = 0;
        int duplicates = 0;
        int review = 0;
        int failed = 0;
        try (ctx) {
            dk.elaas.user.UserService.Start who = ctx.users().start(accounts.current());
            if (!(who instanceof dk.elaas.user.UserService.Ready) || !new dk.elaas.identity.Policy()
                    .allows(ctx.currentUser().actor(), dk.elaas.identity.Action.REGISTER_CONSENT)) {
                out.println(i18n.get("import.error.notAllowed", who.user().account(),
                        who.user().hasRole() ? i18n.get(who.user().role().messageKey()) : i18n.get("users.noRole")));
                return FAILED;
            }
            IntakeService intake = intakeOf.apply(ctx.intake());
            for (Path file : files) {
                String name = file.getFileName().toString();
                try {
                    IntakeReading reading = intake.read(file, IntakeProgress.NONE);
                    if (reading.duplicateOf().isPresent()) {
                        duplicates++;
                        out.println(i18n.get("import.line.duplicate", name));
                        continue;
                    }
                    ConsentDraft draft = intake.draft(reading.result());
                    // A supplier found in the register by its (confidently read) CVR is linked as it is in the
                    // register, so how well its printed name was read does not matter.
                    boolean supplierByCvr = reading.result().supplierMatch().map(m -> m.byCvr()).orElse(false)
                            && reading.result().fields().get(ConsentField.SUPPLIER_CVR).confident();
                    Map<ConsentField, String> doubts = doubts(reading.result(), supplierByCvr, i18n);
                    List<String> reasons = new ArrayList<>(doubts.values());
                    // The same printed form (QR code) already stored: a person decides, never the import.
                    reading.result().printedForm().filter(f -> f.consentId() != null)
                            .ifPresent(f -> reasons.add(i18n.get("intake.warning.printedFormUsed")));
                    if (draft.supplierId() == null && !doubts.containsKey(ConsentField.SUPPLIER_NAME)) {
                        reasons.add(i18n.get("import.reason.supplierUnknown", String.valueOf(draft.newSupplierName())));
                    }
                    Map<String, Validated> problems = ctx.registrations().checkFieldsOnly(draft);
                    problems.forEach((field, v) -> {
                        if (doubts.keySet().stream().noneMatch(f -> f.key().equals(field))) {
                            reasons.add(label(field, i18n) + ": " + i18n.get(v.errorKey(), v.errorArgs()));
                        }
                    });
                    if (!reasons.isEmpty()) {
                        review++;
                        out.println(i18n.get("import.line.review", name, String.join("; ", reasons)));
                        continue;
                    }
                    RegisteredConsent saved = intake.store(reading, draft);
                    registered++;
                    out.println(saved.storedExpired()
                            ? i18n.get("import.line.registeredExpired", name, draft.citizenName(), saved.consentId(),
                                    dk.elaas.common.validation.DanishDates.format(draft.validUntil()))
                            : i18n.get("import.line.registered", name, draft.citizenName(), saved.consentId()));
                } catch (IntakeException e) {
                    failed++;
                    out.println(i18n.get("import.line.failed", name, i18n.get(e.messageKey(), e.messageArgs())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return FAILED;
                } catch (dk.elaas.common.persistence.StorageFullException e) {
                    failed++;
                    out.println(name + ": " + i18n.get(e.messageKey()));
                } catch (RuntimeException e) {
                    failed++;
                    out.println(i18n.get("import.line.failed", name, String.valueOf(e.getMessage())));
                }
            }
        }
        out.println(i18n.get("import.summary", files.size(), registered, duplicates, review, failed));
        if (failed > 0) {
            return FAILED;
        }
        return review > 0 ? NEEDS_REVIEW : OK;
    }

    /** Fields a person must look at: read but not confident, or required and missing. */
    private static Map<ConsentField, String> doubts(IntakeResult r, boolean supplierByCvr, I18n i18n) {
        Map<ConsentField, String> doubts = new java.util.EnumMap<>(ConsentField.class);
        for (ConsentField f : ConsentField.values()) {
            if (f == ConsentField.SUPPLIER_NAME && supplierByCvr) {
                continue;
            }
            FieldValue v = r.fields().get(f);
            if (v.value() == null ? REQUIRED.contains(f) : !v.confident()) {
                doubts.put(f, i18n.get(v.value() == null ? "import.reason.missing" : "import.reason.uncertain",
                        label(f.key(), i18n)));
            }
        }
        return doubts;
    }

    private static String label(String key, I18n i18n) {
        String k = "intake.field.label." + key;
        return i18n.has(k) ? i18n.get(k) : key;
    }
}
