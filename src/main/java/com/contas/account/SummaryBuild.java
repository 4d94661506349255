package com.contas.account;

import com.contas.common.ExclusiveJobs.Outcome;

/**
 * What a build of account summary rows did.
 *
 * @param outcome       {@link Outcome#SKIPPED} when another long job held the lock (nothing was done)
 * @param organizations organizations whose rows were computed
 * @param batches       transactions it took
 * @param elapsedMillis wall-clock time
 */
public record SummaryBuild(Outcome outcome, long organizations, int batches, long elapsedMillis) {}
