package com.contas.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.contas.security.DemoUser;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.Screen;
import com.vaadin.flow.component.Component;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Whatever goes wrong while a screen opens, the user sees one of the app's own pages and nothing of
 * its insides: an address that cannot name anything is "Page not found"; any other failure is
 * "Something went wrong" with a reference, which is logged on the server with the stack trace.
 */
class NavigationErrorsTest extends KaribuTestBase {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger handlerLog = (Logger) LoggerFactory.getLogger(UiErrorHandler.class);

    @BeforeEach
    void signedInAndLogged() {
        log.start();
        handlerLog.addAppender(log);
        signIn(DemoUser.USER);
    }

    @AfterEach
    void stopLogging() {
        handlerLog.detachAppender(log);
    }

    private static Component shown() {
        return (Component) ui().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static String page() {
        return Screen.visibleText(shown()) + " " + String.join(" ", Screen.notifications());
    }

    /** Nothing a user should read: exception names, messages, stack frames, SQL. */
    static void assertNoInternals(String page) {
        assertThat(page)
                .doesNotContain("Exception")
                .doesNotContain("For input string")
                .doesNotContain("java.")
                .doesNotContain("at com.")
                .doesNotContain("SELECT")
                .doesNotContain("password_hash");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "accounts/99999999999999999999",
                "accounts/9223372036854775808",
                "accounts/board/99999999999999999999",
                "accounts/-5",
                "accounts/abc",
                "accounts/board/abc",
                "organizations/99999999999999999999",
                "organizations/-1",
                "organizations/1e3",
                "people/99999999999999999999",
                "people/-1",
                "people/abc",
                "deals/99999999999999999999",
                "deals/-1",
                "deals/abc"
            })
    void an_id_that_cannot_exist_shows_page_not_found(String address) {
        MockUi.load(address);

        assertThat(shown()).isInstanceOf(NotFoundView.class);
        assertThat(page()).contains("Page not found");
        assertNoInternals(page());
    }

    @Test
    void an_exception_while_a_screen_opens_shows_a_reference_and_nothing_of_the_exception() {
        MockUi.load("test/throws");

        String page = page();
        assertThat(page).contains("Something went wrong");
        Matcher reference = Pattern.compile("reference ([0-9a-f]{8})").matcher(page);
        assertThat(reference.find()).as("a reference in: %s", page).isTrue();
        assertNoInternals(page);
        assertThat(page).doesNotContain(ThrowingTestView.SECRET).doesNotContain("42x");

        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains(reference.group(1));
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo(ThrowingTestView.SECRET);
            assertThat(event.getThrowableProxy().getStackTraceElementProxyArray())
                    .isNotEmpty();
        });
    }
}
