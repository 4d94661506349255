package com.contas;

import com.contas.account.AccountSummaryMaintainer;
import com.contas.common.ScheduledJob;
import com.contas.currency.CurrencyService;
import com.contas.security.SignInThrottle;
import com.contas.trash.TrashService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every scheduled long job of the application, in one place: each runs on one instance at a time
 * and never beside another long job on the same database (see {@code common/ExclusiveJobs}); an
 * instance that finds the lock taken skips the run and logs so. The start-up jobs (demo load,
 * summary catch-up) take the same lock.
 */
@Configuration(proxyBeanMethods = false)
class LongJobs {

    /** Nightly: the account summary compared with a recomputation; drifting and missing rows repaired. */
    @Bean
    ScheduledJob accountSummaryReconciliation(
            AccountSummaryMaintainer summaries, @Value("${contas.accounts.reconcile-cron:0 30 3 * * *}") String cron) {
        return new ScheduledJob("account summary reconciliation", cron, summaries::reconcileAndRepair);
    }

    /** Nightly: what has been in the trash for more than 30 days is deleted for good. */
    @Bean
    ScheduledJob trashPurge(TrashService trash, @Value("${contas.trash.purge-cron:0 15 3 * * *}") String cron) {
        return new ScheduledJob("trash purge", cron, trash::purge);
    }

    /**
     * Hourly: the rates in force looked at again (a rate dated tomorrow starts at the company's
     * midnight); when they change, every summary row's money columns are rewritten. A skipped hour
     * is caught up the next.
     */
    @Bean
    ScheduledJob currencyRefresh(
            CurrencyService currencies, @Value("${contas.currency.refresh-cron:0 1 * * * *}") String cron) {
        return new ScheduledJob("currency refresh", cron, currencies::refreshWhenTheDayChanges);
    }

    /** Hourly: sign-in throttle rows nobody touched for a day (their failures long forgotten) deleted. */
    @Bean
    ScheduledJob signInThrottlePurge(
            SignInThrottle throttle, @Value("${contas.security.throttle-purge-cron:0 45 * * * *}") String cron) {
        return new ScheduledJob("sign-in throttle purge", cron, throttle::purge);
    }
}
