package dk.elaas.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One row of the append-only audit log. Written by {@link AuditTrail} with plain JDBC; read through Hibernate. */
@Entity
@Immutable
@Table(name = "audit_event")
public final class AuditEvent {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "version")
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "user_name")
    private String userName;

    @Column(name = "user_role")
    private String userRole;

    @Column(name = "action")
    private String action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    @Column(name = "record_label")
    private String recordLabel;

    @Column(name = "changed_fields")
    private String changedFields;

    @Column(name = "details")
    private String details;

    protected AuditEvent() {
    }

    public UUID getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getUserName() { return userName; }
    public String getUserRole() { return userRole; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public String getRecordLabel() { return recordLabel; }
    public String getChangedFields() { return changedFields; }
    public String getDetails() { return details; }
}
