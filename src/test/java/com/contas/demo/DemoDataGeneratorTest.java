package com.contas.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.activity.ActivityType;
import com.contas.common.JobTransactions;
import com.contas.common.Validation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The demo data set. Needs no Spring context: each test generates into its own in-memory H2 database
 * (PostgreSQL mode, migrated by Flyway from {@code db/migration}), because the generator wants a database
 * without organizations and writes ids 1..N.
 *
 * <p>The checks are public static methods taking a {@link JdbcTemplate}: to check another database, e.g.
 * PostgreSQL from a Spring test, give it an empty, migrated schema with at least one active user, call
 * {@link DemoDataGenerator#generate(DemoSize)} there and then {@link #assertDemoShape}.
 */
class DemoDataGeneratorTest {

    /** A Wednesday, mid-day in São Paulo, so that "this week" and "next week" are both non-empty. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-11T15:00:00Z"), ZoneOffset.UTC);

    private final List<JdbcTemplate> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(jdbc -> jdbc.execute("shutdown"));
    }

    @Test
    void the_small_data_set_has_the_documented_shape() {
        JdbcTemplate jdbc = databaseWithUsers();

        GenerationReport report = generator(jdbc, 42).generate(DemoSize.SMALL);

        assertThat(report.rows("organization")).isEqualTo(300);
        assertThat(report.rows("activity")).isEqualTo(2_000);
        assertDemoShape(jdbc, DemoSize.SMALL, CLOCK);
    }

    @Test
    void each_organization_reads_in_one_language_its_activities_notes_deals_and_people_alike() {
        JdbcTemplate jdbc = databaseWithUsers();
        generator(jdbc, 42).generate(DemoSize.SMALL);
        Map<Long, Set<DemoLanguage>> languages = new HashMap<>();
        BiConsumer<Long, String> saw = (organization, text) -> {
            Set<DemoLanguage> speaking = EnumSet.noneOf(DemoLanguage.class);
            for (DemoLanguage language : DemoLanguage.values()) {
                boolean said = language.remarks().contains(text)
                        || language.lostReasons().contains(text)
                        || language.personalMailDomains().contains(text)
                        || Arrays.stream(ActivityType.values())
                                .anyMatch(type -> language.subjects(type.name()).contains(text))
                        || language.products().stream().anyMatch(p -> text.startsWith(p + " - "));
                if (said) {
                    speaking.add(language);
                }
            }
            // Texts both languages share ("Follow-up") say nothing; the rest must agree.
            if (speaking.size() == 1) {
                languages
                        .computeIfAbsent(organization, id -> EnumSet.noneOf(DemoLanguage.class))
                        .addAll(speaking);
            }
        };
        jdbc.query("select organization_id, subject, note from activity", rs -> {
            saw.accept(rs.getLong(1), rs.getString(2));
            if (rs.getString(3) != null) {
                saw.accept(rs.getLong(1), rs.getString(3));
            }
        });
        jdbc.query("select organization_id, body from note", rs -> {
            for (String line : rs.getString(2).split("\n")) {
                saw.accept(rs.getLong(1), line);
            }
        });
        jdbc.query("select organization_id, title, lost_reason from deal", rs -> {
            saw.accept(rs.getLong(1), rs.getString(2));
            if (rs.getString(3) != null) {
                saw.accept(rs.getLong(1), rs.getString(3));
            }
        });
        jdbc.query("select p.organization_id, e.email from person p join person_email e on e.person_id = p.id", rs -> {
            saw.accept(rs.getLong(1), rs.getString(2).substring(rs.getString(2).indexOf('@') + 1));
        });

        assertThat(languages).hasSizeGreaterThan(250);
        assertThat(languages.entrySet())
                .allSatisfy(e -> assertThat(e.getValue())
                        .as("organization " + e.getKey())
                        .hasSize(1));
    }

    @Test
    void on_the_last_day_of_the_week_this_week_is_left_empty() {
        JdbcTemplate jdbc = databaseWithUsers();
        Clock sunday = Clock.fixed(Instant.parse("2025-06-15T15:00:00Z"), ZoneOffset.UTC);

        generator(jdbc, 42, sunday).generate(DemoSize.SMALL);

        assertDemoShape(jdbc, DemoSize.SMALL, sunday);
    }

    @Test
    void the_same_seed_gives_the_same_data() {
        JdbcTemplate first = databaseWithUsers();
        JdbcTemplate second = databaseWithUsers();

        GenerationReport firstReport = generator(first, 7).generate(DemoSize.SMALL);
        GenerationReport secondReport = generator(second, 7).generate(DemoSize.SMALL);

        assertThat(secondReport.rows()).isEqualTo(firstReport.rows());
        assertThat(fingerprint(second)).isEqualTo(fingerprint(first));
    }

    @Test
    void a_load_interrupted_after_its_first_chunk_is_finished_by_a_restart_with_the_same_rows() {
        JdbcTemplate whole = databaseWithUsers();
        JdbcTemplate interrupted = databaseWithUsers();
        generator(whole, 7).generate(DemoSize.SMALL);
        // The second chunk's insert fails, as a crash would end it: the first chunk stays committed.
        interrupted.execute("alter table organization add constraint ck_test_crash check (id <= 100)");
        DemoDataGenerator first = generator(interrupted, 7);
        first.organizationsPerChunk = 100;
        assertThatThrownBy(() -> first.generate(DemoSize.SMALL)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count(interrupted, "select count(*) from organization")).isEqualTo(100);
        interrupted.execute("alter table organization drop constraint ck_test_crash");

        // Restarted hours later with another seed configured: the recorded size, seed and clock win.
        DemoDataGenerator restarted = generator(interrupted, 42, Clock.offset(CLOCK, Duration.ofHours(5)));
        restarted.organizationsPerChunk = 100;
        assertThat(restarted.unfinishedLoad()).isPresent();
        GenerationReport report = restarted.resume();

        assertThat(report.rows("organization")).isEqualTo(300);
        assertThat(fingerprint(interrupted)).isEqualTo(fingerprint(whole));
        restarted.markComplete();
        assertThat(restarted.unfinishedLoad()).isEmpty();
    }

    @Test
    void new_rows_get_ids_after_the_demo_rows() {
        JdbcTemplate jdbc = databaseWithUsers();
        generator(jdbc, 42).generate(DemoSize.SMALL);

        jdbc.update(
                "insert into organization (name, owner_id, created_at, updated_at) values ('New', 1, ?, ?)",
                Timestamp.from(CLOCK.instant()),
                Timestamp.from(CLOCK.instant()));
        jdbc.update(
                "insert into custom_field (name, type, position, created_at) values ('New', 'TEXT', 6, ?)",
                Timestamp.from(CLOCK.instant()));

        assertThat(jdbc.queryForObject("select id from organization where name = 'New'", Long.class))
                .isEqualTo(301);
        assertThat(jdbc.queryForObject("select id from custom_field where name = 'New'", Long.class))
                .isEqualTo(6);
    }

    @Test
    void a_database_with_organizations_is_left_alone() {
        JdbcTemplate jdbc = databaseWithUsers();
        DemoDataGenerator generator = generator(jdbc, 42);
        generator.generate(DemoSize.SMALL);

        assertThat(generator.hasOrganizations()).isTrue();
        assertThatThrownBy(() -> generator.generate(DemoSize.SMALL)).isInstanceOf(IllegalStateException.class);
        assertThat(count(jdbc, "select count(*) from organization")).isEqualTo(300);
    }

    @Test
    void it_refuses_to_run_without_active_users() {
        JdbcTemplate jdbc = database();
        insertUsers(jdbc, CLOCK.instant());
        jdbc.update("update app_user set active = false");

        assertThatThrownBy(() -> generator(jdbc, 42).generate(DemoSize.SMALL))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count(jdbc, "select count(*) from organization")).isZero();
    }

    /** Checks what the demo relies on; {@code clock} must be the one the generator used (same day). */
    public static void assertDemoShape(JdbcTemplate jdbc, DemoSize size, Clock clock) {
        Instant now = clock.instant();
        Map<String, Object> settings =
                jdbc.queryForMap("select time_zone, first_day_of_week from company_settings where id = 1");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of((String) settings.get("time_zone"))));
        DayOfWeek lastDayOfWeek =
                DayOfWeek.valueOf((String) settings.get("first_day_of_week")).minus(1);
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(lastDayOfWeek));
        int organizations = size.organizations();

        assertThat(count(jdbc, "select count(*) from organization")).isEqualTo(organizations);
        assertThat(count(jdbc, "select count(*) from person")).isEqualTo(size.people());
        assertThat(count(jdbc, "select count(*) from deal")).isEqualTo(size.deals());
        assertThat(count(jdbc, "select count(*) from activity")).isEqualTo(size.activities());
        assertThat(count(jdbc, "select count(*) from stored_file")).isEqualTo(size.files());
        assertThat(count(jdbc, "select count(*) from stored_file_content")).isEqualTo(size.files());
        // Industry, Contract renewal, Employees, Key account (yes/no), Segment (text)
        assertThat(count(jdbc, "select count(*) from custom_field")).isEqualTo(5);
        assertThat(count(
                        jdbc,
                        "select count(*) from exchange_rate where quote_currency = 'BRL' and "
                                + "base_currency in ('USD', 'EUR') and effective_date = ?",
                        today.withDayOfYear(1)))
                .isEqualTo(2);

        // Organizations
        assertThat(count(
                        jdbc,
                        "select count(*) from organization where name like 'São Paulo %' "
                                + "or name like 'Ótica %' or name like 'Açaí %'"))
                .isPositive();
        assertThat(count(jdbc, "select count(*) from organization where address is null"))
                .isPositive();
        assertThat(count(
                        jdbc,
                        "select count(*) from organization o where not exists "
                                + "(select 1 from person p where p.organization_id = o.id)"))
                .isPositive();

        // People
        List<String> emails = jdbc.queryForList("select email from person_email", String.class);
        assertThat(emails).allMatch(email -> email.matches("[a-z0-9.]+@[a-z0-9.]+\\.[a-z]+"));
        // As the person form would take them, so that each is a link (docs/rules.md, "Bad input").
        assertThat(emails).allMatch(Validation::isPlainEmail);
        assertThat(jdbc.queryForList("select phone from person_phone", String.class))
                .isNotEmpty()
                .allMatch(Validation::isPhone);
        assertThat(count(jdbc, "select count(*) from person_email where position not in (0, 1)"))
                .isZero();
        assertThat(count(jdbc, "select count(*) from person_phone where position not in (0, 1)"))
                .isZero();
        assertThat(count(jdbc, "select count(distinct person_id) from person_email"))
                .isBetween(size.people() * 70L / 100, size.people() * 95L / 100);
        assertThat(count(jdbc, "select count(distinct person_id) from person_phone"))
                .isBetween(size.people() * 70L / 100, size.people() * 95L / 100);

        // Deals and accounts
        long accounts = count(
                jdbc,
                "select count(distinct organization_id) from deal " + "where status = 'WON' and deleted_at is null");
        assertThat(accounts).isBetween(organizations * 40L / 100, organizations * 60L / 100);
        assertThat(count(jdbc, "select count(*) from deal where currency = 'BRL'"))
                .isGreaterThan(size.deals() / 2);
        assertThat(count(jdbc, "select count(*) from deal where currency = 'USD'"))
                .isPositive();
        assertThat(count(jdbc, "select count(*) from deal where currency = 'EUR'"))
                .isPositive();
        assertThat(count(jdbc, "select count(*) from deal where value < 500 or value > 250000"))
                .isZero();
        assertThat(count(jdbc, "select count(*) from deal where stage_id not between 1 and 4"))
                .isZero();
        assertThat(count(
                        jdbc,
                        "select count(*) from deal where status = 'OPEN' and "
                                + "(expected_close_date is null or won_at is not null or lost_at is not null)"))
                .isZero();
        assertThat(count(jdbc, "select count(*) from deal where status = 'LOST' and won_at is not null"))
                .isZero();
        assertThat(count(jdbc, "select count(*) from deal where status = 'OPEN'"))
                .isPositive();
        assertThat(count(jdbc, "select count(*) from deal where status = 'LOST'"))
                .isPositive();
        assertThat(count(
                        jdbc,
                        "select count(*) from deal d join person p on p.id = d.person_id "
                                + "where p.organization_id <> d.organization_id"))
                .isZero();

        // Activities
        assertThat(count(
                        jdbc,
                        "select count(*) from activity a join person p on p.id = a.person_id "
                                + "where p.organization_id <> a.organization_id"))
                .isZero();
        assertThat(count(
                        jdbc,
                        "select count(*) from activity a join deal d on d.id = a.deal_id "
                                + "where d.organization_id <> a.organization_id"))
                .isZero();
        assertThat(count(
                        jdbc,
                        "select count(*) from activity where done and (due_date >= ? or due_date < ?)",
                        today,
                        today.minusDays(180)))
                .isZero();
        assertThat(count(
                        jdbc,
                        "select count(*) from activity where not done and (due_date < ? or due_date > ?)",
                        today.minusDays(30),
                        today.plusDays(90)))
                .isZero();
        String nextActivity = "select count(*) from (select organization_id, min(due_date) as next_date "
                + "from activity where not done group by organization_id) n where next_date between ? and ?";
        assertThat(count(jdbc, nextActivity, today.minusDays(30), today.minusDays(1)))
                .as("overdue")
                .isPositive();
        assertThat(count(jdbc, nextActivity, today, today)).as("today").isPositive();
        if (endOfWeek.isAfter(today)) {
            assertThat(count(jdbc, nextActivity, today.plusDays(1), endOfWeek))
                    .as("this week")
                    .isPositive();
        }
        assertThat(count(jdbc, nextActivity, endOfWeek.plusDays(1), endOfWeek.plusDays(7)))
                .as("next week")
                .isPositive();
        assertThat(count(jdbc, nextActivity, endOfWeek.plusDays(8), today.plusDays(90)))
                .as("later")
                .isPositive();
        String accountsWhere = "select count(*) from organization o where exists "
                + "(select 1 from deal d where d.organization_id = o.id and d.status = 'WON') and ";
        assertThat(count(jdbc, accountsWhere + "not exists (select 1 from activity a where a.organization_id = o.id)"))
                .as("accounts without any activity")
                .isPositive();
        assertThat(count(
                        jdbc,
                        accountsWhere + "not exists (select 1 from activity a where a.organization_id = o.id "
                                + "and not a.done)"))
                .as("accounts without open activity")
                .isGreaterThan(organizations / 20);
        String contactedSince =
                "exists (select 1 from activity a where a.organization_id = o.id and a.done " + "and a.due_date >= ?)";
        assertThat(count(jdbc, accountsWhere + "not " + contactedSince, today.minusDays(30)))
                .as("accounts not contacted for 30+ days")
                .isGreaterThan(organizations / 20);
        assertThat(count(jdbc, accountsWhere + contactedSince, today.minusDays(30)))
                .as("accounts contacted recently")
                .isGreaterThan(organizations / 20);
        List<LocalTime> dueTimes =
                jdbc.queryForList("select due_time from activity where due_time is not null", LocalTime.class);
        assertThat(dueTimes)
                .allMatch(time -> time.getMinute() % 15 == 0
                        && time.getSecond() == 0
                        && !time.isBefore(LocalTime.of(8, 0))
                        && !time.isAfter(LocalTime.of(18, 0)));
        assertThat(size.activities() - dueTimes.size())
                .isBetween(size.activities() * 20 / 100, size.activities() * 40 / 100);
        assertThat(count(jdbc, "select count(*) from activity where duration_minutes not between 15 and 120"))
                .isZero();
        assertThat(count(jdbc, "select count(*) from activity where duration_minutes is null"))
                .isPositive();

        // Notes, files and custom fields
        assertThat(count(jdbc, "select count(distinct organization_id) from note"))
                .isBetween(organizations * 40L / 100, organizations * 60L / 100);
        assertThat(count(jdbc, "select count(*) from note where pinned")).isPositive();
        assertThat(jdbc.queryForList("select body from note", String.class)).anyMatch(body -> body.contains("\n"));
        assertThat(count(
                        jdbc,
                        "select count(*) from stored_file f join stored_file_content c on c.file_id = f.id "
                                + "where f.size_bytes <> octet_length(c.content) or f.content_type <> 'text/plain'"))
                .isZero();
        assertThat(count(jdbc, "select count(distinct organization_id) from custom_field_value"))
                .isBetween(organizations * 60L / 100, organizations * 80L / 100);
        assertThat(count(
                        jdbc,
                        "select count(*) from custom_field_value v join custom_field f on f.id = v.field_id "
                                + "where (f.type in ('OPTION', 'TEXT', 'YES_NO')) <> (v.text_value is not null) "
                                + "or (f.type = 'DATE') <> (v.date_value is not null) "
                                + "or (f.type = 'NUMBER') <> (v.number_value is not null)"))
                .isZero();

        // Time: nothing in the future, nothing updated before it was created, nothing deleted
        for (String table : List.of("organization", "person", "deal", "activity", "note")) {
            assertThat(count(
                            jdbc,
                            "select count(*) from " + table + " where created_at > ? or updated_at > ? "
                                    + "or updated_at < created_at or deleted_at is not null or version <> 0",
                            Timestamp.from(now),
                            Timestamp.from(now)))
                    .as(table)
                    .isZero();
        }
        assertThat(count(
                        jdbc,
                        "select count(*) from deal where won_at > ? or lost_at > ? "
                                + "or won_at < created_at or lost_at < created_at",
                        Timestamp.from(now),
                        Timestamp.from(now)))
                .isZero();
        assertThat(count(
                        jdbc,
                        "select count(*) from activity where done_at > ? or done_at < created_at",
                        Timestamp.from(now)))
                .isZero();
        assertThat(count(jdbc, "select count(*) from stored_file where created_at > ?", Timestamp.from(now)))
                .isZero();
    }

    /** The generated data in a form that can be compared between two databases of the same kind. */
    public static List<Object> fingerprint(JdbcTemplate jdbc) {
        return List.of(
                jdbc.queryForList("select * from organization order by id"),
                jdbc.queryForList("select * from person order by id"),
                jdbc.queryForList("select * from person_email order by person_id, position"),
                jdbc.queryForList("select * from person_phone order by person_id, position"),
                jdbc.queryForList("select * from deal order by id"),
                jdbc.queryForList("select * from activity order by id"),
                jdbc.queryForList("select * from note order by id"),
                jdbc.queryForList("select * from stored_file order by id"),
                jdbc.queryForList("select * from custom_field_value order by organization_id, field_id"));
    }

    /** The two users of the tests; the demo data is spread over the active ones. */
    static void insertUsers(JdbcTemplate jdbc, Instant now) {
        jdbc.update(
                "insert into app_user (username, display_name, password_hash, role, created_at) values "
                        + "('admin', 'Beatriz Almeida', 'x', 'ADMIN', ?), ('user', 'Lucas Ferreira', 'x', 'USER', ?)",
                Timestamp.from(now),
                Timestamp.from(now));
    }

    private JdbcTemplate databaseWithUsers() {
        JdbcTemplate jdbc = database();
        insertUsers(jdbc, CLOCK.instant());
        return jdbc;
    }

    private JdbcTemplate database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:demo-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE;"
                        + "DB_CLOSE_DELAY=-1",
                "sa",
                "");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        databases.add(jdbc);
        return jdbc;
    }

    private static DemoDataGenerator generator(JdbcTemplate jdbc, long seed) {
        return generator(jdbc, seed, CLOCK);
    }

    private static DemoDataGenerator generator(JdbcTemplate jdbc, long seed, Clock clock) {
        return new DemoDataGenerator(
                jdbc,
                clock,
                new DemoProperties(true, DemoSize.SMALL, seed),
                new DataSourceTransactionManager(jdbc.getDataSource()),
                new JobTransactions(
                        jdbc,
                        jdbc.getDataSource(),
                        new DataSourceTransactionManager(jdbc.getDataSource()),
                        Duration.ofMinutes(1)));
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
