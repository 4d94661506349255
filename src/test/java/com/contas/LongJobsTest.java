package com.contas;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.testsupport.ContasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** Every scheduled long job is scheduled, at its documented time. */
@ContasTest
class LongJobsTest {

    @Autowired
    ScheduledTaskHolder scheduled;

    @Test
    void the_nightly_reconciliation_the_trash_purge_the_hourly_currency_refresh_and_throttle_purge_are_scheduled() {
        assertThat(scheduled.getScheduledTasks())
                .map(t -> t.getTask())
                .filteredOn(CronTask.class::isInstance)
                .map(t -> ((CronTask) t).getExpression())
                .contains("0 30 3 * * *", "0 15 3 * * *", "0 1 * * * *", "0 45 * * * *");
    }
}
