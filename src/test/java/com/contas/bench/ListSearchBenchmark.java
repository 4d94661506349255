package com.contas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.activity.ActivityFilter;
import com.contas.activity.ActivityService;
import com.contas.common.PageSpec;
import com.contas.deal.DealFilter;
import com.contas.deal.DealService;
import com.contas.person.PersonFilter;
import com.contas.person.PersonService;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.StatementCounter;
import com.contas.testsupport.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lists' search as the screens run it, one keystroke = the count and the first page (50 rows,
 * the default sort), at 1,000,000 deals, 2,000,000 activities and 300,000 people on PostgreSQL:
 * {@code ./mvnw -Pbench test -Dtest=ListSearchBenchmark} (add {@code -Dcontas.test.database=NAME} to
 * use a database that holds the large data set already). Prints
 * {@code bench search_<list>_<term length> p50_ms=… p95_ms=… statements=…} for terms of 2, 3 and 5
 * characters that match many rows, and {@code _rare} lines for terms that match few.
 *
 * <p>Where the data come from is printed first ({@code bench search_data …}): the database's own
 * rows when it has the large set, or, in an empty database, rows this benchmark writes with
 * {@code generate_series} (a few minutes): synthetic names from small word lists, so each common
 * term matches a known share of the rows. It refuses to run on a partial set.
 */
@ContasTest
@Tag("bench")
class ListSearchBenchmark {

    static final int DEALS = 1_000_000;
    static final int ACTIVITIES = 2_000_000;
    static final int PEOPLE = 300_000;
    static final int ORGANIZATIONS = 100_000;
    static final String WORDS = "array['renewal','support','licence','upgrade','training','consulting','hardware',"
            + "'software','maintenance','expansion','pilot','migration','audit','integration','onboarding',"
            + "'analytics','security','backup','hosting','design']";
    static final String NAMES = "array['maria','joao','ana','pedro','lucas','julia','mateus','beatriz','gabriel',"
            + "'larissa','rafael','camila','bruno','fernanda','diego','patricia','thiago','aline','marcos','carla']";

    @Autowired
    DealService deals;
    @Autowired
    PersonService people;
    @Autowired
    ActivityService activities;
    @Autowired
    StatementCounter statements;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void benchmark() {
        assertThat(TestDatabase.isPostgres()).as("the search benchmark is for PostgreSQL").isTrue();
        String source = ensureLargeDataSet();
        System.out.printf("bench search_data deals=%d activities=%d people=%d source=%s%n", count("deal"),
                count("activity"), count("person"), source);
        Bench bench = new Bench(statements, 3, 30);
        Map<String, String> terms = Map.of("2", "re", "3", "ren", "5", "renew", "2_rare", "zq", "3_rare", "qzx");
        for (String length : List.of("2", "3", "5", "2_rare", "3_rare")) {
            String term = terms.get(length);
            DealFilter dealFilter = new DealFilter(term, null, null);
            bench.run("search_deals_" + length, () -> deals.count(dealFilter) + deals.list(dealFilter,
                    PageSpec.first(50)).size(), () -> { });
            String personTerm = length.startsWith("2") && !length.contains("rare") ? "ma"
                    : length.equals("3") ? "mar" : length.equals("5") ? "maria" : term;
            PersonFilter personFilter = new PersonFilter(personTerm, null);
            bench.run("search_people_" + length, () -> people.count(personFilter) + people.list(personFilter,
                    PageSpec.first(50)).size(), () -> { });
            ActivityFilter activityFilter = new ActivityFilter(term, null, false, null, null, null, null);
            bench.run("search_activities_" + length, () -> activities.count(activityFilter)
                    + activities.list(activityFilter, PageSpec.first(50)).size(), () -> { });
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** The large set as it is, or written here into an empty database; never a partial one. */
    private String ensureLargeDataSet() {
        if (count("deal") >= DEALS && count("activity") >= ACTIVITIES && count("person") >= PEOPLE) {
            return "existing";
        }
        assertThat(count("deal") + count("activity") + count("person") + count("organization"))
                .as("a partial data set: use an empty database or one with the whole large set").isZero();
        long owner = jdbc.queryForObject("select min(id) from app_user", Long.class);
        long stage = jdbc.queryForObject("select min(id) from deal_stage", Long.class);
        jdbc.update("insert into organization (name, owner_id, created_at, updated_at) select initcap((" + WORDS
                + ")[1 + g % 20]) || ' ' || initcap((" + NAMES + ")[1 + (g / 20) % 20]) || ' Ltda ' || g, ?, now(), "
                + "now() from generate_series(1, ?) g", owner, ORGANIZATIONS);
        long firstOrg = jdbc.queryForObject("select min(id) from organization", Long.class);
        jdbc.update("insert into person (name, organization_id, owner_id, created_at, updated_at) select initcap(("
                + NAMES + ")[1 + g % 20]) || ' ' || initcap((" + NAMES + ")[1 + (g / 7) % 20]) || 'son', ? + g % ?, "
                + "?, now(), now() from generate_series(1, ?) g", firstOrg, ORGANIZATIONS, owner, PEOPLE);
        jdbc.update("insert into person_email (person_id, position, email) select id, 0, "
                + "replace(lower(name), ' ', '.') || id || '@example.com' from person");
        jdbc.update("insert into deal (title, value, currency, status, organization_id, owner_id, stage_id, "
                + "created_at, updated_at) select initcap((" + WORDS + ")[1 + g % 20]) || ' ' || (" + WORDS
                + ")[1 + (g / 20) % 20] || ' ' || g, 100, 'BRL', 'OPEN', ? + g % ?, ?, ?, now(), now() "
                + "from generate_series(1, ?) g", firstOrg, ORGANIZATIONS, owner, stage, DEALS);
        jdbc.update("insert into activity (type, subject, due_date, organization_id, assignee_id, created_at, "
                + "updated_at) select 'CALL', 'Call about ' || (" + WORDS + ")[1 + g % 20] || ' ' || g, "
                + "current_date + (g % 60), ? + g % ?, ?, now(), now() from generate_series(1, ?) g",
                firstOrg, ORGANIZATIONS, owner, ACTIVITIES);
        for (String table : List.of("organization", "person", "person_email", "deal", "activity")) {
            jdbc.execute("vacuum analyze " + table);
        }
        return "generate_series";
    }
}
