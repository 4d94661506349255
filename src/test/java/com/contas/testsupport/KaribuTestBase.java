package com.contas.testsupport;

import com.contas.security.DemoUser;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.io.File;
import java.security.Principal;
import java.util.Locale;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * View tests with Karibu on the real Spring context. Karibu 2.5.0 runs no servlet filter, so the
 * fake request answers {@code getUserPrincipal()} and {@code isUserInRole()} from Spring
 * Security's context, as Spring's filter would; {@link #signIn} fills that context.
 */
@ContasTest
public abstract class KaribuTestBase {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected TestData data;
    @Autowired
    protected MutableClock clock;

    private Function1<FakeHttpSession, FakeRequest> originalRequestFactory;

    @BeforeEach
    void setUpVaadin() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.contas");
        }
        data.reset();
        clock.reset();
        originalRequestFactory = MockVaadin.getMockRequestFactory();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    return signedIn();
                }
            };
            request.setUserInRole((principal, role) -> {
                Authentication auth = signedIn();
                return auth != null && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            });
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(originalRequestFactory);
        SecurityContextHolder.clearContext();
        File[] leftovers = new File(System.getProperty("java.io.tmpdir"))
                .listFiles((dir, name) -> name.startsWith("flow-build-info") && name.endsWith(".json"));
        if (leftovers != null) {
            for (File f : leftovers) {
                f.delete();
            }
        }
    }

    private static Authentication signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? null : auth;
    }

    /** Signs a demo user in; the next navigation sees them. */
    protected void signIn(DemoUser user) {
        data.signIn(user);
    }

    protected static UI ui() {
        return UI.getCurrent();
    }
}
