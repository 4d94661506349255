package com.contas.testsupport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The Vaadin sessions that real HTTP clients opened on the test's server, so that a test can do
 * on the server what a click would do (select a tab) and read an element's address (an upload's
 * target, a download link) while the bytes themselves go over real sockets.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OpenSessions {

    private final List<VaadinSession> sessions = new CopyOnWriteArrayList<>();

    @Bean
    VaadinServiceInitListener recordOpenSessions() {
        return event -> event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
    }

    /** Runs {@code work} on the newest UI of the newest session, under its lock, as a request would. */
    public <T> T inNewestUi(Function<UI, T> work) {
        VaadinSession session = sessions.get(sessions.size() - 1);
        AtomicReference<T> result = new AtomicReference<>();
        try {
            session.access(() -> {
                        UI ui = session.getUIs().stream()
                                .reduce((first, second) -> second)
                                .orElseThrow();
                        UI previous = UI.getCurrent();
                        UI.setCurrent(ui);
                        try {
                            result.set(work.apply(ui));
                        } finally {
                            UI.setCurrent(previous);
                        }
                    })
                    .get(10, TimeUnit.SECONDS);
            return result.get();
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every component below {@code root}, depth first. */
    public static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(OpenSessions::descendants));
    }
}
