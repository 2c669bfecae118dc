package dk.elaas.consent;

import dk.elaas.audit.AuditTrail;
import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.Cpr;
import dk.elaas.mail.OutboxService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** One consent in full, for the register's detail pane; the full CPR only on request, and audited. */
public final class ConsentDetailService implements ConsentDetails {

    private final Tx tx;
    private final Clock clock;
    private final ConsentGrants grants;
    private final OutboxService outbox;
    private final AuditTrail audit;
    private final java.util.function.Supplier<UUID> supplierScope;

    public ConsentDetailService(Tx tx, Clock clock, ConsentGrants grants, OutboxService outbox, AuditTrail audit) {
        this(tx, clock, grants, outbox, audit, () -> null);
    }

    /** As {@link ConsentQueryService}: another company's consent does not exist for a Supplier-role user. */
    public ConsentDetailService(Tx tx, Clock clock, ConsentGrants grants, OutboxService outbox, AuditTrail audit,
                                java.util.function.Supplier<UUID> supplierScope) {
        this.tx = tx;
        this.clock = clock;
        this.grants = grants;
        this.outbox = outbox;
        this.audit = audit;
        this.supplierScope = supplierScope;
    }

    private void checkScope(Consent c) {
        UUID scope = supplierScope.get();
        if (scope != null && !scope.equals(c.getSupplier().getId())) {
            throw new ConsentTransitionException("consent.error.notFound", "Consent " + c.getId() + " is outside the user's supplier");
        }
    }

    @Override
    public ConsentDetail detail(UUID consentId) {
        ConsentDetail withoutMails = tx.call(s -> {
            Consent c = s.createSelectionQuery("from Consent c join fetch c.citizen join fetch c.supplier where c.id = :id",
                    Consent.class).setParameter("id", consentId).getResultStream().findFirst()
                    .orElseThrow(() -> new ConsentTransitionException("consent.error.notFound", "No consent " + consentId));
            checkScope(c);
            var history = s.createSelectionQuery("from ConsentStatusChange h where h.consent = :c"
                            + " order by h.changedAt, h.createdAt", ConsentStatusChange.class).setParameter("c", c)
                    .getResultList().stream()
                    .map(h -> new ConsentDetail.History(h.getFromStatus(), h.getToStatus(), h.getChangedAt(),
                            h.getChangedBy(), h.getReason())).toList();
            // Columns, not entities: the content column can be megabytes.
            var docs = s.createSelectionQuery("select d.id, d.kind, d.fileName, d.mediaType, d.sizeBytes, d.pageCount"
                            + " from ConsentDocument d where d.consent = :c order by d.kind", Object[].class)
                    .setParameter("c", c).getResultList().stream()
                    .map(r -> new ConsentDetail.Document((UUID) r[0], (DocumentKind) r[1], (String) r[2], (String) r[3],
                            (Long) r[4], (Integer) r[5])).toList();
            var z = c.getCitizen();
            String address = String.join(", ", java.util.stream.Stream.of(z.getAddress(),
                    ((z.getPostalCode() == null ? "" : z.getPostalCode() + " ") + (z.getCity() == null ? "" : z.getCity())).trim())
                    .filter(x -> x != null && !x.isBlank()).toList());
            return new ConsentDetail(c.getId(), z.getId(), z.getName(), Cpr.mask(z.getCpr()), address, z.getPhone(),
                    c.getSupplier().getId(), c.getSupplier().getName(), c.getSupplier().getCvr(), c.getServices(),
                    c.statusOn(LocalDate.now(clock)), ConsentCheckService.verdict(c, LocalDate.now(clock)), c.getValidFrom(),
                    c.getValidUntil(), c.getSignerRole(), c.getRepresentativeName(), c.getSignedOn(),
                    c.getCollectedByName(), c.getCollectedByOrg(), c.getChannel(), c.getTemplateVersion(),
                    c.isCopyRequested(), c.getReceiptReference(), c.getSentAt(), c.getSentBy(), c.getReceivedOn(),
                    c.getReceivedBy(), c.getWithdrawnOn(), c.getWithdrawnBy(), c.getWithdrawnByKind(),
                    c.getStatusReason(), c.getSupersededBy(), c.getCreatedAt(), history, docs,
                    grants.grantsOf(s, c.getId()), java.util.List.of(), c.getAccessRemovedOn(),
                    c.getAccessRemovedBy(), c.getVersion());
        });
        var d = withoutMails;
        return new ConsentDetail(d.id(), d.citizenId(), d.citizenName(), d.maskedCpr(), d.address(), d.phone(),
                d.supplierId(), d.supplierName(), d.supplierCvr(), d.services(), d.status(), d.verdict(), d.validFrom(),
                d.validUntil(), d.signerRole(), d.representativeName(), d.signedOn(), d.collectedByName(),
                d.collectedByOrg(), d.channel(), d.templateVersion(), d.copyRequested(), d.receiptReference(),
                d.sentAt(), d.sentBy(), d.receivedOn(), d.receivedBy(), d.withdrawnOn(), d.withdrawnBy(),
                d.withdrawnByKind(), d.statusReason(), d.supersededBy(), d.createdAt(), d.history(), d.documents(),
                d.grants(), outbox.forConsent(consentId), d.accessRemovedOn(), d.accessRemovedBy(), d.version());
    }

    /** The citizen's full CPR; writes a VIEW event to the audit log in the same transaction. */
    @Override
    public String revealCpr(UUID consentId) {
        return tx.call(s -> {
            Consent c = s.find(Consent.class, consentId);
            if (c == null) {
                throw new ConsentTransitionException("consent.error.notFound", "No consent " + consentId);
            }
            checkScope(c);
            audit.recordView(s, c.getCitizen(), c.getCitizen().getId(), "cpr (samtykke " + c.getId() + ")");
            return c.getCitizen().getCpr();
        });
    }

    /** A stored file's SHA-256 (its name in a content-addressed store), within the user's scope. */
    public String documentSha256(UUID documentId) {
        return tx.call(s -> {
            // Columns, not the entity: its content column can be megabytes.
            Object[] row = s.createSelectionQuery("select d.sha256, d.consent from ConsentDocument d where d.id = :id",
                    Object[].class).setParameter("id", documentId).getResultStream().findFirst()
                    .orElseThrow(() -> new ConsentTransitionException("consent.error.notFound", "No document " + documentId));
            checkScope((Consent) row[1]);
            return (String) row[0];
        });
    }

    /** A stored file's bytes (the normalised PDF for display, the original for download). */
    public byte[] document(UUID documentId) {
        return tx.call(s -> {
            ConsentDocument d = s.find(ConsentDocument.class, documentId);
            if (d == null) {
                throw new ConsentTransitionException("consent.error.notFound", "No document " + documentId);
            }
            checkScope(d.getConsent());
            return d.getContent();
        });
    }

    /** A stored file, refused when it is not this consent's (a pane never shows another consent's file). */
    @Override
    public byte[] document(UUID consentId, UUID documentId) {
        return tx.call(s -> {
            ConsentDocument d = s.find(ConsentDocument.class, documentId);
            if (d == null || !d.getConsent().getId().equals(consentId)) {
                throw new ConsentTransitionException("consent.error.notFound", "No document " + documentId
                        + " on consent " + consentId);
            }
            checkScope(d.getConsent());
            return d.getContent();
        });
    }
}
