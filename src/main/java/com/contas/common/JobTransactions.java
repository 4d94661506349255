package com.contas.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of long jobs: each batch commits on its own, so that a job holds its locks for
 * one batch only and a crash loses at most the batch in progress, and each batch is bounded by a
 * server-side {@code statement_timeout} of its own ({@code contas.jobs.statement-timeout}).
 *
 * <p>Server-side, never a client socket timeout: a client that gives up leaves PostgreSQL running
 * the abandoned statement with its locks; a statement timeout stops it in the server. It is set
 * with {@code SET LOCAL} in every batch, so that a job is bound by its own limit, not by the
 * connection's default for interactive reads. H2 (embedded, one instance) has no per-transaction
 * timeout; there the batch size alone bounds a batch.
 */
@Component
public class JobTransactions {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final boolean postgres;
    private final long timeoutMillis;

    public JobTransactions(
            JdbcTemplate jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            @Value("${contas.jobs.statement-timeout:5m}") Duration statementTimeout) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.postgres = Databases.isPostgres(dataSource);
        this.timeoutMillis = statementTimeout.toMillis();
    }

    /** Runs one batch of a job in a transaction of its own, under the job's statement timeout. */
    public <T> T inBatch(Supplier<T> batch) {
        return transactions.execute(status -> {
            useJobTimeoutInThisTransaction();
            return batch.get();
        });
    }

    /**
     * Gives the rest of the current transaction the jobs' statement timeout instead of the
     * connection's default for interactive reads: for a write that must rewrite every summary row
     * in its own transaction (a change of conversion rates).
     */
    public void useJobTimeoutInThisTransaction() {
        if (postgres) {
            jdbc.execute("set local statement_timeout = " + timeoutMillis);
        }
    }

    /**
     * Refreshes the planner statistics of these tables and, on PostgreSQL, vacuums them. After a
     * bulk load PostgreSQL plans with what it knew of the empty tables (and nothing refreshes them
     * while autovacuum is off): the summary build then ran for over 8 minutes instead of 28 s. The
     * vacuum clears the dead rows a full summary build leaves (one per organization) and marks the
     * pages all-visible, which index-only scans (the list's count, the board's sums) need: without
     * it those reads were 2-5 times slower after a load. VACUUM cannot run in a transaction, so it
     * runs on a connection of its own in auto-commit, under the jobs' statement timeout.
     */
    public void analyze(String... tables) {
        for (String table : tables) {
            if (!table.matches("[a-z_]+")) {
                throw new IllegalArgumentException("Not a table name: " + table);
            }
            if (postgres) {
                vacuumAnalyze(table);
            } else {
                inBatch(() -> {
                    jdbc.execute("analyze table " + table);
                    return null;
                });
            }
        }
    }

    private void vacuumAnalyze(String table) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                statement.execute("set statement_timeout = " + timeoutMillis);
                statement.execute("vacuum (analyze) " + table);
            } finally {
                // The connection goes back to the pool: it gets the interactive default again.
                statement.execute("reset statement_timeout");
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not vacuum and analyze " + table, e);
        }
    }

    public boolean postgres() {
        return postgres;
    }
}
