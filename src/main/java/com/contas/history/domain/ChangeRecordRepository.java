package com.contas.history.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRecordRepository extends JpaRepository<ChangeRecord, Long> {

    List<ChangeRecord> findByOrganizationIdOrderByChangedAtDescIdDesc(long organizationId, Pageable page);

    List<ChangeRecord> findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(String entityType, long entityId);
}
