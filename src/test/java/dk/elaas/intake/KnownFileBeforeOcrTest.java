package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.common.persistence.LocalPreferences;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.document.SearchablePdfWriter;
import dk.elaas.identity.Actor;
import dk.elaas.supplier.SupplierService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16.8: a file imported before is recognised by its SHA-256 before anything reads it. The pipeline here
 * counts how often it is asked for and refuses to run, so a read that reaches OCR fails the test.
 */
class KnownFileBeforeOcrTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Path SAMPLE = Path.of("..", "shared", "samples", "consents", "consent_002.pdf");

    @TempDir
    Path dir;

    private ConsentWorld world;
    private final AtomicInteger pipelineCalls = new AtomicInteger();
    private IntakeService intake;

    @BeforeEach
    void setUp() {
        world = ConsentWorld.h2(dir, CLOCK, new Actor("Mette Sørensen", "CLERK"));
        SupplierService suppliers = new SupplierService(world.db.tx(), CLOCK);
        intake = new IntakeService(() -> {
            pipelineCalls.incrementAndGet();
            throw new IntakeException("intake.error.unexpected", "the OCR pipeline must not run for a known file");
        }, suppliers, world.registrations, new SearchablePdfWriter(), CLOCK, new FolderWatcher(2000),
                new LocalPreferences(dir.resolve("prefs")));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    static UUID registeredWithOriginal(ConsentWorld world, byte[] original) {
        return KnownFiles.registerWithOriginal(world, original);
    }

    @Test
    void aFileStoredBeforeIsRecognisedWithoutRunningOcr() throws Exception {
        Path file = Files.copy(SAMPLE, dir.resolve("scan.pdf"));
        UUID existing = registeredWithOriginal(world, Files.readAllBytes(file));

        IntakeReading reading = intake.read(file, IntakeProgress.NONE);

        assertThat(reading.duplicateOf()).contains(existing);
        assertThat(reading.wasRead()).isFalse();
        assertThat(pipelineCalls).as("the OCR pipeline was not even asked for").hasValue(0);
    }

    @Test
    void aNewFileIsStillRead() throws Exception {
        Path file = Files.copy(SAMPLE, dir.resolve("scan.pdf"));
        registeredWithOriginal(world, "another file".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> intake.read(file, IntakeProgress.NONE))
                .isInstanceOf(IntakeException.class);
        assertThat(pipelineCalls).as("an unknown file goes to the pipeline").hasValue(1);
    }
}
