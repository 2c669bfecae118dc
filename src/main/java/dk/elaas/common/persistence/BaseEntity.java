package dk.elaas.common.persistence;

import com.github.f4b6a3.uuid.UuidCreator;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Common columns of every synchronisable row: a client-generated UUIDv7 key (so offline clients never
 * collide and never need a database sequence), an optimistic-lock version and change timestamps.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = UuidCreator.getTimeOrderedEpoch();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @PrePersist
    void beforeInsert() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
    }

    /**
     * Takes the id another copy of the register made for this row (a laptop's, queued for the server), before it
     * is first stored; after that the id never changes.
     */
    protected final void assignId(UUID madeElsewhere) {
        if (createdAt != null) {
            throw new IllegalStateException("the id of a stored row never changes");
        }
        this.id = java.util.Objects.requireNonNull(madeElsewhere);
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public final boolean equals(Object other) {
        return this == other || (other instanceof BaseEntity that && getClass() == that.getClass() && id.equals(that.id));
    }

    @Override
    public final int hashCode() {
        return id.hashCode();
    }
}
