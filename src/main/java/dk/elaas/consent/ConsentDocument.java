package dk.elaas.consent;

import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file stored with a consent: the normalised PDF of page one, the original capture, or a MitID receipt. */
@Entity
@Table(name = "consent_document")
public final class ConsentDocument extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consent_id", nullable = false)
    private Consent consent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    // VARBINARY/BYTEA rather than @Lob: H2 and PostgreSQL then store it the same way and sync copies plain bytes.
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected ConsentDocument() {
    }

    public ConsentDocument(Consent consent, DocumentKind kind, String fileName, String mediaType,
                           String sha256, Integer pageCount, byte[] content) {
        this.consent = consent;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sha256 = sha256;
        this.pageCount = pageCount;
        this.content = content.clone();
        this.sizeBytes = content.length;
    }

    @Override
    public String auditLabel() {
        return kind + " " + (fileName == null ? "" : fileName);
    }

    public Consent getConsent() { return consent; }
    public DocumentKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public String getSha256() { return sha256; }
    public Integer getPageCount() { return pageCount; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content.clone(); }
}
