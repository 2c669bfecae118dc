package dk.elaas.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Danish recognition model eLås ships: Tesseract's own {@code dan} model fine-tuned on form fills
 * written in handwriting-style and ordinary fonts (see {@code docs/ocr-model.md} and ADR 0009).
 *
 * <p>Tesseract reads models only from a folder, so the bundled file is copied once into a folder of
 * its own under the system's temporary folder, named by the model's SHA-256 so that an upgraded app
 * never reads an older copy. When that fails the engine falls back to the machine's {@code dan}.
 */
final class BundledModel {

    /** The language name Tesseract knows the bundled model by. */
    static final String LANGUAGE = "dan_elaas";
    /** {@code -Delaas.ocr.bundledModel=false} runs on the machine's {@code dan} model instead (comparisons). */
    static final String DISABLE_PROPERTY = "elaas.ocr.bundledModel";

    private static final Logger LOG = LoggerFactory.getLogger(BundledModel.class);
    private static final String RESOURCE = "/dk/elaas/ocr/" + LANGUAGE + ".traineddata";

    private BundledModel() {
    }

    /**
     * The folder holding {@code dan_elaas.traineddata}, or empty when the model is switched off, not
     * bundled, or cannot be written out.
     */
    static Optional<Path> folder() {
        return folder(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static Optional<Path> folder(Path parent) {
        if ("false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY))) {
            return Optional.empty();
        }
        try (InputStream in = BundledModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] model = in.readAllBytes();
            Path dir = parent.resolve("elaas-tessdata-" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(model), 0, 6));
            Path target = dir.resolve(LANGUAGE + ".traineddata");
            if (Files.isRegularFile(target) && Files.size(target) == model.length) {
                return Optional.of(dir);
            }
            Files.createDirectories(dir);
            // Write beside it and move into place, so a second app starting at the same moment (or a
            // crash half-way) never leaves Tesseract a truncated model.
            Path part = Files.createTempFile(dir, LANGUAGE, ".part");
            try {
                Files.write(part, model);
                move(part, target);
            } finally {
                Files.deleteIfExists(part);
            }
            return Optional.of(dir);
        } catch (IOException | UncheckedIOException | SecurityException | NoSuchAlgorithmException e) {
            LOG.warn("Could not write the bundled OCR model out; using the machine's Danish model", e);
            return Optional.empty();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Another process won the race with the same file.
        }
    }
}
