package dk.elaas.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything needed to register a consent, as the user confirmed it (from intake, or typed in for a
 * MitID consent). The supplier is either an existing one ({@code supplierId}) or a new one the user
 * confirmed creating ({@code newSupplierName} + {@code newSupplierCvr}).
 */
public record ConsentDraft(
        String citizenName, String cpr, String address, String postalCode, String city, String phone,
        UUID supplierId, String newSupplierName, String newSupplierCvr,
        Set<String> services, LocalDate validFrom, LocalDate validUntil,
        SignerRole signerRole, String representativeName, LocalDate signedOn,
        String collectedByName, CollectorOrganisation collectedByOrg,
        ConsentChannel channel, String receiptReference, boolean copyRequested,
        String ocrText, Map<String, Double> fieldConfidence, List<Document> documents) {

    public ConsentDraft {
        services = services == null ? Set.of() : Set.copyOf(services);
        fieldConfidence = fieldConfidence == null ? Map.of() : Map.copyOf(fieldConfidence);
        documents = documents == null ? List.of() : List.copyOf(documents);
        channel = channel == null ? ConsentChannel.PAPER : channel;
    }

    /** A file stored with the consent: the normalised PDF, the original as imported, or a MitID receipt. */
    public record Document(DocumentKind kind, String fileName, String mediaType, Integer pageCount, byte[] content) {

        public Document {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
