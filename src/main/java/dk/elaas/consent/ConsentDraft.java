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

    /** The same draft with other files (a queued operation carries them by SHA-256 and gets them back so). */
    public ConsentDraft withDocuments(List<Document> docs) {
        return new ConsentDraft(citizenName, cpr, address, postalCode, city, phone, supplierId, newSupplierName,
                newSupplierCvr, services, validFrom, validUntil, signerRole, representativeName, signedOn,
                collectedByName, collectedByOrg, channel, receiptReference, copyRequested, ocrText, fieldConfidence,
                docs);
    }

    /** The same draft naming its supplier by name and CVR instead of this register's id for it. */
    public ConsentDraft withSupplierByCvr(String name, String cvr) {
        return new ConsentDraft(citizenName, this.cpr, address, postalCode, city, phone, null, name, cvr, services,
                validFrom, validUntil, signerRole, representativeName, signedOn, collectedByName, collectedByOrg,
                channel, receiptReference, copyRequested, ocrText, fieldConfidence, documents);
    }
}
