package com.contas.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.Application;
import com.contas.account.AccountSummaryMaintainer;
import com.contas.file.FileService;
import com.contas.link.Links;
import com.contas.testsupport.ServiceTestBase;
import com.contas.testsupport.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * deploy/backup.sh and deploy/restore.sh as an operator runs them: back up the test database
 * (accounts, deals, activities, a file), restore it into a new database, start the app there with
 * the {@code postgres} profile, and find the same accounts' numbers, the same file bytes, and a
 * reconciliation without drift. The large data set's times and sizes are in the README.
 */
@Tag("pgonly")
class BackupRestoreTest extends ServiceTestBase {

    @Autowired
    FileService files;

    @Autowired
    JdbcTemplate jdbc;

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
        return output;
    }

    private static final String SUMMARY = "select * from account_summary order by organization_id";

    @Test
    void a_backup_restored_into_a_new_database_starts_the_app_with_the_same_numbers_and_files() throws Exception {
        long acme = organization("Acme").id();
        deals.markWon(deal(acme, "1250.50", "BRL").id(), 0);
        deal(acme, "99", "BRL");
        activity(acme, null, null, LocalDate.now().plusDays(3));
        long bruno = organization("Bruno").id();
        deals.markWon(deal(bruno, "10", "USD").id(), 0);
        byte[] content = "Contrato assinado — versão final".getBytes(StandardCharsets.UTF_8);
        long file = files.upload(
                        "contrato.txt", "text/plain", new ByteArrayInputStream(content), new Links(acme, null, null))
                .id();
        List<Map<String, Object>> summaryBefore = jdbc.queryForList(SUMMARY);

        String database = jdbc.queryForObject("select current_database()", String.class);
        String restored = "contas_restored_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Path dump = Files.createTempFile("contas-backup", ".dump");
        ConfigurableApplicationContext app = null;
        try {
            String backup = run("deploy/backup.sh", database, dump.toString());
            String restore = run("deploy/restore.sh", dump.toString(), restored);
            System.out.print(backup + restore);
            assertThat(backup).contains("backup: database " + database);
            assertThat(restore).contains("restore: ");

            app = new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.SERVLET)
                    .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                    .profiles("postgres")
                    .run(
                            "--spring.datasource.url="
                                    + TestDatabase.PG_ADMIN_URL.replaceFirst("/[^/]*$", "/" + restored),
                            "--spring.datasource.username=" + TestDatabase.PG_USER,
                            "--spring.datasource.password=" + TestDatabase.PG_PASSWORD,
                            "--logging.level.root=warn",
                            "--spring.main.banner-mode=off");
            JdbcTemplate restoredJdbc = app.getBean(JdbcTemplate.class);
            assertThat(app.getBean(AccountSummaryMaintainer.class).reconcile().clean())
                    .isTrue();
            assertThat(restoredJdbc.queryForList(SUMMARY)).isEqualTo(summaryBefore);
            assertThat(restoredJdbc.queryForObject(
                            "select c.content from stored_file_content c where c.file_id = ?", byte[].class, file))
                    .isEqualTo(content);
            assertThat(restoredJdbc.queryForObject(
                            "select count(*) from pg_stats where tablename = 'activity'", Long.class))
                    .as("restore.sh refreshed the planner's statistics")
                    .isPositive();
        } finally {
            if (app != null) {
                app.close();
            }
            Files.deleteIfExists(dump);
            try (Connection c = DriverManager.getConnection(
                            TestDatabase.PG_ADMIN_URL, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD);
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + restored);
            }
        }
    }
}
