package com.contas.testsupport;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, makes the global {@link SecurityContextHolder} use the security-context strategy
 * of the test's own application context. Vaadin's security configuration installs its strategy
 * globally when a context starts, so a second context in the same JVM (the whole app on a random
 * port, a second instance) would otherwise leave the shared test context signing users in where its
 * own method security never looks ("An Authentication object was not found"). Registered for every
 * Spring test in {@code META-INF/spring.factories}.
 */
public class OwnSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // After dependency injection (2000), which loads the context; before @WithMockUser's listener.
        return 2100;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
