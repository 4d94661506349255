package com.contas.account;

import static com.contas.testsupport.MutableClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityType;
import com.contas.common.SearchFolding;
import com.contas.currency.CurrencyService;
import com.contas.deal.DealDetails;
import com.contas.person.PersonDetails;
import com.contas.security.DemoUser;
import com.contas.settings.SettingsService;
import com.contas.testsupport.MutableClock;
import com.contas.testsupport.ServiceTestBase;
import com.contas.testsupport.StatementCounter;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountQueriesTest extends ServiceTestBase {

    @Autowired
    AccountQueries accounts;

    @Autowired
    CurrencyService currencies;

    @Autowired
    SettingsService settings;

    @Autowired
    StatementCounter statements;

    private DealDetails won(long organizationId, String value, String currency) {
        DealDetails deal = deal(organizationId, value, currency);
        return deals.markWon(deal.id(), deal.version());
    }

    private long account(String name) {
        long id = organization(name).id();
        won(id, "100", "BRL");
        return id;
    }

    private AccountRow row(long id) {
        return accounts.details(id).orElseThrow().row();
    }

    private ActivityDetails activityOn(long organizationId, LocalDate due, LocalTime time) {
        return activities.schedule(new ActivityInput(
                ActivityType.CALL, "Call " + due, due, time, null, null, organizationId, null, null, me));
    }

    private List<Long> ids(AccountFilter filter) {
        return accounts.page(filter, AccountSort.BY_NAME, 0, 1000).stream()
                .map(AccountRow::id)
                .toList();
    }

    @Test
    void an_organization_becomes_an_account_when_its_first_deal_is_won() {
        long org = organization("Acme").id();
        DealDetails deal = deal(org, "100", "BRL");
        assertThat(accounts.details(org)).isEmpty();
        assertThat(accounts.count(AccountFilter.ALL)).isZero();

        deals.markWon(deal.id(), deal.version());

        assertThat(accounts.count(AccountFilter.ALL)).isEqualTo(1);
        assertThat(row(org).accountSince()).isEqualTo(MutableClock.DEFAULT_NOW);
    }

    @Test
    void reopening_the_last_won_deal_removes_the_account_and_winning_again_brings_it_back() {
        long org = organization("Acme").id();
        DealDetails won = won(org, "100", "BRL");

        DealDetails reopened = deals.reopen(won.id(), won.version());
        assertThat(accounts.details(org)).isEmpty();

        deals.markWon(reopened.id(), reopened.version());
        assertThat(accounts.details(org)).isPresent();
    }

    @Test
    void losing_or_deleting_the_last_won_deal_removes_the_account_and_restoring_brings_it_back() {
        long org = organization("Acme").id();
        DealDetails first = won(org, "100", "BRL");
        DealDetails second = won(org, "50", "BRL");

        deals.markLost(first.id(), first.version(), "Changed supplier");
        assertThat(row(org).wonCount()).isEqualTo(1);

        deals.delete(second.id(), second.version());
        assertThat(accounts.details(org)).isEmpty();

        deals.restore(second.id());
        assertThat(row(org).wonCount()).isEqualTo(1);
    }

    @Test
    void a_deleted_organization_is_no_account_until_restored() {
        long org = account("Acme");
        organizations.delete(org, organizations.get(org).version());
        assertThat(accounts.details(org)).isEmpty();
        assertThat(accounts.count(AccountFilter.ALL)).isZero();

        organizations.restore(org);
        assertThat(accounts.details(org)).isPresent();
    }

    @Test
    void account_since_is_the_earliest_won_at_of_the_won_deals() {
        long org = organization("Acme").id();
        DealDetails early = won(org, "10", "BRL");
        clock.set(MutableClock.DEFAULT_NOW.plusSeconds(86_400));
        won(org, "20", "BRL");
        assertThat(row(org).accountSince()).isEqualTo(MutableClock.DEFAULT_NOW);

        deals.reopen(early.id(), early.version());
        assertThat(row(org).accountSince()).isEqualTo(MutableClock.DEFAULT_NOW.plusSeconds(86_400));
    }

    @Test
    void won_value_is_converted_to_the_default_currency_and_deals_without_a_rate_are_counted_apart() {
        data.jdbc()
                .update(
                        "insert into exchange_rate (base_currency, quote_currency, rate, effective_date, created_at) "
                                + "values ('USD', 'BRL', 5, ?, ?), ('BRL', 'EUR', 0.2, ?, ?)",
                        Date.valueOf(TODAY.minusDays(30)),
                        Timestamp.from(Instant.now()),
                        Date.valueOf(TODAY.minusDays(30)),
                        Timestamp.from(Instant.now()));
        currencies.refreshConversionRates();
        long org = organization("Acme").id();
        won(org, "100", "BRL");
        won(org, "50.50", "BRL");
        won(org, "10", "USD");
        won(org, "3", "EUR");
        won(org, "7", "GBP");
        deal(org, "30", "BRL");
        deal(org, "1", "GBP");

        AccountDetails details = accounts.details(org).orElseThrow();
        assertThat(details.row().wonCount()).isEqualTo(5);
        assertThat(details.row().wonValue()).isEqualByComparingTo("215.50");
        assertThat(details.row().openCount()).isEqualTo(2);
        assertThat(details.row().openValue()).isEqualByComparingTo("30");
        assertThat(details.row().unconvertedDeals()).isEqualTo(2);
        assertThat(details.perCurrency())
                .extracting(t -> t.currency() + " " + t.status() + " " + t.count() + " "
                        + t.value().stripTrailingZeros().toPlainString() + " " + t.hasRate())
                .containsExactlyInAnyOrder(
                        "BRL WON 2 150.5 true",
                        "USD WON 1 10 true",
                        "EUR WON 1 3 true",
                        "GBP WON 1 7 false",
                        "BRL OPEN 1 30 true",
                        "GBP OPEN 1 1 false");
    }

    @Test
    void the_row_alone_is_the_details_row_in_one_statement() {
        long org = organization("Acme").id();
        won(org, "100", "BRL");
        long notAccount = organization("Prospect").id();

        assertThat(accounts.row(org))
                .contains(accounts.details(org).orElseThrow().row());
        assertThat(accounts.row(notAccount)).isEmpty();
        assertThat(statements.countDuring(() -> accounts.row(org))).isEqualTo(1);
    }

    @Test
    void a_new_rate_changes_the_converted_values_of_existing_accounts() {
        long org = organization("Acme").id();
        won(org, "10", "USD");
        assertThat(row(org).unconvertedDeals()).isEqualTo(1);
        assertThat(row(org).wonValue()).isEqualByComparingTo("0");

        data.jdbc()
                .update(
                        "insert into exchange_rate (base_currency, quote_currency, rate, effective_date, created_at) "
                                + "values ('USD', 'BRL', 5.5, ?, ?)",
                        Date.valueOf(TODAY),
                        Timestamp.from(Instant.now()));
        currencies.refreshConversionRates();

        assertThat(row(org).unconvertedDeals()).isZero();
        assertThat(row(org).wonValue()).isEqualByComparingTo("55");
    }

    @Test
    void people_count_leaves_deleted_people_out() {
        long org = account("Acme");
        person("Ana", org);
        person("Bruno", org);
        PersonDetails gone = person("Carla", org);
        people.delete(gone.id(), gone.version());

        assertThat(row(org).peopleCount()).isEqualTo(2);
    }

    @Test
    void the_next_activity_is_the_earliest_open_one_by_date_then_time_then_id() {
        long org = account("Acme");
        activityOn(org, TODAY.plusDays(2), null);
        ActivityDetails timed = activityOn(org, TODAY.plusDays(1), LocalTime.of(9, 0));
        ActivityDetails allDay = activityOn(org, TODAY.plusDays(1), null);
        activityOn(org, TODAY.plusDays(1), LocalTime.of(8, 0));

        assertThat(row(org).nextActivity().id()).isEqualTo(allDay.id());

        activities.markDone(allDay.id(), allDay.version());
        NextActivity next = row(org).nextActivity();
        assertThat(next.dueTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(next.type()).isEqualTo(ActivityType.CALL);
        assertThat(row(org).bucket()).isEqualTo(AccountBucket.THIS_WEEK);
        assertThat(row(org).lastActivityAt()).isEqualTo(MutableClock.DEFAULT_NOW);
        assertThat(timed.id()).isNotEqualTo(next.id());
    }

    @Test
    void rescheduling_moves_the_account_between_buckets() {
        long org = account("Acme");
        assertThat(row(org).bucket()).isEqualTo(AccountBucket.NO_ACTIVITY);
        ActivityDetails call = activityOn(org, TODAY.minusDays(1), null);
        assertThat(row(org).bucket()).isEqualTo(AccountBucket.OVERDUE);

        activities.reschedule(call.id(), call.version(), TODAY.plusDays(6), null);
        assertThat(row(org).bucket()).isEqualTo(AccountBucket.NEXT_WEEK);
    }

    @Test
    void the_search_ignores_case_and_accents() {
        long saoPaulo = account("São Paulo Ltda");
        long acai = account("Açaí & Cia");
        account("Acme");

        assertThat(ids(AccountFilter.ALL.withSearch("sao"))).containsExactly(saoPaulo);
        assertThat(ids(AccountFilter.ALL.withSearch("SÃO PAULO"))).containsExactly(saoPaulo);
        assertThat(ids(AccountFilter.ALL.withSearch("acai"))).containsExactly(acai);
        assertThat(ids(AccountFilter.ALL.withSearch("%"))).isEmpty();
        assertThat(ids(AccountFilter.ALL.withSearch("a_e"))).isEmpty();
        assertThat(ids(AccountFilter.ALL.withSearch("' or 1=1 --"))).isEmpty();
    }

    @Test
    void the_owner_filter_keeps_the_owners_accounts() {
        long mine = account("Mine");
        long theirs = organizations
                .create(new com.contas.organization.OrganizationInput("Theirs", null, data.userId(DemoUser.SALES_1)))
                .id();
        won(theirs, "5", "BRL");

        assertThat(ids(AccountFilter.ALL.withOwner(me))).containsExactly(mine);
        assertThat(ids(AccountFilter.ALL.withOwner(data.userId(DemoUser.SALES_1))))
                .containsExactly(theirs);
        long nobodys = organizations
                .create(new com.contas.organization.OrganizationInput("Nobody's", null, data.userId(DemoUser.SALES_2)))
                .id();
        won(nobodys, "5", "BRL");
        assertThat(ids(AccountFilter.ALL.withOwners(Set.of(me, data.userId(DemoUser.SALES_1)))))
                .containsExactlyInAnyOrder(mine, theirs);
    }

    @Test
    void the_bucket_filter_and_the_bucket_totals_agree_with_each_accounts_bucket() {
        long none = account("None");
        long overdue = account("Overdue");
        activityOn(overdue, TODAY.minusDays(3), null);
        long today = account("Today");
        activityOn(today, TODAY, LocalTime.NOON);
        long thisWeek = account("This week");
        activityOn(thisWeek, LocalDate.of(2026, 3, 15), null);
        long nextWeek = account("Next week");
        activityOn(nextWeek, LocalDate.of(2026, 3, 16), null);
        long nextWeekEnd = account("Next week end");
        activityOn(nextWeekEnd, LocalDate.of(2026, 3, 22), null);
        long later = account("Later");
        activityOn(later, LocalDate.of(2026, 3, 23), null);
        won(later, "1000", "BRL");

        assertThat(ids(AccountFilter.ALL.withBuckets(Set.of(AccountBucket.NEXT_WEEK))))
                .containsExactlyInAnyOrder(nextWeek, nextWeekEnd);
        assertThat(ids(AccountFilter.ALL.withBuckets(Set.of(AccountBucket.NO_ACTIVITY, AccountBucket.OVERDUE))))
                .containsExactlyInAnyOrder(none, overdue);

        BucketTotals totals = accounts.bucketTotals(AccountFilter.ALL);
        assertThat(totals.of(AccountBucket.NO_ACTIVITY).count()).isEqualTo(1);
        assertThat(totals.of(AccountBucket.OVERDUE).count()).isEqualTo(1);
        assertThat(totals.of(AccountBucket.TODAY).count()).isEqualTo(1);
        assertThat(totals.of(AccountBucket.THIS_WEEK).count()).isEqualTo(1);
        assertThat(totals.of(AccountBucket.NEXT_WEEK).count()).isEqualTo(2);
        assertThat(totals.of(AccountBucket.NEXT_WEEK).wonValue()).isEqualByComparingTo("200");
        assertThat(totals.of(AccountBucket.LATER).wonValue()).isEqualByComparingTo("1100");
        for (AccountRow row : accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 0, 100)) {
            assertThat(ids(AccountFilter.ALL.withBuckets(Set.of(row.bucket())))).contains(row.id());
        }
    }

    @Test
    void with_sunday_weeks_the_buckets_follow_the_company_setting() {
        long sunday = account("Sunday");
        activityOn(sunday, LocalDate.of(2026, 3, 15), null);
        assertThat(row(sunday).bucket()).isEqualTo(AccountBucket.THIS_WEEK);

        data.updateSettings("first_day_of_week = 'SUNDAY'");
        assertThat(row(sunday).bucket()).isEqualTo(AccountBucket.NEXT_WEEK);
        assertThat(ids(AccountFilter.ALL.withBuckets(Set.of(AccountBucket.NEXT_WEEK))))
                .containsExactly(sunday);
    }

    @Test
    void the_company_time_zone_decides_what_today_is() {
        long org = account("Acme");
        activityOn(org, TODAY.plusDays(1), null);
        // 01:30 UTC on 12 March: still 11 March in São Paulo, already 12 March in UTC.
        clock.set(Instant.parse("2026-03-12T01:30:00Z"));
        assertThat(row(org).bucket()).isEqualTo(AccountBucket.THIS_WEEK);

        data.updateSettings("time_zone = 'UTC'");
        assertThat(row(org).bucket()).isEqualTo(AccountBucket.TODAY);
        assertThat(accounts.bucketTotals(AccountFilter.ALL)
                        .of(AccountBucket.TODAY)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void not_contacted_for_n_days_means_no_activity_done_since() {
        long never = account("Never");
        long longAgo = account("Long ago");
        long recently = account("Recently");
        clock.set(MutableClock.DEFAULT_NOW.minusSeconds(40L * 86_400));
        ActivityDetails old = activityOn(longAgo, TODAY.minusDays(40), null);
        activities.markDone(old.id(), old.version());
        clock.set(MutableClock.DEFAULT_NOW.minusSeconds(5L * 86_400));
        ActivityDetails recent = activityOn(recently, TODAY.minusDays(5), null);
        activities.markDone(recent.id(), recent.version());
        clock.reset();

        assertThat(ids(AccountFilter.ALL.withNotContactedDays(30))).containsExactlyInAnyOrder(never, longAgo);
        assertThat(ids(AccountFilter.ALL.withNotContactedDays(3))).containsExactlyInAnyOrder(never, longAgo, recently);
        assertThat(accounts.kpis(AccountFilter.ALL).notContacted()).isEqualTo(2);
    }

    @Test
    void each_kind_of_custom_field_condition_and_the_won_value_range_filter_accounts_and_combine_with_and() {
        long retail = account("Retail shop");
        long bank = account("Bank");
        long farm = account("Farm");
        won(bank, "900", "BRL"); // 1,000 in all
        data.jdbc()
                .update(
                        "insert into custom_field (id, name, type, options, position, created_at) values "
                                + "(900, 'Industry', 'OPTION', 'Retail' || chr(10) || 'Banking' || chr(10) || 'Farming', 1, ?),"
                                + "(901, 'Employees', 'NUMBER', null, 2, ?), (902, 'Client since', 'DATE', null, 3, ?),"
                                + "(903, 'Remarks', 'TEXT', null, 4, ?), (904, 'Key account', 'YES_NO', null, 5, ?)",
                        now(),
                        now(),
                        now(),
                        now(),
                        now());
        value(retail, 900, "text_value", "Retail");
        value(bank, 900, "text_value", "Banking");
        value(farm, 900, "text_value", "Farming");
        value(bank, 901, "number_value", new BigDecimal("250"));
        value(farm, 901, "number_value", new BigDecimal("20"));
        value(retail, 902, "date_value", Date.valueOf("2019-05-01"));
        value(bank, 902, "date_value", Date.valueOf("2024-02-29"));
        value(retail, 903, "text_value", "VIP client, 100% loyal");
        value(farm, 903, "text_value", "vip since 2020");
        value(bank, 903, "text_value", "VIP_2");
        value(bank, 904, "text_value", "yes");
        value(farm, 904, "text_value", "no");

        assertThat(ids(field(new FieldCondition.OneOf(900, Set.of("Retail", "Farming")))))
                .containsExactlyInAnyOrder(retail, farm);
        assertThat(ids(field(new FieldCondition.NumberBetween(901, new Range<>(new BigDecimal("100"), null)))))
                .containsExactly(bank);
        assertThat(ids(field(new FieldCondition.NumberBetween(901, new Range<>(null, new BigDecimal("20"))))))
                .containsExactly(farm);
        assertThat(ids(field(new FieldCondition.DateBetween(
                        902, new Range<>(LocalDate.parse("2019-05-01"), LocalDate.parse("2024-02-28"))))))
                .containsExactly(retail);
        assertThat(ids(field(new FieldCondition.Contains(903, "vip")))).containsExactlyInAnyOrder(retail, farm, bank);
        assertThat(ids(field(new FieldCondition.Contains(903, "100%")))).containsExactly(retail);
        assertThat(ids(field(new FieldCondition.Contains(903, "p_")))).containsExactly(bank);
        assertThat(ids(field(new FieldCondition.Answer(904, true)))).containsExactly(bank);
        assertThat(ids(field(new FieldCondition.Answer(904, false)))).containsExactly(farm);
        assertThat(ids(AccountFilter.ALL.withWonValue(new Range<>(new BigDecimal("500"), null))))
                .containsExactly(bank);
        assertThat(ids(AccountFilter.ALL.withWonValue(new Range<>(null, new BigDecimal("100")))))
                .containsExactlyInAnyOrder(retail, farm);

        AccountFilter both = field(new FieldCondition.Contains(903, "vip"))
                .withField(new FieldCondition.NumberBetween(901, new Range<>(null, new BigDecimal("100"))));
        assertThat(ids(both)).containsExactly(farm);
        assertThat(accounts.count(both)).isEqualTo(1);
        assertThat(ids(both.withWonValue(new Range<>(new BigDecimal("500"), null))))
                .isEmpty();
    }

    private static AccountFilter field(FieldCondition condition) {
        return AccountFilter.ALL.withField(condition);
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private void value(long organizationId, long fieldId, String column, Object value) {
        data.jdbc()
                .update(
                        "insert into custom_field_value (organization_id, field_id, " + column + ") values (?, ?, ?)",
                        organizationId,
                        fieldId,
                        value);
    }

    @Test
    void every_sort_orders_like_the_rows_say_in_both_directions_with_ties_broken_by_id() {
        long a = account("beta");
        won(a, "300", "BRL");
        long b = account("Álvaro");
        long c = account("alpha");
        won(c, "100", "BRL");
        long d = organizations
                .create(new com.contas.organization.OrganizationInput("Delta", null, data.userId(DemoUser.SALES_2)))
                .id();
        won(d, "100", "BRL");
        activityOn(b, TODAY.plusDays(3), LocalTime.of(10, 0));
        activityOn(c, TODAY.plusDays(3), null);
        activityOn(d, TODAY.minusDays(2), null);
        deal(a, "70", "BRL");
        person("P1", c);
        clock.set(MutableClock.DEFAULT_NOW.plusSeconds(60));
        ActivityDetails done = activityOn(a, TODAY, null);
        activities.markDone(done.id(), done.version());
        clock.reset();

        List<AccountRow> rows = accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 0, 100);
        assertThat(rows).hasSize(4);
        for (AccountSort.Field field : AccountSort.Field.values()) {
            if (field == AccountSort.Field.CUSTOM_FIELD) {
                continue;
            }
            for (boolean ascending : new boolean[] {true, false}) {
                Comparator<AccountRow> order = comparator(field);
                order = ascending
                        ? order.thenComparing(AccountRow::id)
                        : order.reversed()
                                .thenComparing(
                                        Comparator.comparing(AccountRow::id).reversed());
                List<Long> expected =
                        rows.stream().sorted(order).map(AccountRow::id).toList();
                List<Long> actual = accounts.page(AccountFilter.ALL, new AccountSort(field, ascending), 0, 100).stream()
                        .map(AccountRow::id)
                        .toList();
                assertThat(actual).as(field + (ascending ? " asc" : " desc")).isEqualTo(expected);
            }
        }
    }

    /** Missing values sort as the largest, as in the database. */
    private static Comparator<AccountRow> comparator(AccountSort.Field field) {
        return switch (field) {
            case NAME -> Comparator.comparing(r -> SearchFolding.normalize(r.name()));
            case OWNER ->
                Comparator.comparing((AccountRow r) -> SearchFolding.normalize(r.ownerName()))
                        .thenComparing(r -> SearchFolding.normalize(r.name()));
            case ACCOUNT_SINCE -> Comparator.comparing(AccountRow::accountSince);
            case WON_COUNT -> Comparator.comparing(AccountRow::wonCount);
            case WON_VALUE -> Comparator.comparing(AccountRow::wonValue);
            case OPEN_COUNT -> Comparator.comparing(AccountRow::openCount);
            case OPEN_VALUE -> Comparator.comparing(AccountRow::openValue);
            case PEOPLE -> Comparator.comparing(AccountRow::peopleCount);
            case NEXT_ACTIVITY ->
                Comparator.comparing(
                                (AccountRow r) -> r.nextActivity() == null
                                        ? null
                                        : r.nextActivity().dueDate(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(
                                r -> r.nextActivity() == null
                                        ? null
                                        : r.nextActivity().dueTime(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(
                                r -> r.nextActivity() == null
                                        ? null
                                        : r.nextActivity().id(),
                                Comparator.nullsLast(Comparator.naturalOrder()));
            case LAST_ACTIVITY ->
                Comparator.comparing(AccountRow::lastActivityAt, Comparator.nullsLast(Comparator.naturalOrder()));
            case BOARD ->
                Comparator.comparing(
                                (AccountRow r) -> r.nextActivity() == null
                                        ? null
                                        : r.nextActivity().dueDate(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(r -> SearchFolding.normalize(r.name()));
            case CUSTOM_FIELD -> throw new IllegalArgumentException("tested on its own");
        };
    }

    @Test
    void a_custom_field_sorts_by_its_values_with_missing_ones_last() {
        long small = account("Small");
        long big = account("Big");
        long none = account("None");
        data.jdbc()
                .update(
                        "insert into custom_field (id, name, type, position, created_at) values "
                                + "(901, 'Employees', 'NUMBER', 1, ?)",
                        Timestamp.from(Instant.now()));
        data.jdbc()
                .update(
                        "insert into custom_field_value (organization_id, field_id, number_value) values (?, 901, 9)",
                        small);
        data.jdbc()
                .update(
                        "insert into custom_field_value (organization_id, field_id, number_value) values (?, 901, 250)",
                        big);

        assertThat(accounts.page(AccountFilter.ALL, new AccountSort(AccountSort.Field.CUSTOM_FIELD, true, 901L), 0, 10))
                .extracting(AccountRow::id)
                .containsExactly(small, big, none);
        assertThat(accounts.page(
                        AccountFilter.ALL, new AccountSort(AccountSort.Field.CUSTOM_FIELD, false, 901L), 0, 10))
                .extracting(AccountRow::id)
                .containsExactly(none, big, small);
        assertThat(accounts.customValues(List.of(small, none)))
                .containsOnlyKeys(small)
                .extractingByKey(small)
                .satisfies(v -> assertThat(v.get(901L).number()).isEqualByComparingTo("9"));
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats() {
        for (int i = 0; i < 7; i++) {
            account("Org " + i % 3);
        }
        List<Long> all = ids(AccountFilter.ALL);
        List<Long> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 7; offset += 3) {
            accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, offset, 3).forEach(r -> paged.add(r.id()));
        }
        assertThat(paged).isEqualTo(all).hasSize(7);
    }

    @Test
    void a_page_of_50_costs_at_most_3_statements() {
        for (int i = 0; i < 60; i++) {
            long org = account("Org " + i);
            activityOn(org, TODAY.plusDays(i % 20), null);
            person("P" + i, org);
        }
        long pageStatements = statements.countDuring(() -> assertThat(accounts.page(
                        AccountFilter.ALL.withSearch("org"),
                        new AccountSort(AccountSort.Field.WON_VALUE, false),
                        0,
                        50))
                .hasSize(50));
        long countStatements = statements.countDuring(
                () -> assertThat(accounts.count(AccountFilter.ALL)).isEqualTo(60));

        assertThat(pageStatements + countStatements).isLessThanOrEqualTo(3);
    }

    @Test
    void the_kpis_count_and_sum_the_accounts() {
        long none = account("None");
        won(none, "50", "BRL");
        long overdue = account("Overdue");
        activityOn(overdue, TODAY.minusDays(1), null);
        long fine = account("Fine");
        activityOn(fine, TODAY.plusDays(1), null);
        organization("Not an account");

        AccountKpis kpis = accounts.kpis(AccountFilter.ALL);
        assertThat(kpis.accounts()).isEqualTo(3);
        assertThat(kpis.wonValue()).isEqualByComparingTo("350");
        assertThat(kpis.currency()).isEqualTo("BRL");
        assertThat(kpis.noActivity()).isEqualTo(1);
        assertThat(kpis.overdue()).isEqualTo(1);
        assertThat(kpis.notContacted()).isEqualTo(3);
        assertThat(kpis.notContactedDays()).isEqualTo(30);
    }

    @Test
    void an_edit_of_the_organization_shows_in_the_account() {
        long org = account("Acme");
        var details = organizations.get(org);
        organizations.update(
                org,
                details.version(),
                new com.contas.organization.OrganizationInput("Acme Global", null, data.userId(DemoUser.SALES_1)));

        AccountRow row = row(org);
        assertThat(row.name()).isEqualTo("Acme Global");
        assertThat(row.ownerName()).isEqualTo(DemoUser.SALES_1.displayName());
        assertThat(ids(AccountFilter.ALL.withSearch("global"))).containsExactly(org);
    }

    @Test
    void a_big_value_in_another_currency_is_not_silently_dropped_from_the_kpis() {
        long org = account("Acme");
        won(org, "999", "JPY");
        assertThat(accounts.kpis(AccountFilter.ALL).unconvertedDeals()).isEqualTo(1);
        assertThat(row(org).wonValue()).isEqualByComparingTo(new BigDecimal("100"));
    }
}
