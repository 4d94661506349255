package com.contas.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.contas.testsupport.FreshDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A batch of a long job is stopped by the server when it runs over the jobs' timeout (so nothing
 * keeps running after the client gave up), and the timeout ends with the batch's transaction: the
 * connection goes back to the pool with its own default.
 */
@Tag("pgonly")
class JobTransactionsTest {

    private final FreshDatabase database = FreshDatabase.postgres();
    private final SingleConnectionDataSource connection =
            new SingleConnectionDataSource(database.url(), database.user(), database.password(), true);
    private final JdbcTemplate jdbc = new JdbcTemplate(connection);
    private final JobTransactions batches =
            new JobTransactions(jdbc, connection, new DataSourceTransactionManager(connection), Duration.ofMillis(300));

    @AfterEach
    void drop() {
        connection.destroy();
        database.close();
    }

    @Test
    void a_batch_over_its_timeout_is_cancelled_by_the_server_and_the_timeout_ends_with_the_batch() {
        Throwable timedOut = catchThrowable(() -> batches.inBatch(() -> jdbc.queryForList("select pg_sleep(5)")));

        assertThat(timedOut)
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("canceling statement due to statement timeout");
        assertThat(database.jdbc()
                        .queryForObject(
                                "select count(*) from pg_stat_activity where query like "
                                        + "'select pg_sleep(5)%' and state = 'active'",
                                Long.class))
                .as("nothing left running")
                .isZero();
        assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("0");
        assertThat(batches.inBatch(() -> jdbc.queryForObject("show statement_timeout", String.class)))
                .isEqualTo("300ms");
    }
}
