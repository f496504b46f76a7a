package org.groundwork.base;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.Hibernate;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Base class of every editable record: a database id, an optimistic-lock version and who created and last
 * changed it. Every subclass is also written to the audit trail (see {@link AuditTrailRecorder}); to have a
 * collection's changes recorded, change its content in place rather than replacing the collection.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @CreatedBy
    @Column(name = "created_by", length = 100, updatable = false)
    private String createdBy;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @LastModifiedBy
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /**
     * Makes one of this record's collections hold exactly {@code wanted} (nothing for null), changing it in place
     * so that Hibernate records a collection update and the audit trail shows it.
     */
    protected static <T> void replaceInPlace(Collection<T> target, Collection<? extends T> wanted) {
        Set<T> copy = wanted == null ? Set.of() : new LinkedHashSet<>(wanted);
        target.retainAll(copy);
        target.addAll(copy);
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * Refuses an edit made from a stale copy: when someone else saved this record after the person read it at
     * {@code expectedVersion}, saving would overwrite their change, so the person is told of the conflict instead.
     */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Hibernate.getClass(this), id);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).getId());
    }

    @Override
    public int hashCode() {
        // Constant per class so an entity keeps its hash when it is saved and receives an id.
        return Hibernate.getClass(this).hashCode();
    }
}
