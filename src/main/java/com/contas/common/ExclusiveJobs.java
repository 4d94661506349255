package com.contas.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the long jobs (start-up catch-up, nightly reconciliation, demo build, trash purge, currency
 * refresh) one at a time per database: a job that finds another one running, here or on another
 * instance, is skipped and says so, rather than waiting or running beside it on the same rows.
 *
 * <p>On PostgreSQL the lock is a session advisory lock held on a connection of its own for the
 * job's duration, so it spans the job's many batch transactions and is released by the server if
 * the instance dies. On H2 (one instance by design) a lock in this JVM is enough. A job started
 * from inside another (the demo build runs the summary build) runs under the lock it already holds.
 */
@Component
public class ExclusiveJobs {

    /** The one advisory lock key of Contas' long jobs (any constant no other code uses). */
    static final long LOCK_KEY = 0x436f6e7461734aL;

    private static final Logger log = LoggerFactory.getLogger(ExclusiveJobs.class);

    private final DataSource dataSource;
    private final boolean postgres;
    private final ReentrantLock local = new ReentrantLock();
    private final ThreadLocal<String> running = new ThreadLocal<>();

    public ExclusiveJobs(DataSource dataSource) {
        this.dataSource = dataSource;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** Whether a job ran or was skipped because another held the lock. */
    public enum Outcome {
        RAN,
        SKIPPED
    }

    /**
     * Runs {@code job} unless another long job holds the lock.
     *
     * @return {@link Outcome#SKIPPED} (and a log line) when another job, here or on another instance, runs
     */
    public Outcome run(String name, Runnable job) {
        if (running.get() != null) {
            job.run();
            return Outcome.RAN;
        }
        return postgres ? runUnderAdvisoryLock(name, job) : runUnderLocalLock(name, job);
    }

    private Outcome runUnderLocalLock(String name, Runnable job) {
        if (!local.tryLock()) {
            log.info("Job '{}' skipped: another job is running", name);
            return Outcome.SKIPPED;
        }
        try {
            return runHolding(name, job);
        } finally {
            local.unlock();
        }
    }

    private Outcome runUnderAdvisoryLock(String name, Runnable job) {
        try (Connection lockConnection = dataSource.getConnection()) {
            lockConnection.setAutoCommit(true);
            if (!advisory(lockConnection, "select pg_try_advisory_lock(?)")) {
                log.info("Job '{}' skipped: another job is running on this database (this or another instance)", name);
                return Outcome.SKIPPED;
            }
            try {
                return runHolding(name, job);
            } finally {
                advisory(lockConnection, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Job '" + name + "': the job lock could not be taken or released", e);
        }
    }

    private Outcome runHolding(String name, Runnable job) {
        running.set(name);
        try {
            job.run();
            return Outcome.RAN;
        } finally {
            running.remove();
        }
    }

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
