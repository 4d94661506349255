package com.contas.currency.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CurrencyRepository extends JpaRepository<Currency, String> {

    List<Currency> findByActiveTrueOrderByCodeAsc();

    boolean existsByCodeAndActiveTrue(String code);
}
