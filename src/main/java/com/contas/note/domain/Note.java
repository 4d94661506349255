package com.contas.note.domain;

import com.contas.common.SoftDeletable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "note")
public class Note extends SoftDeletable {

    @Column(nullable = false, length = 10000)
    private String body;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "deal_id")
    private Long dealId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "edited_by")
    private Long editedBy;

    @Column(name = "edited_at")
    private Instant editedAt;

    protected Note() {}

    public Note(String body, long authorId, Long organizationId, Long personId, Long dealId, Instant now) {
        this.body = body;
        this.authorId = authorId;
        this.organizationId = organizationId;
        this.personId = personId;
        this.dealId = dealId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new text, by {@code editor}: the author stays who wrote it, the editor and time are kept beside. */
    public void edit(String body, long editor, Instant now) {
        this.body = body;
        this.editedBy = editor;
        this.editedAt = now;
        this.updatedAt = now;
    }

    public void pin(boolean pinned, Instant now) {
        this.pinned = pinned;
        this.updatedAt = now;
    }

    public String getBody() {
        return body;
    }

    public boolean isPinned() {
        return pinned;
    }

    public long getAuthorId() {
        return authorId;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Who last edited the text, or null when nobody has since it was written. */
    public Long getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
