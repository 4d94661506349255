package com.contas.bench;

import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountSort;
import com.contas.account.FieldCondition;
import com.contas.account.Range;
import com.contas.security.DemoUser;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.LargeDataSet;
import com.contas.testsupport.StatementCounter;
import com.contas.testsupport.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The accounts' filters on the large data set ({@code ./mvnw -Pbench test -Dtest=AccountFilterBenchmark}):
 * for each kind of filter, what the list reads when a user sets it and no other screen has read it
 * yet: the count (the tiles' aggregate scans the same rows) and the first page of 50 by name.
 * Prints {@code bench filter_<kind> p50_ms=… p95_ms=… statements=…} and how many accounts each
 * finds; the floor is the same reads without a filter. The custom fields are the demo's own
 * (Industry, Contract renewal, Employees, Key account, Segment), loaded the product's way. Then the
 * list sorted by a custom field ({@code /accounts?sort=cf3}): the first page of 50 by the number,
 * text and option fields each way, and a page at offset 10,000 ({@code bench sort_custom_…}; the
 * floor is the same page by name).
 */
@ContasTest
@Tag("bench")
class AccountFilterBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    AccountQueries accounts;

    @Autowired
    StatementCounter statements;

    @Test
    void benchmark() {
        LargeDataSet.ensureLoaded(context);
        LocalDate today = accounts.calendar().today();
        long sales1 = data.userId(DemoUser.SALES_1);
        long sales2 = data.userId(DemoUser.SALES_2);
        FieldCondition industry = new FieldCondition.OneOf(1, Set.of("Retail", "Finance"));
        FieldCondition renewal = new FieldCondition.DateBetween(2, new Range<>(today, today.plusDays(90)));
        FieldCondition employees =
                new FieldCondition.NumberBetween(3, new Range<>(new BigDecimal("100"), new BigDecimal("1000")));
        FieldCondition keyAccount = new FieldCondition.Answer(4, true);
        FieldCondition segment = new FieldCondition.Contains(5, "market");
        Range<BigDecimal> won = new Range<>(new BigDecimal("10000"), new BigDecimal("100000"));

        Map<String, AccountFilter> filters = new LinkedHashMap<>();
        filters.put("owners_2", AccountFilter.ALL.withOwners(Set.of(sales1, sales2)));
        filters.put("won_between", AccountFilter.ALL.withWonValue(won));
        filters.put("option_in_set", AccountFilter.ALL.withField(industry));
        filters.put("date_range", AccountFilter.ALL.withField(renewal));
        filters.put("number_range", AccountFilter.ALL.withField(employees));
        filters.put("yes_no", AccountFilter.ALL.withField(keyAccount));
        filters.put("text_contains", AccountFilter.ALL.withField(segment));
        filters.put(
                "all_combined",
                AccountFilter.ALL
                        .withOwners(Set.of(sales1, sales2))
                        .withWonValue(won)
                        .withField(industry)
                        .withField(employees)
                        .withField(keyAccount));
        filters.put(
                "combined_with_search",
                AccountFilter.ALL.withSearch("comercio").withField(industry).withField(segment));

        System.out.printf(
                Locale.ROOT,
                "bench filter_data accounts=%d custom_values=%d%n",
                accounts.count(AccountFilter.ALL),
                data.jdbc().queryForObject("select count(*) from custom_field_value", Long.class));
        Bench bench = new Bench(statements, 10, 100);
        filters.forEach((name, filter) -> {
            System.out.printf(Locale.ROOT, "bench filter_%s finds=%d%n", name, accounts.count(filter));
            bench.run(
                    "filter_" + name,
                    () -> accounts.count(filter)
                            + accounts.page(filter, AccountSort.BY_NAME, 0, 50).size(),
                    () -> {
                        accounts.count(AccountFilter.ALL);
                        accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 0, 50);
                    });
        });
        sortByCustomFields(bench);
    }

    private void sortByCustomFields(Bench bench) {
        Map<String, Long> fields = new LinkedHashMap<>();
        fields.put("number", 3L);
        fields.put("text", 5L);
        fields.put("option", 1L);
        fields.forEach((type, fieldId) -> {
            for (boolean ascending : new boolean[] {true, false}) {
                AccountSort sort = new AccountSort(AccountSort.Field.CUSTOM_FIELD, ascending, fieldId);
                bench.run(
                        "sort_custom_" + type + (ascending ? "_asc" : "_desc"),
                        () -> accounts.page(AccountFilter.ALL, sort, 0, 50),
                        () -> accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 0, 50));
            }
        });
        AccountSort byNumber = new AccountSort(AccountSort.Field.CUSTOM_FIELD, true, 3L);
        bench.run(
                "sort_custom_number_offset_10000",
                () -> accounts.page(AccountFilter.ALL, byNumber, 10_000, 50),
                () -> accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 10_000, 50));
    }
}
