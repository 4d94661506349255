package com.contas.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A row that goes to the trash first and can be restored for 30 days. */
@MappedSuperclass
public abstract class SoftDeletable extends AbstractEntity {

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public Long getDeletedBy() {
        return deletedBy;
    }

    public void moveToTrash(Instant when, Long byUser) {
        if (deletedAt != null) {
            throw new ValidationException("", "error.alreadyDeleted");
        }
        this.deletedAt = when;
        this.deletedBy = byUser;
    }

    public void restoreFromTrash() {
        if (deletedAt == null) {
            throw new ValidationException("", "error.notDeleted");
        }
        this.deletedAt = null;
        this.deletedBy = null;
    }
}
