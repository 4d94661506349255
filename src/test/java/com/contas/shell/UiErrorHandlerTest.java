package com.contas.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.contas.account.ui.list.AccountListView;
import com.contas.security.DemoUser;
import com.contas.testsupport.KaribuTestBase;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What the user and the server log get when a screen action fails. The failure is thrown where the
 * framework runs a screen's work, so it reaches the session's error handler as a click would.
 */
class UiErrorHandlerTest extends KaribuTestBase {

    private static final String SECRET = "column secret_salary does not exist";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger handlerLog = (Logger) LoggerFactory.getLogger(UiErrorHandler.class);

    @BeforeEach
    void captureTheLog() {
        log.start();
        handlerLog.addAppender(log);
        signIn(DemoUser.USER);
        ui().navigate(AccountListView.class);
    }

    @AfterEach
    void stopCapturing() {
        handlerLog.detachAppender(log);
    }

    private static List<String> failWith(RuntimeException failure) {
        NotificationsKt.clearNotifications();
        ui().access(() -> {
            throw failure;
        });
        MockVaadin.runUIQueue(true);
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
    }

    private static List<String> causeMessages(IThrowableProxy proxy) {
        List<String> messages = new ArrayList<>();
        for (IThrowableProxy p = proxy; p != null; p = p.getCause()) {
            messages.add(p.getMessage());
        }
        return messages;
    }

    @Test
    void every_session_reports_its_errors_through_the_handler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UiErrorHandler.class);
    }

    @Test
    void an_unexpected_failure_shows_a_reference_and_logs_the_stack_trace_under_it() {
        List<String> shown = failWith(new IllegalStateException(SECRET));

        assertThat(shown).hasSize(1);
        Matcher reference = Pattern.compile("Something went wrong\\. Please try again\\. If it keeps happening, "
                        + "tell your administrator the reference ([0-9a-f]{8})\\.")
                .matcher(shown.get(0));
        assertThat(reference.matches()).as(shown.get(0)).isTrue();
        assertThat(shown.get(0)).doesNotContain("secret_salary").doesNotContain("IllegalStateException");

        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains(reference.group(1));
            assertThat(causeMessages(event.getThrowableProxy())).contains(SECRET);
            assertThat(event.getThrowableProxy().getStackTraceElementProxyArray())
                    .isNotEmpty();
        });
    }

    @Test
    void the_reference_is_new_for_every_failure() {
        String first = failWith(new IllegalStateException(SECRET)).get(0);
        String second = failWith(new IllegalStateException(SECRET)).get(0);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_database_that_cannot_be_reached_asks_to_try_again_in_a_moment() {
        List<String> shown = failWith(new CannotCreateTransactionException(
                "Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

        assertThat(shown).containsExactly("The database is not reachable right now; try again in a moment.");
        assertThat(log.list)
                .singleElement()
                .satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.WARN));
    }

    @Test
    void the_try_again_message_speaks_portuguese_to_a_brazilian_user() {
        ui().setLocale(new Locale("pt", "BR"));
        List<String> shown = failWith(new RuntimeException(
                "wrapped", new org.springframework.dao.DataAccessResourceFailureException("connection refused")));

        assertThat(shown).containsExactly("O banco de dados não está acessível agora; tente de novo em instantes.");
    }

    /** How Spring reports PostgreSQL's cancel at statement_timeout: class 57 reads as a resource failure. */
    private static RuntimeException cancelledAtTheStatementTimeout() {
        return new org.springframework.dao.DataAccessResourceFailureException(
                "PreparedStatementCallback",
                new java.sql.SQLException("ERROR: canceling statement due to statement timeout", "57014"));
    }

    @Test
    void a_statement_cancelled_at_the_timeout_asks_to_narrow_the_search_not_that_the_database_is_away() {
        List<String> shown = failWith(cancelledAtTheStatementTimeout());

        assertThat(shown).containsExactly("That took too long; narrow the search or try again.");
        assertThat(log.list)
                .singleElement()
                .satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.WARN));
    }

    @Test
    void a_query_timeout_as_spring_reports_it_gets_the_same_message_in_portuguese() {
        ui().setLocale(new Locale("pt", "BR"));
        List<String> shown = failWith(new org.springframework.dao.QueryTimeoutException("timed out"));

        assertThat(shown).containsExactly("Isso demorou demais; refine a busca ou tente de novo.");
    }
}
