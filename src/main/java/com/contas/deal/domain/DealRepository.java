package com.contas.deal.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DealRepository extends JpaRepository<Deal, Long> {

    Optional<Deal> findByIdAndDeletedAtIsNull(Long id);
}
