package com.contas.organization.domain;

import com.contas.common.SoftDeletable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "organization")
public class Organization extends SoftDeletable {

    @Column(nullable = false)
    private String name;

    @Column(length = 1000)
    private String address;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Organization() {}

    public Organization(String name, String address, long ownerId, Instant now) {
        this.name = name;
        this.address = address;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(String name, String address, long ownerId, Instant now) {
        this.name = name;
        this.address = address;
        this.ownerId = ownerId;
        this.updatedAt = now;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
