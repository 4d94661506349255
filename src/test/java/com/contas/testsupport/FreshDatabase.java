package com.contas.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An empty database of its own for a test that starts (and restarts) the application itself: on the
 * local PostgreSQL when the run is on PostgreSQL ({@link TestDatabase#isPostgres()}), else an
 * in-memory H2 that outlives the application contexts until {@link #close()}.
 */
public final class FreshDatabase implements AutoCloseable {

    private final String name;
    private final String url;
    private final boolean postgres;
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    private FreshDatabase(boolean postgres) {
        this.postgres = postgres;
        this.name =
                "contas_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.url = postgres ? TestDatabase.createPostgresDatabase(name) : TestDatabase.h2MemoryUrl(name);
    }

    /** On the run's database (H2, or PostgreSQL in the postgres-tests profile). */
    public static FreshDatabase create() {
        return new FreshDatabase(TestDatabase.isPostgres());
    }

    /** On PostgreSQL whatever the run (tests that need PostgreSQL itself). */
    public static FreshDatabase postgres() {
        return new FreshDatabase(true);
    }

    public String url() {
        return url;
    }

    public String user() {
        return postgres ? TestDatabase.PG_USER : "sa";
    }

    public String password() {
        return postgres ? TestDatabase.PG_PASSWORD : "";
    }

    private String[] datasourceArgs() {
        return new String[] {
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + user(),
            "--spring.datasource.password=" + password()
        };
    }

    /** Plain JDBC to this database, a new connection per statement (outside any application context). */
    public JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, user(), password()));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    /**
     * Starts the application on this database (see {@link AppInstance#start}); it is stopped by
     * {@link #close()} if the test has not stopped it.
     */
    public ConfigurableApplicationContext start(String profile, List<Class<?>> extraSources, String... args) {
        String[] all =
                Stream.concat(Stream.of(args), Stream.of(datasourceArgs())).toArray(String[]::new);
        ConfigurableApplicationContext app = AppInstance.start(profile, extraSources, all);
        started.add(app);
        return app;
    }

    /** Stops the applications started on it, then drops the database. */
    @Override
    public void close() {
        started.forEach(ConfigurableApplicationContext::close);
        if (postgres) {
            TestDatabase.dropPostgresDatabase(name);
            return;
        }
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("shutdown");
        } catch (SQLException e) {
            System.err.println("Could not shut down test database " + name + ": " + e.getMessage());
        }
    }
}
