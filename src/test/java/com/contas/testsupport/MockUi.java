package com.contas.testsupport;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.io.File;
import java.security.Principal;
import java.util.Locale;
import kotlin.jvm.functions.Function1;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A Karibu UI on the real Spring context. Karibu 2.5.0 runs no servlet filter, so the fake request
 * answers {@code getUserPrincipal()} and {@code isUserInRole()} from Spring Security's context, as
 * Spring's filter would.
 */
public final class MockUi {

    private static Routes routes;
    private static Function1<FakeHttpSession, FakeRequest> originalRequestFactory;

    private MockUi() {}

    public static void setUp(ApplicationContext context) {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.contas");
        }
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
                return auth != null
                        && auth.getAuthorities().stream()
                                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            });
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /**
     * Opens an address as the browser does when it is typed or bookmarked (a page load). Unlike
     * {@code UI.navigate}, which hands an address no server route matches to the client-side router
     * (so that in Karibu nothing happens), this shows the app's not-found page for it.
     */
    public static void load(String address) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(address), NavigationTrigger.PAGE_LOAD);
    }

    public static void tearDown() {
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
}
