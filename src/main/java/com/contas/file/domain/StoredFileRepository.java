package com.contas.file.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    Optional<StoredFile> findByIdAndDeletedAtIsNull(Long id);

    /** Bytes held by a user's files, those in the trash included (they are stored until the purge). */
    @Query("select coalesce(sum(f.sizeBytes), 0) from StoredFile f where f.uploaderId = ?1")
    long bytesStoredBy(long uploaderId);
}
