package com.contas.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.contas.testsupport.PostgresProfileApp;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The postgres profile gives every pooled connection a server-side statement timeout: a statement
 * that runs too long is cancelled by PostgreSQL itself (nothing left running after the user gave
 * up), and what the application gets is what the screens' error handler turns into "that took too
 * long" (see UiErrorHandlerTest).
 */
@PostgresProfileApp
class StatementTimeoutTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_pooled_connection_has_a_five_second_statement_timeout() {
        for (int i = 0; i < 3; i++) {
            assertThat(jdbc.queryForObject("show statement_timeout", String.class))
                    .isEqualTo("5s");
        }
    }

    @Test
    void a_statement_past_the_timeout_is_cancelled_by_the_server_and_leaves_nothing_running() {
        long started = System.nanoTime();
        Throwable failure =
                catchThrowable(() -> jdbc.queryForObject("select pg_sleep(30) /* starve-probe */", String.class));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure).isNotNull();
        assertThat(sqlStates(failure)).contains("57014");
        assertThat(took).isBetween(Duration.ofMillis(4500), Duration.ofSeconds(10));
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_stat_activity where query like '%starve-probe%' "
                                + "and state = 'active' and pid <> pg_backend_pid()",
                        Long.class))
                .isZero();
    }

    private static List<String> sqlStates(Throwable failure) {
        List<String> states = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                states.add(sql.getSQLState());
            }
        }
        return states;
    }
}
