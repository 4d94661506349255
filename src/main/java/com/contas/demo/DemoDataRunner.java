package com.contas.demo;

import com.contas.account.AccountSummaryMaintainer;
import com.contas.account.SummaryBuild;
import com.contas.common.ExclusiveJobs;
import com.contas.currency.CurrencyService;
import java.util.Optional;
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
 *
 * <p>Crash-safe: the load is marked complete only at the very end, so a start that finds an
 * unfinished load resumes it (the rows after the last committed chunk, then the rates, and the
 * summary rows still missing). It runs as a long job ({@link ExclusiveJobs}): a second instance
 * starting meanwhile skips it, and its own start-up catch-up skips too while the load runs.
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
    private final ExclusiveJobs jobs;

    DemoDataRunner(DemoDataGenerator generator, DemoProperties properties, CurrencyService currencies,
            AccountSummaryMaintainer summaries, ExclusiveJobs jobs) {
        this.generator = generator;
        this.properties = properties;
        this.currencies = currencies;
        this.summaries = summaries;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        jobs.run("demo data", this::load);
    }

    private void load() {
        Optional<DemoLoad> unfinished = generator.unfinishedLoad();
        if (unfinished.isPresent()) {
            generator.resume();
        } else if (generator.hasOrganizations()) {
            log.info("Demo data not created: the database already has organizations");
            return;
        } else {
            generator.generate(properties.size());
        }
        currencies.refreshConversionRates();
        // The summary rows still missing: all of them after a fresh load, the rest after a crash mid-build.
        SummaryBuild build = summaries.addMissingRows();
        generator.markComplete();
        log.info("Demo data complete: account summary of {} organizations built in {} ms ({} batches)",
                build.organizations(), build.elapsedMillis(), build.batches());
    }
}
