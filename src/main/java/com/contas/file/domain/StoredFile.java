package com.contas.file.domain;

import com.contas.common.SoftDeletable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file's metadata; its bytes are a {@link StoredFileContent} so that listing never reads them. */
@Entity
@Table(name = "stored_file")
public class StoredFile extends SoftDeletable {

    @Column(nullable = false)
    private String name;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploader_id", nullable = false)
    private long uploaderId;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "deal_id")
    private Long dealId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFile() {}

    public StoredFile(
            String name,
            String contentType,
            long sizeBytes,
            long uploaderId,
            Long organizationId,
            Long personId,
            Long dealId,
            Instant now) {
        this.name = name;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploaderId = uploaderId;
        this.organizationId = organizationId;
        this.personId = personId;
        this.dealId = dealId;
        this.createdAt = now;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public long getUploaderId() {
        return uploaderId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getDealId() {
        return dealId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
