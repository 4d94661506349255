package com.contas.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the test context at its own, new database: an in-memory H2 by default, or a fresh
 * database on the local PostgreSQL when {@code -Dcontas.test.db=postgresql} (the
 * {@code postgres-tests} Maven profile). The PostgreSQL database is dropped when the JVM ends.
 * A missing PostgreSQL fails the run: nothing skips quietly.
 *
 * <p>With {@code -Dcontas.test.database=NAME} (the benchmark) the database is kept between runs
 * instead: created on PostgreSQL if missing, or an H2 file under {@code target/bench-h2/}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PG_ADMIN_URL = env("CONTAS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String PG_USER = env("CONTAS_TEST_PG_USER", "postgres");
    public static final String PG_PASSWORD = env("CONTAS_TEST_PG_PASSWORD", "");

    public static boolean isPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("contas.test.db", "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String kept = System.getProperty("contas.test.database", "");
        if (!kept.isBlank()) {
            keptDatabase(context, kept);
            return;
        }
        String name =
                "contas_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (isPostgres()) {
            String url = createPostgresDatabase(name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropPostgresDatabase(name)));
            TestPropertyValues.of(
                            "spring.datasource.url=" + url,
                            "spring.datasource.username=" + PG_USER,
                            "spring.datasource.password=" + PG_PASSWORD)
                    .applyTo(context);
        } else {
            TestPropertyValues.of("spring.datasource.url=" + h2MemoryUrl(name)).applyTo(context);
        }
    }

    /** An in-memory H2 in PostgreSQL mode that lives until it is shut down or the JVM ends. */
    static String h2MemoryUrl(String name) {
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1";
    }

    /** Creates the database on the local PostgreSQL and returns its JDBC URL. */
    public static String createPostgresDatabase(String name) {
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
            return postgresUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL tests were asked for, but no database could be created at " + PG_ADMIN_URL + " as "
                            + PG_USER + ": " + e.getMessage(),
                    e);
        }
    }

    private static void keptDatabase(ConfigurableApplicationContext context, String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("contas.test.database must be a plain lower-case name: " + name);
        }
        if (isPostgres()) {
            boolean exists;
            try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD);
                    Statement s = c.createStatement();
                    var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                exists = rs.next();
            } catch (SQLException e) {
                throw new IllegalStateException("No PostgreSQL at " + PG_ADMIN_URL + ": " + e.getMessage(), e);
            }
            String url = exists ? postgresUrl(name) : createPostgresDatabase(name);
            TestPropertyValues.of(
                            "spring.datasource.url=" + url,
                            "spring.datasource.username=" + PG_USER,
                            "spring.datasource.password=" + PG_PASSWORD)
                    .applyTo(context);
        } else {
            TestPropertyValues.of("spring.datasource.url=jdbc:h2:file:./target/bench-h2/" + name
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE")
                    .applyTo(context);
        }
    }

    private static String postgresUrl(String name) {
        return PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name + "?reWriteBatchedInserts=true";
    }

    public static void dropPostgresDatabase(String name) {
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
