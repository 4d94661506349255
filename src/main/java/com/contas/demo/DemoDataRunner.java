package com.contas.demo;

import com.contas.account.AccountSummaryMaintainer;
import com.contas.currency.CurrencyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo data on the first start of demo mode ({@code contas.demo.enabled=true}), after
 * the initial users, then derives what the application derives from it: the conversion rates
 * and the account summary.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "contas.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoDataGenerator generator;
    private final DemoProperties properties;
    private final CurrencyService currencies;
    private final AccountSummaryMaintainer summaries;

    DemoDataRunner(DemoDataGenerator generator, DemoProperties properties, CurrencyService currencies,
            AccountSummaryMaintainer summaries) {
        this.generator = generator;
        this.properties = properties;
        this.currencies = currencies;
        this.summaries = summaries;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (generator.hasOrganizations()) {
            log.info("Demo data not created: the database already has organizations");
            return;
        }
        generator.generate(properties.size());
        currencies.refreshConversionRates();
        summaries.rebuildAll();
    }
}
