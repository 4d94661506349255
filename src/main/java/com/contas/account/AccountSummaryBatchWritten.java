package com.contas.account;

/**
 * A batch of a summary build committed: its rows are complete. Published after each batch (for
 * progress, and for tests that interrupt a build half way).
 *
 * @param batch         1-based number of this batch
 * @param batches       batches in the build
 * @param organizations organizations done so far
 */
public record AccountSummaryBatchWritten(int batch, int batches, long organizations) {}
