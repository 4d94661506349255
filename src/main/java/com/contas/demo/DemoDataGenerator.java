package com.contas.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with realistic demo data (see {@link DemoSize}); {@link DemoDataRunner}
 * calls it at start-up. Every row needs a user as owner, assignee or author, so users must exist.
 *
 * <p>Plain JDBC batches rather than JPA: the large size (about five million rows) must load in minutes.
 * Rows get explicit ids 1..N, and each identity restarts after them so that the application continues from
 * there. Each chunk of organizations is inserted in its own transaction, so memory stays flat whatever the
 * size; a run that fails half way leaves the chunks before the failure in place.
 */
@Component
public class DemoDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
    private static final int ORGANIZATIONS_PER_CHUNK = 1_000;
    private static final int BATCH_SIZE = 5_000;
    private static final int PROGRESS_EVERY_ORGANIZATIONS = 10_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DemoProperties properties;
    private final TransactionTemplate transactions;

    public DemoDataGenerator(JdbcTemplate jdbc, Clock clock, DemoProperties properties,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Creates the demo data with the configured seed.
     *
     * @throws IllegalStateException if there are organizations already or no active users
     */
    public GenerationReport generate(DemoSize size) {
        if (hasOrganizations()) {
            throw new IllegalStateException("Demo data needs a database without organizations");
        }
        long started = System.nanoTime();
        long[] users = jdbc.queryForList("select id from app_user where active order by id", Long.class)
                .stream().mapToLong(Long::longValue).toArray();
        if (users.length == 0) {
            throw new IllegalStateException("Demo data needs at least one active user to own it");
        }
        Map<String, Object> settings = jdbc.queryForMap(
                "select time_zone, first_day_of_week from company_settings where id = 1");
        ZoneId zone = ZoneId.of((String) settings.get("time_zone"));
        DayOfWeek firstDayOfWeek = DayOfWeek.valueOf((String) settings.get("first_day_of_week"));
        // Whole seconds, so that what H2 and PostgreSQL give back is exactly what was generated.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, zone);
        DemoRowFactory factory = new DemoRowFactory(size, properties.seed(), users, now, zone, today, firstDayOfWeek);

        Map<DemoTable, Long> inserted = new EnumMap<>(DemoTable.class);
        while (factory.hasMore()) {
            DemoRowFactory.Chunk chunk = factory.nextChunk(ORGANIZATIONS_PER_CHUNK);
            transactions.executeWithoutResult(status -> insert(chunk));
            for (DemoTable table : DemoTable.values()) {
                inserted.merge(table, (long) chunk.rows(table).size(), Long::sum);
            }
            if (factory.organizationsDone() % PROGRESS_EVERY_ORGANIZATIONS == 0 && factory.hasMore()) {
                log.info("Demo data: {} of {} organizations", factory.organizationsDone(), size.organizations());
            }
        }
        for (DemoTable table : DemoTable.values()) {
            if (table.hasIdentity()) {
                jdbc.execute("alter table " + table.tableName() + " alter column id restart with "
                        + (inserted.get(table) + 1));
            }
        }

        Map<String, Long> rows = new LinkedHashMap<>();
        inserted.forEach((table, count) -> rows.put(table.tableName(), count));
        GenerationReport report = new GenerationReport(size, properties.seed(), rows,
                (System.nanoTime() - started) / 1_000_000);
        log.info("Demo data ({}, seed {}) created in {} ms: {}", size, properties.seed(), report.elapsedMillis(), rows);
        return report;
    }

    public boolean hasOrganizations() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from organization)", Boolean.class));
    }

    private void insert(DemoRowFactory.Chunk chunk) {
        for (DemoTable table : DemoTable.values()) {
            List<Object[]> rows = chunk.rows(table);
            for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
                jdbc.batchUpdate(table.insertSql(), rows.subList(from, Math.min(from + BATCH_SIZE, rows.size())),
                        table.types());
            }
        }
    }
}
