package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.consent.DocumentKind;
import dk.elaas.consent.SignerRole;
import dk.elaas.common.persistence.Database;
import dk.elaas.identity.Actor;
import dk.elaas.intake.IntakeException;
import dk.elaas.supplier.Supplier;
import dk.elaas.testsupport.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16.8: {@code import DIR} on files the register already holds answers "allerede gemt" for each without
 * reading any of them (a rerun of known files used to take as long as the first run: full OCR, then the check).
 */
class ImportKnownFilesTest {

    private static final Path SAMPLES = Path.of("..", "shared", "samples", "consents");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path dataDir;
    @TempDir
    Path inbox;

    @Test
    void knownFilesAreReportedAsStoredWithoutOcr() throws Exception {
        List<String> files = List.of("consent_002.pdf", "consent_004.jpg", "consent_008.jpg");
        try (Database db = TestDatabases.h2(dataDir, () -> new Actor("Klerk", "CLERK"), CLOCK)) {
            ConsentRegistrationService registrations = new ConsentRegistrationService(db.tx(), CLOCK, Postcodes.load(),
                    () -> "Klerk");
            UUID supplier = db.tx().call(s -> {
                Supplier sup = new Supplier("Nærkøb Risskov ApS", "94507545");
                sup.setServices(Set.of("DAGLIGVARER"));
                s.persist(sup);
                return sup.getId();
            });
            LocalDate signed = LocalDate.of(2026, 11, 2);
            int n = 0;
            for (String f : files) {
                byte[] original = Files.readAllBytes(SAMPLES.resolve(f));
                registrations.register(new ConsentDraft("Borger " + n, "170539-063" + n, "Nørregade 25", "8200",
                        "Aarhus N", null, supplier, null, null, Set.of("DAGLIGVARER"), signed, null, SignerRole.CITIZEN,
                        null, signed, "Lars Gravesen", CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE,
                        ConsentChannel.PAPER, null, false, null, Map.of(), List.of(new ConsentDraft.Document(
                        DocumentKind.ORIGINAL, f, "application/octet-stream", 1, original))));
                n++;
                Files.copy(SAMPLES.resolve(f), inbox.resolve(f));
            }
        }
        AtomicInteger pipelineCalls = new AtomicInteger();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ImportCommand.run(LaunchOptions.parse(List.of("--data-dir", dataDir.toString(), inbox.toString())),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), I18n.danish(), CLOCK,
                intake -> intake.withPipeline(() -> {
                    pipelineCalls.incrementAndGet();
                    throw new IntakeException("intake.error.unexpected", "OCR must not run for a known file");
                }));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("3 filer: 0 registreret, 3 allerede gemt, 0 skal kontrolleres, 0 fejl.");
        assertThat(pipelineCalls).as("no file was read: each was known by its SHA-256").hasValue(0);
        assertThat(code).isEqualTo(ImportCommand.OK);
    }
}
