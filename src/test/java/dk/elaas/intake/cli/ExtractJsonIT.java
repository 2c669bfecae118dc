package dk.elaas.intake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract --json} in a real process with the production logging (no test logback on the class path):
 * standard output holds only JSON even when PDFBox warns about a font it has to substitute.
 */
class ExtractJsonIT {

    @Test
    void standardOutputIsOnlyJsonOnAPdfWithVectorText(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("vector.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // Helvetica is not embedded: rendering it makes PDFBox log a fallback-font warning.
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(72, 700);
                cs.showText("Samtykke til brug af elektronisk dorlaas");
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.replace('\\', '/').contains("/test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        Path home = Files.createDirectories(dir.resolve("home"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", classpath, "dk.elaas.app.Main", "extract", "--json", pdf.toString());
        pb.environment().put("XDG_DATA_HOME", home.toString());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        pb.redirectOutput(dir.resolve("stdout.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();

        List<String> lines = Files.readAllLines(dir.resolve("stdout.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("stderr: %s", Files.readString(dir.resolve("stderr.txt"))).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertThat(json.has("cpr") || json.has("error")).isTrue();
        // The run logged to the data folder's log file, not to the screen.
        assertThat(home.resolve("elaas/logs/elaas.log")).exists();
    }
}
