package com.contas.person.domain;

import com.contas.common.SoftDeletable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "person")
public class Person extends SoftDeletable {

    @Column(nullable = false)
    private String name;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @ElementCollection
    @CollectionTable(name = "person_email", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "email", nullable = false)
    private List<String> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_phone", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "phone", nullable = false, length = 50)
    private List<String> phones = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Person() {}

    public Person(
            String name, Long organizationId, long ownerId, List<String> emails, List<String> phones, Instant now) {
        this.createdAt = now;
        change(name, organizationId, ownerId, emails, phones, now);
    }

    public void change(
            String name, Long organizationId, long ownerId, List<String> emails, List<String> phones, Instant now) {
        this.name = name;
        this.organizationId = organizationId;
        this.ownerId = ownerId;
        this.emails.clear();
        this.emails.addAll(emails);
        this.phones.clear();
        this.phones.addAll(phones);
        this.updatedAt = now;
    }

    public String getName() {
        return name;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public List<String> getEmails() {
        return List.copyOf(emails);
    }

    public List<String> getPhones() {
        return List.copyOf(phones);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
