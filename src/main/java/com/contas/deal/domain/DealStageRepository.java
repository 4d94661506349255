package com.contas.deal.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DealStageRepository extends JpaRepository<DealStage, Long> {

    List<DealStage> findAllByOrderByPositionAsc();
}
