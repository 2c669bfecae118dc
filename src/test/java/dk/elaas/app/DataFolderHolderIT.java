package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.persistence.DatabaseStartupException;
import dk.elaas.common.persistence.LockHolder;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16.8: a second eLås on a data folder in use is told what holds it. A real second process (the real
 * {@code import} command in a child JVM) holds the folder while the window's start-up is refused, and the window
 * holds it while an import is refused.
 */
class DataFolderHolderIT {

    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path dataDir;

    @Test
    void aWindowStartedDuringACommandLineImportIsToldThatTheImportHoldsTheFolder() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), HoldingImportProbe.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.equals("HOLDING"); line = in.readLine()) {
                seen.append(line).append('\n');
            }
            assertThat(child.isAlive()).as("the import holds the folder; it printed:\n%s", seen).isTrue();

            Throwable error = catchThrowable(() -> AppContext.start(dataDir, CLOCK, stage -> { }));

            assertThat(error).isInstanceOf(DatabaseStartupException.class);
            DatabaseStartupException refused = (DatabaseStartupException) error;
            assertThat(refused.holder()).get().extracting(LockHolder::kind, LockHolder::pid)
                    .containsExactly(LockHolder.Kind.IMPORT, child.pid());
            String started = child.info().startInstant().map(i -> i.atZone(ZoneId.systemDefault()).toLocalTime()
                    .format(DateTimeFormatter.ofPattern("HH:mm"))).orElseThrow();
            assertThat(I18n.danish().get(refused.messageKey(), refused.messageArgs()))
                    .startsWith("Datamappen")
                    .contains("bruges allerede af en import fra kommandolinjen (proces " + child.pid()
                            + ", startet " + started + ")");
            assertThat(I18n.of(I18n.ENGLISH).get(refused.messageKey(), refused.messageArgs()))
                    .contains("in use by a command-line import (process " + child.pid());
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        assertThat(child.exitValue()).as("the import ended normally").isZero();
        assertThat(LockHolder.infoFile(dataDir.resolve("elaas.lock"))).as("the holder removed its note on close")
                .doesNotExist();
        // Free again: the next start opens the folder.
        AppContext.start(dataDir, CLOCK, stage -> { }).close();
    }

    @Test
    void anImportStartedWhileTheWindowIsOpenIsToldThatAWindowHoldsTheFolder() throws Exception {
        Path inbox = Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-inbox"));
        try (AppContext window = AppContext.start(dataDir, CLOCK, stage -> { })) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int code = ImportCommand.run(LaunchOptions.parse(List.of("--data-dir", dataDir.toString(), inbox.toString())),
                    new PrintStream(bytes, true, StandardCharsets.UTF_8), I18n.danish(), CLOCK);

            assertThat(code).isEqualTo(ImportCommand.FAILED);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("bruges allerede af et andet eLås-vindue (proces "
                    + ProcessHandle.current().pid() + ", startet ");
            assertThat(window.settings().get("no.such.key")).as("the window's database is untouched and still open").isEmpty();
        }
    }

    @Test
    void aNoteLeftByAKilledProcessNamesNobody() throws Exception {
        Path lock = dataDir.resolve("elaas.lock");
        Files.writeString(LockHolder.infoFile(lock), "kind=IMPORT\npid=" + Long.MAX_VALUE + "\nstarted="
                + java.time.Instant.now() + "\n");
        assertThat(LockHolder.read(lock)).as("no such process").isEmpty();
        // and the folder itself is free: the note does not lock anything
        AppContext.start(dataDir, CLOCK, stage -> { }).close();
        assertThat(LockHolder.infoFile(lock)).doesNotExist();
    }
}
