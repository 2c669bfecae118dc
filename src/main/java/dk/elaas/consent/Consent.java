package dk.elaas.consent;

import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import dk.elaas.common.persistence.CodeSetConverter;
import dk.elaas.supplier.Supplier;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A citizen's signed consent that one supplier may use the citizen's lock for the listed services. */
@Entity
@Table(name = "consent")
public class Consent extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "citizen_id", nullable = false)
    private Citizen citizen;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private ConsentStatus status = ConsentStatus.REGISTERED;

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "services", nullable = false)
    private SortedSet<String> services = new TreeSet<>();

    @Column(name = "valid_from")
    private LocalDate validFrom;

    /** Null means valid until withdrawn. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "signer_role", length = 20)
    private SignerRole signerRole;

    @Column(name = "representative_name")
    private String representativeName;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "collected_by_name")
    private String collectedByName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "collected_by_org", length = 40)
    private CollectorOrganisation collectedByOrg;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "channel", nullable = false, length = 20)
    private ConsentChannel channel = ConsentChannel.PAPER;

    @Column(name = "template_version", length = 40)
    private String templateVersion;

    @Column(name = "copy_requested", nullable = false)
    private boolean copyRequested;

    @Column(name = "receipt_reference", length = 100)
    private String receiptReference;

    @Column(name = "ocr_text", length = 200000)
    private String ocrText;

    /** Per-field OCR confidence as {@code field=0.93;field=0.41}. */
    @Column(name = "field_confidence", length = 4000)
    private String fieldConfidence;

    @Column(name = "captured_by")
    private UUID capturedBy;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "sent_at")
    private java.time.Instant sentAt;

    @Column(name = "sent_by", length = 200)
    private String sentBy;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "received_by", length = 200)
    private String receivedBy;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_by", length = 200)
    private String withdrawnBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "withdrawn_by_kind", length = 30)
    private WithdrawnBy withdrawnByKind;

    /** The newer consent for the same citizen and supplier that replaced this one. */
    @Column(name = "superseded_by")
    private UUID supersededBy;

    /** After a withdrawal: the day ØJB confirmed the access is removed from the Phoniro locks, and who said so. */
    @Column(name = "access_removed_on")
    private LocalDate accessRemovedOn;

    @Column(name = "access_removed_by", length = 200)
    private String accessRemovedBy;

    protected Consent() {
    }

    public Consent(Citizen citizen, Supplier supplier) {
        this.citizen = citizen;
        this.supplier = supplier;
    }

    /** The id the laptop that registered it made (a queued registration arriving at the server). */
    void useIdFrom(java.util.UUID madeOnClient) {
        assignId(madeOnClient);
    }

    @Override
    public String auditLabel() {
        return "Samtykke " + citizen.getName() + " / " + supplier.getName();
    }

    public Citizen getCitizen() { return citizen; }
    public Supplier getSupplier() { return supplier; }
    public ConsentStatus getStatus() { return status; }
    public void setStatus(ConsentStatus status) { this.status = status; }

    /**
     * The status as of {@code today}: an open consent whose valid-until date has passed is EXPIRED at once,
     * whether or not the expiry job has stored that yet (ADR 0010). Every screen, task and rule reads this.
     */
    public ConsentStatus statusOn(LocalDate today) {
        return effectiveStatus(status, validUntil, today);
    }

    /** {@link #statusOn} for a stored status and valid-until date read as columns. */
    public static ConsentStatus effectiveStatus(ConsentStatus stored, LocalDate validUntil, LocalDate today) {
        boolean open = stored == ConsentStatus.REGISTERED || stored == ConsentStatus.SENT || stored == ConsentStatus.RECEIVED;
        return open && validUntil != null && validUntil.isBefore(today) ? ConsentStatus.EXPIRED : stored;
    }
    public SortedSet<String> getServices() { return new TreeSet<>(services); }
    public void setServices(java.util.Collection<String> services) { this.services = CodeSetConverter.copyOf(services); }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public SignerRole getSignerRole() { return signerRole; }
    public void setSignerRole(SignerRole signerRole) { this.signerRole = signerRole; }
    public String getRepresentativeName() { return representativeName; }
    public void setRepresentativeName(String v) { this.representativeName = v; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public String getCollectedByName() { return collectedByName; }
    public void setCollectedByName(String v) { this.collectedByName = v; }
    public CollectorOrganisation getCollectedByOrg() { return collectedByOrg; }
    public void setCollectedByOrg(CollectorOrganisation v) { this.collectedByOrg = v; }
    public ConsentChannel getChannel() { return channel; }
    public void setChannel(ConsentChannel channel) { this.channel = channel; }
    public String getTemplateVersion() { return templateVersion; }
    public void setTemplateVersion(String v) { this.templateVersion = v; }
    public boolean isCopyRequested() { return copyRequested; }
    public void setCopyRequested(boolean v) { this.copyRequested = v; }
    public String getReceiptReference() { return receiptReference; }
    public void setReceiptReference(String v) { this.receiptReference = v; }
    public String getOcrText() { return ocrText; }
    public void setOcrText(String ocrText) { this.ocrText = ocrText; }
    public String getFieldConfidence() { return fieldConfidence; }
    public void setFieldConfidence(String v) { this.fieldConfidence = v; }
    public UUID getCapturedBy() { return capturedBy; }
    public void setCapturedBy(UUID capturedBy) { this.capturedBy = capturedBy; }
    public String getStatusReason() { return statusReason; }
    public void setStatusReason(String statusReason) { this.statusReason = statusReason; }
    public java.time.Instant getSentAt() { return sentAt; }
    public String getSentBy() { return sentBy; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getReceivedBy() { return receivedBy; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public WithdrawnBy getWithdrawnByKind() { return withdrawnByKind; }
    public UUID getSupersededBy() { return supersededBy; }
    public LocalDate getAccessRemovedOn() { return accessRemovedOn; }
    public String getAccessRemovedBy() { return accessRemovedBy; }

    void markAccessRemoved(LocalDate on, String by) {
        this.accessRemovedOn = on;
        this.accessRemovedBy = by;
    }

    /**
     * Lifecycle dates of a consent handled before it came into eLås (earlier paper records, demo data): the
     * normal transitions go through ConsentLifecycleService instead. Null leaves a date unset.
     */
    public void recordEarlierLifecycle(java.time.Instant sentAt, String sentBy, LocalDate receivedOn, String receivedBy,
                                       LocalDate withdrawnOn, String withdrawnBy, WithdrawnBy kind, String reason) {
        if (sentAt != null) {
            markSent(sentAt, sentBy);
        }
        if (receivedOn != null) {
            markReceived(receivedOn, receivedBy);
        }
        if (withdrawnOn != null) {
            markWithdrawn(withdrawnOn, withdrawnBy, kind, reason);
        }
    }

    void markSent(java.time.Instant at, String by) {
        this.sentAt = at;
        this.sentBy = by;
    }

    /** A mistaken "modtaget af ØJB" undone: no date, nobody. */
    void clearReceived() {
        this.receivedOn = null;
        this.receivedBy = null;
    }

    void markReceived(LocalDate on, String by) {
        this.receivedOn = on;
        this.receivedBy = by;
    }

    void markWithdrawn(LocalDate on, String by, WithdrawnBy kind, String reason) {
        this.withdrawnOn = on;
        this.withdrawnBy = by;
        this.withdrawnByKind = kind;
        this.statusReason = reason;
    }

    void markSuperseded(UUID newer) {
        this.supersededBy = newer;
    }
}
