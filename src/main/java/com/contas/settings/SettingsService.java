package com.contas.settings;

import com.contas.settings.domain.CompanySettingsRepository;
import com.contas.settings.domain.CompanySettingsRow;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SettingsService {

    private final CompanySettingsRepository settings;

    SettingsService(CompanySettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public CompanySettings get() {
        CompanySettingsRow row = settings.findById(1).orElseThrow(
                () -> new IllegalStateException("company_settings row 1 is missing; migrations not applied?"));
        return new CompanySettings(row.getDefaultCurrency(), ZoneId.of(row.getTimeZone()), row.getFirstDayOfWeek(),
                row.getNotContactedDays(), row.getVersion());
    }
}
