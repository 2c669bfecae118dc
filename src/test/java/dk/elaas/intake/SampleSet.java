package dk.elaas.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The shared sample consents beside the clone ({@code ../shared/samples/consents}) with their ground truth.
 * The system property {@code samples} points {@link #load()} at another folder of the same shape, e.g.
 * {@code -Dsamples=/tmp/synth} for forms made by {@code bench.SyntheticForms}.
 */
public final class SampleSet {

    public static final Path DIR = Path.of("..", "shared", "samples", "consents");

    /** One sample: its file and ground truth. */
    public record Sample(Path file, JsonNode truth) {

        public String layout() {
            return truth.get("layout").asText();
        }

        public String fillStyle() {
            return truth.get("fill_style").asText();
        }

        public String capture() {
            return truth.get("capture").asText();
        }

        /** The expected value in the form our fields use (services comma-joined, null for JSON null). */
        public String expected(ConsentField f) {
            JsonNode n = truth.get(f.key());
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isArray()) {
                List<String> parts = new ArrayList<>();
                n.forEach(e -> parts.add(e.asText()));
                return String.join(",", parts.stream().sorted().toList());
            }
            return n.asText();
        }

        public boolean correct(ConsentField f, FieldValue v) {
            return Objects.equals(expected(f), v.value());
        }
    }

    private SampleSet() {
    }

    public static List<Sample> load() {
        String override = System.getProperty("samples");
        Path dir = override == null || override.isBlank() ? DIR : Path.of(override);
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            List<Sample> out = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".jpg") || n.endsWith(".pdf")) {
                    Path truth = p.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".json");
                    out.add(new Sample(p, json.readTree(truth.toFile())));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
