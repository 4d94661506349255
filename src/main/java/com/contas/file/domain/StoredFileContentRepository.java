package com.contas.file.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredFileContentRepository extends JpaRepository<StoredFileContent, Long> {}
