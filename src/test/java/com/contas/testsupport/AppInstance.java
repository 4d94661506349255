package com.contas.testsupport;

import com.contas.Application;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Starts the whole application once more in this JVM, as a second instance or as a restart: its
 * own beans, pool and jobs, in a mock servlet environment like the test's own context.
 */
public final class AppInstance {

    private AppInstance() {}

    /** The command-line arguments that point another instance at the database of {@code env}'s context. */
    public static String[] sameDatabaseAs(Environment env) {
        return new String[] {
            "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
            "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
            "--spring.datasource.password=" + env.getProperty("spring.datasource.password", "")
        };
    }

    /**
     * Starts the application with these profiles and command-line arguments; {@code extraSources}
     * add beans (a fault to inject). Vaadin's security integration installs its own holder strategy
     * when a context starts; the caller's beans keep using the first one, so it is put back.
     */
    public static ConfigurableApplicationContext start(String profile, List<Class<?>> extraSources, String... args) {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        List<Class<?>> sources = new ArrayList<>(List.of(Application.class));
        sources.addAll(extraSources);
        try {
            return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                    .web(WebApplicationType.SERVLET)
                    .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                    .profiles(profile)
                    .run(args);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
