package dk.elaas.intake;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One imported file after the pipeline: what was read, the original bytes (stored unchanged with the
 * consent), and the consent that already holds this very file, if it was imported before. A file known by
 * its SHA-256 is never read: its reading has no {@link #result()} (null), only {@link #duplicateOf()}.
 */
public record IntakeReading(IntakeResult result, byte[] original, Optional<UUID> duplicateOf) {

    public IntakeReading {
        original = original.clone();
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        if (result == null && duplicateOf.isEmpty()) {
            throw new IllegalArgumentException("a reading without a result must name the consent that holds the file");
        }
    }

    /** A file the register already holds (same SHA-256): recognised before any OCR. */
    public static IntakeReading known(byte[] original, UUID consentId) {
        return new IntakeReading(null, original, Optional.of(consentId));
    }

    /** Whether the pipeline ran (false for a file recognised as already stored). */
    public boolean wasRead() {
        return result != null;
    }

    @Override
    public byte[] original() {
        return original.clone();
    }
}
