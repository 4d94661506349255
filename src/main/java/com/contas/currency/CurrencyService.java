package com.contas.currency;

import com.contas.currency.domain.CurrencyRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The currencies deals may use (ISO 4217 codes maintained by admins). */
@Service
public class CurrencyService {

    private final CurrencyRepository currencies;

    CurrencyService(CurrencyRepository currencies) {
        this.currencies = currencies;
    }

    @Transactional(readOnly = true)
    public boolean isActive(String code) {
        return code != null && code.length() == 3 && currencies.existsByCodeAndActiveTrue(code);
    }

    @Transactional(readOnly = true)
    public List<CurrencyInfo> activeCurrencies() {
        return currencies.findByActiveTrueOrderByCodeAsc().stream()
                .map(c -> new CurrencyInfo(c.getCode(), c.getName(), c.getFractionDigits())).toList();
    }
}
