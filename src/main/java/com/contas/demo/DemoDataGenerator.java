package com.contas.demo;

import com.contas.common.JobTransactions;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * size; a run that fails half way leaves the chunks before the failure in place, and {@link #resume()} adds the
 * rest. After the rows it refreshes the planner statistics of the tables it loaded: PostgreSQL would otherwise
 * plan the summary build (and every query) with the statistics of empty tables.
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
    private final JobTransactions jobTransactions;
    /** Organizations per transaction; smaller in tests, to interrupt a load between chunks. */
    int organizationsPerChunk = ORGANIZATIONS_PER_CHUNK;

    public DemoDataGenerator(
            JdbcTemplate jdbc,
            Clock clock,
            DemoProperties properties,
            PlatformTransactionManager transactionManager,
            JobTransactions jobTransactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jobTransactions = jobTransactions;
    }

    /**
     * Creates the demo data with the configured seed, then refreshes the planner statistics of the
     * tables it loaded. Records the load in {@code demo_load} first, so that {@link #resume()} can
     * finish it after a crash.
     *
     * @throws IllegalStateException if there are organizations already or no active users
     */
    public GenerationReport generate(DemoSize size) {
        if (hasOrganizations()) {
            throw new IllegalStateException("Demo data needs a database without organizations");
        }
        // Whole seconds, so that what H2 and PostgreSQL give back is exactly what was generated.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("delete from demo_load");
        jdbc.update(
                "insert into demo_load (id, size, seed, generated_at) values (1, ?, ?, ?)",
                size.name(),
                properties.seed(),
                now.atOffset(ZoneOffset.UTC));
        return load(size, properties.seed(), now, 0);
    }

    /**
     * Finishes a load that a crash interrupted: generates the same rows again (same size, seed and
     * clock as recorded) and inserts only the chunks after the last one committed.
     *
     * @throws IllegalStateException if no unfinished load is recorded
     */
    public GenerationReport resume() {
        DemoLoad recorded = unfinishedLoad().orElseThrow(() -> new IllegalStateException("No unfinished demo load"));
        long committed = jdbc.queryForObject("select coalesce(max(id), 0) from organization", Long.class);
        log.info(
                "Resuming the demo load ({}, seed {}) after organization {}",
                recorded.size(),
                recorded.seed(),
                committed);
        return load(recorded.size(), recorded.seed(), recorded.generatedAt(), committed);
    }

    /** A load that was started and not marked complete (a crash, or still running on another instance). */
    public Optional<DemoLoad> unfinishedLoad() {
        return jdbc
                .query(
                        "select size, seed, generated_at from demo_load where completed_at is null",
                        (rs, n) -> new DemoLoad(
                                DemoSize.valueOf(rs.getString("size")),
                                rs.getLong("seed"),
                                rs.getObject("generated_at", OffsetDateTime.class)
                                        .toInstant()))
                .stream()
                .findFirst();
    }

    /** Marks the load complete: everything derived from the rows (rates, summary) is in place. */
    public void markComplete() {
        jdbc.update(
                "update demo_load set completed_at = ? where id = 1",
                clock.instant().atOffset(ZoneOffset.UTC));
    }

    private GenerationReport load(DemoSize size, long seed, Instant now, long committedOrganizations) {
        long started = System.nanoTime();
        long[] users = jdbc.queryForList("select id from app_user where active order by id", Long.class).stream()
                .mapToLong(Long::longValue)
                .toArray();
        if (users.length == 0) {
            throw new IllegalStateException("Demo data needs at least one active user to own it");
        }
        Map<String, Object> settings =
                jdbc.queryForMap("select time_zone, first_day_of_week from company_settings where id = 1");
        ZoneId zone = ZoneId.of((String) settings.get("time_zone"));
        DayOfWeek firstDayOfWeek = DayOfWeek.valueOf((String) settings.get("first_day_of_week"));
        LocalDate today = LocalDate.ofInstant(now, zone);
        DemoRowFactory factory = new DemoRowFactory(size, seed, users, now, zone, today, firstDayOfWeek);

        // Each chunk commits whole, so the chunks up to the last organization present are in the database;
        // when all are, nothing needs generating again.
        while (factory.hasMore() && committedOrganizations < size.organizations()) {
            DemoRowFactory.Chunk chunk = factory.nextChunk(organizationsPerChunk);
            if (factory.organizationsDone() > committedOrganizations) {
                transactions.executeWithoutResult(status -> insert(chunk));
            }
            if (factory.organizationsDone() % PROGRESS_EVERY_ORGANIZATIONS == 0 && factory.hasMore()) {
                log.info("Demo data: {} of {} organizations", factory.organizationsDone(), size.organizations());
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (DemoTable table : DemoTable.values()) {
            rows.put(table.tableName(), jdbc.queryForObject("select count(*) from " + table.tableName(), Long.class));
            if (table.hasIdentity()) {
                jdbc.execute("alter table " + table.tableName() + " alter column id restart with "
                        + (jdbc.queryForObject("select coalesce(max(id), 0) from " + table.tableName(), Long.class)
                                + 1));
            }
        }
        long rowsMillis = (System.nanoTime() - started) / 1_000_000;
        long analyzeStarted = System.nanoTime();
        jobTransactions.analyze(
                Arrays.stream(DemoTable.values()).map(DemoTable::tableName).toArray(String[]::new));
        long analyzeMillis = (System.nanoTime() - analyzeStarted) / 1_000_000;

        GenerationReport report = new GenerationReport(size, seed, rows, rowsMillis, analyzeMillis);
        log.info(
                "Demo data ({}, seed {}) created in {} ms, planner statistics refreshed in {} ms: {}",
                size,
                seed,
                rowsMillis,
                analyzeMillis,
                rows);
        return report;
    }

    public boolean hasOrganizations() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from organization)", Boolean.class));
    }

    private void insert(DemoRowFactory.Chunk chunk) {
        for (DemoTable table : DemoTable.values()) {
            List<Object[]> rows = chunk.rows(table);
            for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
                jdbc.batchUpdate(
                        table.insertSql(), rows.subList(from, Math.min(from + BATCH_SIZE, rows.size())), table.types());
            }
        }
    }
}
