package com.contas.common;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which database the application runs on, for the few statements that differ (locks, timeouts, statistics). */
final class Databases {

    private Databases() {}

    static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
