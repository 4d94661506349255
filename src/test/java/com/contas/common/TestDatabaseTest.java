package com.contas.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.testsupport.DbTest;
import com.contas.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DbTest
class TestDatabaseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_database_tests_run_on_the_database_that_was_asked_for() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestDatabase.isPostgres() ? "PostgreSQL" : "H2");
            assertThat(c.getMetaData().getURL()).contains("contas_test_");
        }
    }
}
