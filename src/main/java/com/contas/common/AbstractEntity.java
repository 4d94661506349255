package com.contas.common;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Identity plus the optimistic-lock version that every editable row carries. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses the change when the caller's copy is older (or newer) than the row: the user was
     * looking at data that someone else has changed since.
     */
    public void checkVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new StaleVersionException(getClass().getSimpleName(), id);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (o == null || getClass() != o.getClass() || id == null) return false;
        return id.equals(((AbstractEntity) o).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
