package com.contas.settings.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanySettingsRepository extends JpaRepository<CompanySettingsRow, Integer> {}
