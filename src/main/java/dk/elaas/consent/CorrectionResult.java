package dk.elaas.consent;

import java.util.List;
import java.util.UUID;

/** What a correction changed: the entity's field names, as the audit log names them too. */
public record CorrectionResult(UUID consentId, long version, List<String> changedFields) {

    public CorrectionResult {
        changedFields = List.copyOf(changedFields);
    }
}
