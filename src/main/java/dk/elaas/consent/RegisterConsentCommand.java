package dk.elaas.consent;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * "Register this consent", as a laptop queues it for the central server (issue 15.2): the consent's id made on
 * the client, the reviewed draft without file contents, and the files by SHA-256 (uploaded before the command).
 */
public record RegisterConsentCommand(UUID consentId, ConsentDraft draft, List<DocumentRef> documents) {

    public static final String KIND = "consent.register";

    public RegisterConsentCommand {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A stored file named by its content. */
    public record DocumentRef(DocumentKind kind, String fileName, String mediaType, Integer pageCount, String sha256) {
    }

    /**
     * The supplier goes by its CVR (the natural key both registers share), not by this register's id for it: the
     * server finds it by CVR, or creates it as the reviewer here confirmed.
     */
    static RegisterConsentCommand of(UUID consentId, ConsentDraft d, dk.elaas.supplier.Supplier supplier) {
        List<DocumentRef> refs = d.documents().stream().map(doc -> new DocumentRef(doc.kind(), doc.fileName(),
                doc.mediaType(), doc.pageCount(), ConsentRegistrationService.sha256(doc.content()))).toList();
        return new RegisterConsentCommand(consentId,
                d.withDocuments(List.of()).withSupplierByCvr(supplier.getName(), supplier.getCvr()), refs);
    }

    /** The draft with its files again, each read by its SHA-256 from {@code content}. */
    public ConsentDraft draftWith(Function<String, byte[]> content) {
        return draft.withDocuments(documents.stream().map(r -> new ConsentDraft.Document(r.kind(), r.fileName(),
                r.mediaType(), r.pageCount(), content.apply(r.sha256()))).toList());
    }
}
