package com.contas.customfield.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomFieldRepository extends JpaRepository<CustomField, Long> {

    List<CustomField> findByArchivedFalseOrderByPositionAscIdAsc();

    /** All fields in the admin's order; a handful, defined by admins. */
    List<CustomField> findAllByOrderByPositionAscIdAsc();

    @Query(value = "select count(*) from custom_field_value where field_id = :fieldId", nativeQuery = true)
    long countValues(@Param("fieldId") long fieldId);
}
