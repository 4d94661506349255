package com.contas.testsupport;

import com.contas.security.DemoUser;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** View tests with Karibu on the real Spring context, a clean database and a settable clock. */
@ContasTest
public abstract class KaribuTestBase {

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestData data;

    @Autowired
    protected MutableClock clock;

    @BeforeEach
    void setUpVaadin() {
        data.reset();
        clock.reset();
        MockUi.setUp(context);
    }

    @AfterEach
    void tearDownVaadin() {
        MockUi.tearDown();
    }

    /** Signs a demo user in; the next navigation sees them. */
    protected void signIn(DemoUser user) {
        data.signIn(user);
    }

    protected static UI ui() {
        return UI.getCurrent();
    }
}
