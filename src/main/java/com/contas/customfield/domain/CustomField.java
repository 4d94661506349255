package com.contas.customfield.domain;

import com.contas.common.AbstractEntity;
import com.contas.customfield.CustomFieldType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "custom_field")
public class CustomField extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustomFieldType type;

    /** Newline-separated choices of an OPTION field. */
    @Column(length = 4000)
    private String options;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CustomField() {}

    public CustomField(String name, CustomFieldType type, String options, int position, Instant createdAt) {
        this.name = name;
        this.type = type;
        this.options = options;
        this.position = position;
        this.createdAt = createdAt;
    }

    public void change(String name, CustomFieldType type, String options) {
        this.name = name;
        this.type = type;
        this.options = options;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public String getName() {
        return name;
    }

    public CustomFieldType getType() {
        return type;
    }

    public String getOptions() {
        return options;
    }

    public int getPosition() {
        return position;
    }

    public boolean isArchived() {
        return archived;
    }
}
