package com.contas.file.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "stored_file_content")
public class StoredFileContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Column(nullable = false)
    private byte[] content;

    protected StoredFileContent() {}

    public StoredFileContent(long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
