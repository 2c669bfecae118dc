package dk.elaas.intake;

import java.util.Optional;
import java.util.UUID;

/**
 * One imported file after the pipeline: what was read, the original bytes (stored unchanged with the
 * consent), and the consent that already holds this very file, if it was imported before.
 */
public record IntakeReading(IntakeResult result, byte[] original, Optional<UUID> duplicateOf) {

    public IntakeReading {
        original = original.clone();
    }

    @Override
    public byte[] original() {
        return original.clone();
    }
}
