package com.contas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.activity.ActivityFilter;
import com.contas.activity.ActivityService;
import com.contas.common.PageSpec;
import com.contas.deal.DealFilter;
import com.contas.deal.DealService;
import com.contas.person.PersonFilter;
import com.contas.person.PersonService;
import com.contas.shell.ListPage;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.LargeDataSet;
import com.contas.testsupport.StatementCounter;
import com.contas.testsupport.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lists' search as the screens run it, one keystroke = the count and the first page (50 rows,
 * the default sort), at 1,000,000 deals, 2,000,000 activities and 300,000 people on PostgreSQL:
 * {@code ./mvnw -Pbench test -Dtest=ListSearchBenchmark} (add {@code -Dcontas.test.database=NAME} to
 * use a database that holds the large data set already). Prints
 * {@code bench search_<list>_<term length> p50_ms=… p95_ms=… statements=…} for terms of 2, 3 and 5
 * characters that match many rows, and {@code _rare} lines for terms that match few.
 *
 * <p>The data are the large demo set loaded through the product's own path
 * ({@link LargeDataSet#ensureLoaded}: found, or loaded into an empty database); any other data and
 * no figure is printed. (An earlier version wrote synthetic rows with {@code generate_series} and
 * vacuumed them: a way of preparing data the product never takes.)
 */
@ContasTest
@Tag("bench")
class ListSearchBenchmark {

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

    @Autowired
    ApplicationContext context;

    /** The screens count no further than the rows they can show (and say "more than"). */
    private static final long SHOWN = ListPage.MAX_ROWS + 1L;

    @Test
    void benchmark() {
        assertThat(TestDatabase.isPostgres())
                .as("the search benchmark is for PostgreSQL")
                .isTrue();
        LargeDataSet.ensureLoaded(context);
        System.out.printf(
                "bench search_data deals=%d activities=%d people=%d source=demo_load_large%n",
                count("deal"), count("activity"), count("person"));
        // Few runs: a keystroke on a common term takes seconds at this size (see the README).
        Bench bench = new Bench(statements, 1, 5);
        Map<String, String> terms =
                Map.of("2", "re", "3", "ren", "5", "renew", "2_rare", "zq", "3_rare", "qzx", "5_some", "oberb");
        for (String length : List.of("2", "3", "5", "2_rare", "3_rare", "5_some")) {
            String term = terms.get(length);
            DealFilter dealFilter = new DealFilter(term, null, null);
            bench.run(
                    "search_deals_" + length,
                    () -> deals.count(dealFilter, SHOWN)
                            + deals.list(dealFilter, PageSpec.first(50)).size(),
                    () -> {});
            String personTerm = length.startsWith("2") && !length.contains("rare")
                    ? "ma"
                    : length.equals("3") ? "mar" : length.equals("5") ? "maria" : term;
            PersonFilter personFilter = new PersonFilter(personTerm, null);
            bench.run(
                    "search_people_" + length,
                    () -> people.count(personFilter, SHOWN)
                            + people.list(personFilter, PageSpec.first(50)).size(),
                    () -> {});
            ActivityFilter activityFilter = new ActivityFilter(term, null, false, null, null, null, null);
            bench.run(
                    "search_activities_" + length,
                    () -> activities.count(activityFilter, SHOWN)
                            + activities
                                    .list(activityFilter, PageSpec.first(50))
                                    .size(),
                    () -> {});
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
