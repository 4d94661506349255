package com.contas.common;

/**
 * A long job that runs on a schedule: {@link ScheduledJobs} starts it at {@code cron} through
 * {@link ExclusiveJobs}, so one instance runs it and never beside another long job.
 *
 * @param name what the log calls it
 * @param cron a Spring cron expression
 * @param body the work (its own transactions)
 */
public record ScheduledJob(String name, String cron, Runnable body) {}
