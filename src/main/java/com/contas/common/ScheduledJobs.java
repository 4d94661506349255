package com.contas.common;

import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Schedules every {@link ScheduledJob} bean, each run under {@link ExclusiveJobs}; a cron of "-" turns one off. */
@Component
class ScheduledJobs implements SchedulingConfigurer {

    private final List<ScheduledJob> jobs;
    private final ExclusiveJobs exclusive;

    ScheduledJobs(List<ScheduledJob> jobs, ExclusiveJobs exclusive) {
        this.jobs = jobs;
        this.exclusive = exclusive;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        for (ScheduledJob job : jobs) {
            if (Scheduled.CRON_DISABLED.equals(job.cron())) {
                continue;
            }
            registrar.addCronTask(() -> exclusive.run(job.name(), job.body()), job.cron());
        }
    }
}
