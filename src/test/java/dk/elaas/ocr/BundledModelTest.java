package dk.elaas.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the bundled recognition model out to a folder Tesseract can read it from. */
class BundledModelTest {

    private static final String FILE = BundledModel.LANGUAGE + ".traineddata";

    @TempDir
    Path parent;

    @Test
    void writesTheBundledModelIntoAFolderNamedByItsContent() throws Exception {
        byte[] bundled = bundled();
        Optional<Path> dir = BundledModel.folder(parent);

        // Named by the model's hash: an upgraded app with another model never reads an older copy.
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundled));
        assertThat(dir).hasValueSatisfying(d -> {
            assertThat(d.getParent()).isEqualTo(parent);
            assertThat(d.getFileName().toString()).startsWith("elaas-tessdata-");
            String suffix = d.getFileName().toString().substring("elaas-tessdata-".length());
            assertThat(suffix).hasSizeGreaterThanOrEqualTo(8);
            assertThat(hash).startsWith(suffix);
        });
        Path model = dir.orElseThrow().resolve(FILE);
        assertThat(Files.readAllBytes(model)).isEqualTo(bundled);
        try (Stream<Path> files = Files.list(dir.orElseThrow())) {
            // No half-written copy is left beside the model.
            assertThat(files).containsExactly(model);
        }
    }

    @Test
    void reusesACopyWrittenBefore() throws IOException {
        Path model = BundledModel.folder(parent).orElseThrow().resolve(FILE);
        FileTime earlier = FileTime.from(Instant.parse("2024-01-02T03:04:05Z"));
        Files.setLastModifiedTime(model, earlier);

        Optional<Path> again = BundledModel.folder(parent);

        assertThat(again).contains(model.getParent());
        assertThat(Files.getLastModifiedTime(model)).isEqualTo(earlier);
        assertThat(Files.readAllBytes(model)).isEqualTo(bundled());
    }

    @Test
    void replacesATruncatedCopyLeftByAnEarlierRun() throws IOException {
        Path model = BundledModel.folder(parent).orElseThrow().resolve(FILE);
        byte[] bundled = bundled();
        Files.write(model, Arrays.copyOf(bundled, bundled.length / 3));

        assertThat(BundledModel.folder(parent)).contains(model.getParent());
        assertThat(Files.readAllBytes(model)).isEqualTo(bundled);
    }

    @Test
    void canBeSwitchedOffForComparisons() throws IOException {
        String before = System.getProperty(BundledModel.DISABLE_PROPERTY);
        System.setProperty(BundledModel.DISABLE_PROPERTY, "false");
        try {
            assertThat(BundledModel.folder(parent)).isEmpty();
            try (Stream<Path> files = Files.list(parent)) {
                assertThat(files).isEmpty();
            }
        } finally {
            if (before == null) {
                System.clearProperty(BundledModel.DISABLE_PROPERTY);
            } else {
                System.setProperty(BundledModel.DISABLE_PROPERTY, before);
            }
        }
    }

    @Test
    void aFolderThatCannotBeWrittenGivesNoModelInsteadOfAnError() throws IOException {
        // A regular file where the parent folder should be: nothing can be created below it.
        Path notAFolder = Files.writeString(parent.resolve("occupied"), "x");

        assertThat(BundledModel.folder(notAFolder)).isEmpty();
    }

    private static byte[] bundled() throws IOException {
        try (InputStream in = BundledModel.class.getResourceAsStream("/dk/elaas/ocr/" + FILE)) {
            assertThat(in).as("bundled model resource").isNotNull();
            return in.readAllBytes();
        }
    }
}
