package dk.elaas.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class CprMaskTest {

    @Test
    void masksCprWithAndWithoutDashButNotPhoneCvrOrLongerNumbers() {
        assertThat(CprMask.mask("borger 010190-1234 og 0101901234.")).isEqualTo("borger ******-**** og ******-****.");
        assertThat(CprMask.mask("tlf 86 12 34 56, cvr 12345678, nr 123456789012")).isEqualTo(
                "tlf 86 12 34 56, cvr 12345678, nr 123456789012");
    }

    @Test
    void theLogFileInTheDataFolderNeverHoldsACprNotEvenInAStackTrace(@TempDir Path data) throws Exception {
        Path file = AppLogging.start(data);
        Logger log = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("dk.elaas.test");
        log.warn("Kunne ikke gemme samtykke for 2512489996");
        log.error("Fejl", new IllegalStateException("CPR 251248-9996 findes allerede"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(file).isEqualTo(data.resolve("logs/elaas.log").toAbsolutePath());
        assertThat(text).contains("Kunne ikke gemme samtykke for ******-****", "CPR ******-**** findes allerede",
                "IllegalStateException");
        assertThat(text).doesNotContain("2512489996", "251248-9996");
    }
}
