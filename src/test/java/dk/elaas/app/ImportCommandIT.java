package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.elaas.identity.Actor;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.persistence.Database;
import dk.elaas.consent.Consent;
import dk.elaas.consent.SignerRole;
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
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import DIR} on real samples with real Tesseract and a real H2 file. The rule that matters: an
 * unattended import never stores a value that differs from what the form says; what it is unsure of is
 * left for a person.
 */
class ImportCommandIT {

    private static final Path SAMPLES = Path.of("..", "shared", "samples", "consents");
    private static final List<String> FILES = List.of("consent_002.pdf", "consent_003.pdf", "consent_004.jpg",
            "consent_008.jpg", "consent_001.jpg");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Map<String, String> SERVICE_CODES = Map.of("Dagligvarer", "DAGLIGVARER", "Medicin", "MEDICIN",
            "Tøjvask", "TOEJVASK", "Madservice", "MADSERVICE");

    @TempDir
    Path dataDir;
    @TempDir
    Path inbox;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode truth(String file) throws Exception {
        return json.readTree(SAMPLES.resolve(file.replaceAll("\\.(pdf|jpg)$", ".json")).toFile());
    }

    private String run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ImportCommand.run(LaunchOptions.parse(List.of("--data-dir", dataDir.toString(), inbox.toString())),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), I18n.danish(), CLOCK);
        return code + "\n" + bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsWhatItCanReadWithCertaintyAndNeverStoresAWrongValue() throws Exception {
        // The register knows the suppliers of the samples (as a clerk's would).
        try (Database db = TestDatabases.h2(dataDir, () -> new Actor("Klerk", "CLERK"), CLOCK)) {
            db.tx().run(s -> {
                for (String f : FILES) {
                    try {
                        JsonNode t = truth(f);
                        Supplier sup = new Supplier(t.get("supplier_name").asText(), t.get("supplier_cvr").asText());
                        sup.setServices(Set.of("DAGLIGVARER", "MEDICIN", "TOEJVASK", "MADSERVICE"));
                        s.persist(sup);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        for (String f : FILES) {
            Files.copy(SAMPLES.resolve(f), inbox.resolve(f));
        }
        Files.writeString(inbox.resolve("notes.jpg"), "not a photo, just text");

        String first = run();
        assertThat(first).contains("notes.jpg: kunne ikke læses");
        assertThat(first.lines().filter(l -> l.startsWith("consent_")).count()).isEqualTo(FILES.size());
        assertThat(first).containsPattern("6 filer: \\d+ registreret, 0 allerede gemt, \\d+ skal kontrolleres, 1 fejl\\.");

        int registered;
        try (Database db = TestDatabases.h2(dataDir, () -> new Actor("Klerk", "CLERK"), CLOCK)) {
            List<Consent> consents = db.tx().call(s -> s.createSelectionQuery(
                    "from Consent c join fetch c.citizen join fetch c.supplier", Consent.class).getResultList());
            registered = consents.size();
            for (Consent c : consents) {
                String file = FILES.stream().filter(f -> first.contains(f + ": registreret (" + c.getCitizen().getName()))
                        .findFirst().orElseThrow(() -> new AssertionError("no line for " + c.getCitizen().getName()));
                JsonNode t = truth(file);
                assertThat(c.getCitizen().getName()).as(file).isEqualTo(t.get("citizen_name").asText());
                assertThat(c.getCitizen().getCpr()).as(file).isEqualTo(t.get("cpr").asText());
                assertThat(c.getSupplier().getCvr()).as(file).isEqualTo(t.get("supplier_cvr").asText());
                Set<String> services = new TreeSet<>();
                t.get("services").forEach(n -> services.add(SERVICE_CODES.get(n.asText())));
                assertThat(c.getServices()).as(file).isEqualTo(services);
                assertThat(c.getValidFrom()).as(file).isEqualTo(LocalDate.parse(t.get("valid_from").asText()));
                assertThat(c.getValidUntil()).as(file).isEqualTo(t.get("valid_until").isNull() ? null
                        : LocalDate.parse(t.get("valid_until").asText()));
                assertThat(c.getSignedOn()).as(file).isEqualTo(LocalDate.parse(t.get("signed_date").asText()));
                assertThat(c.getSignerRole()).as(file).isEqualTo("citizen".equals(t.get("signer_role").asText())
                        ? SignerRole.CITIZEN : SignerRole.REPRESENTATIVE);
            }
        }
        // Measured here: the typed photo is read with every field confident; the others have a name or a
        // tick the extractor is unsure of, and wait for a person. The handwritten form always waits.
        assertThat(registered).as("at least the clean typed photo is registered unattended").isGreaterThanOrEqualTo(1);
        assertThat(first).contains("consent_004.jpg: registreret (Edel Andersen");
        assertThat(first).contains("consent_001.jpg: skal kontrolleres i eLås");

        String second = run();
        assertThat(second).contains(registered + " allerede gemt");
        try (Database db = TestDatabases.h2(dataDir, () -> new Actor("Klerk", "CLERK"), CLOCK)) {
            long count = db.tx().call(s -> s.createSelectionQuery("select count(*) from Consent", Long.class).getSingleResult());
            assertThat(count).as("a second import of the same folder stores nothing twice").isEqualTo(registered);
        }
    }
}
