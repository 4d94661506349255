package com.contas.customfield.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomFieldRepository extends JpaRepository<CustomField, Long> {

    List<CustomField> findByArchivedFalseOrderByPositionAscIdAsc();
}
