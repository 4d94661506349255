package com.contas.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountBucket;
import com.contas.account.AccountFilter;
import com.contas.account.AccountSort;
import com.contas.account.FieldCondition;
import com.contas.account.Range;
import com.contas.customfield.CustomFieldInfo;
import com.contas.customfield.CustomFieldType;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountUrlStateTest {

    private static final List<CustomFieldInfo> FIELDS = List.of(
            field(3, CustomFieldType.OPTION, List.of("Retail", "Banking, insurance", "Farming")),
            field(4, CustomFieldType.NUMBER, List.of()),
            field(5, CustomFieldType.DATE, List.of()),
            field(6, CustomFieldType.TEXT, List.of()),
            field(7, CustomFieldType.YES_NO, List.of()),
            field(8, CustomFieldType.MONEY, List.of()));

    private static CustomFieldInfo field(long id, CustomFieldType type, List<String> options) {
        return new CustomFieldInfo(id, "Field " + id, type, options, (int) id, false, 0);
    }

    private static AccountUrlState parse(String query) {
        return AccountUrlState.parse(QueryParameters.fromString(query), 7L, FIELDS);
    }

    @Test
    void a_full_state_survives_the_round_trip_through_the_url() {
        AccountUrlState state = new AccountUrlState(
                new AccountFilter(
                        "são paulo",
                        Set.of(7L, 12L, 3L),
                        Set.of(AccountBucket.OVERDUE, AccountBucket.LATER),
                        45,
                        new Range<>(new BigDecimal("1000.5"), null),
                        List.of(
                                new FieldCondition.OneOf(3, Set.of("Retail", "Banking, insurance")),
                                new FieldCondition.NumberBetween(4, new Range<>(BigDecimal.TEN, new BigDecimal("250"))),
                                new FieldCondition.DateBetween(5, new Range<>(null, LocalDate.parse("2026-03-31"))),
                                new FieldCondition.Contains(6, "a..b & c=d"),
                                new FieldCondition.Answer(7, false))),
                7L,
                new AccountSort(AccountSort.Field.NEXT_ACTIVITY, false));

        String query = state.toQueryParameters().getQueryString();
        assertThat(parse(query)).isEqualTo(state);
        assertThat(query)
                .contains("owner=me%2C3%2C12")
                .contains("bucket=overdue%2Clater")
                .contains("won=1000.5..")
                .contains("f3=Banking%2C%20insurance&f3=Retail")
                .contains("f4=10..250")
                .contains("f5=..2026-03-31")
                .contains("f7=no")
                .contains("sort=next")
                .contains("dir=desc");
    }

    @Test
    void the_default_state_has_an_empty_query() {
        assertThat(AccountUrlState.DEFAULT.toQueryParameters().getQueryString()).isEmpty();
    }

    @Test
    void a_custom_field_sort_is_kept() {
        AccountUrlState state = parse("sort=cf12&dir=desc");
        assertThat(state.sort()).isEqualTo(new AccountSort(AccountSort.Field.CUSTOM_FIELD, false, 12L));
        assertThat(state.toQueryParameters().getQueryString()).isEqualTo("sort=cf12&dir=desc");
    }

    @Test
    void malformed_values_fall_back_to_defaults() {
        AccountUrlState state = parse("owner=-3,x&nc=99999&bucket=%00,overdue,,x&sort=name%27--&cf=1&won=9..1"
                + "&f3=Unknown&f4=ten..20&f5=2026-02-30..&f7=maybe&f99=1..2&f8=..");
        assertThat(state.filter().ownerIds()).isEmpty();
        assertThat(state.ownerIsMe()).isFalse();
        assertThat(state.filter().notContactedDays()).isNull();
        assertThat(state.filter().buckets()).containsExactly(AccountBucket.OVERDUE);
        assertThat(state.filter().wonValue()).isNull();
        assertThat(state.filter().fields()).isEmpty();
        assertThat(state.sort()).isEqualTo(AccountSort.BY_NAME);
    }

    @Test
    void an_option_set_keeps_only_the_fields_options() {
        assertThat(parse("f3=Retail&f3=Nope").filter().fields())
                .containsExactly(new FieldCondition.OneOf(3, Set.of("Retail")));
    }

    @Test
    void the_single_value_of_a_view_saved_before_field_conditions_still_filters() {
        assertThat(parse("cf=4&cfv=250").filter().fields())
                .containsExactly(
                        new FieldCondition.NumberBetween(4, new Range<>(new BigDecimal("250"), new BigDecimal("250"))));
        assertThat(parse("cf=3&cfv=Retail").filter().fields())
                .containsExactly(new FieldCondition.OneOf(3, Set.of("Retail")));
        assertThat(parse("cf=6&cfv=vip").filter().fields()).containsExactly(new FieldCondition.Contains(6, "vip"));
    }

    @Test
    void an_overlong_search_is_cut() {
        assertThat(parse("q=" + "a".repeat(500)).filter().search()).hasSize(AccountUrlState.MAX_SEARCH_LENGTH);
    }
}
