package com.contas.demo;

import com.contas.account.AccountSummaryMaintainer;
import com.contas.account.SummaryBuild;
import com.contas.common.ExclusiveJobs;
import com.contas.common.ExclusiveJobs.Outcome;
import com.contas.currency.CurrencyService;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo load as the application runs it on start-up ({@link DemoDataRunner}), and as the
 * benchmarks run it to get their data set: the rows ({@link DemoDataGenerator}, which then refreshes
 * the planner statistics), the conversion rates, and the account summary.
 *
 * <p>Crash-safe: the load is marked complete only at the very end, so a start that finds an
 * unfinished load resumes it (the rows after the last committed chunk, then the rates, and the
 * summary rows still missing). It runs as a long job ({@link ExclusiveJobs}): an instance starting
 * meanwhile skips it, and its own start-up catch-up skips too while the load runs.
 */
@Component
public class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoDataGenerator generator;
    private final CurrencyService currencies;
    private final AccountSummaryMaintainer summaries;
    private final ExclusiveJobs jobs;

    DemoLoader(
            DemoDataGenerator generator,
            CurrencyService currencies,
            AccountSummaryMaintainer summaries,
            ExclusiveJobs jobs) {
        this.generator = generator;
        this.currencies = currencies;
        this.summaries = summaries;
        this.jobs = jobs;
    }

    /**
     * What one load did.
     *
     * @param rows          the rows written (and the statistics refresh after them)
     * @param summary       the account summary build that followed
     * @param elapsedMillis wall-clock time of the whole load
     */
    public record Report(GenerationReport rows, SummaryBuild summary, long elapsedMillis) {}

    /**
     * Loads demo data of this size into a database without organizations, or finishes a load that
     * was interrupted (with the size it was started with).
     *
     * @return empty when nothing was loaded: the database has other data, or another job runs
     */
    public Optional<Report> loadIfEmpty(DemoSize size) {
        Report[] report = new Report[1];
        Outcome outcome = jobs.run("demo data", () -> report[0] = load(size));
        return outcome == Outcome.SKIPPED ? Optional.empty() : Optional.ofNullable(report[0]);
    }

    private Report load(DemoSize size) {
        long started = System.nanoTime();
        GenerationReport rows;
        if (generator.unfinishedLoad().isPresent()) {
            rows = generator.resume();
        } else if (generator.hasOrganizations()) {
            log.info("Demo data not created: the database already has organizations");
            return null;
        } else {
            rows = generator.generate(size);
        }
        currencies.refreshConversionRates();
        // The summary rows still missing: all of them after a fresh load, the rest after a crash mid-build.
        SummaryBuild summary = summaries.addMissingRows();
        generator.markComplete();
        Report report = new Report(rows, summary, (System.nanoTime() - started) / 1_000_000);
        log.info(
                "Demo data complete in {} ms: rows written in {} ms, planner statistics refreshed in {} ms, "
                        + "account summary of {} organizations built in {} ms ({} batches)",
                report.elapsedMillis(),
                rows.elapsedMillis(),
                rows.analyzeMillis(),
                summary.organizations(),
                summary.elapsedMillis(),
                summary.batches());
        return report;
    }
}
