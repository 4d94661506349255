package com.contas.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountBucket;
import com.contas.account.AccountFilter;
import com.contas.account.AccountSort;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountUrlStateTest {

    private static AccountUrlState parse(String query) {
        return AccountUrlState.parse(QueryParameters.fromString(query), 7L);
    }

    @Test
    void a_full_state_survives_the_round_trip_through_the_url() {
        AccountUrlState state = new AccountUrlState(
                new AccountFilter(
                        "são paulo", 7L, Set.of(AccountBucket.OVERDUE, AccountBucket.LATER), 45, 3L, "Retail"),
                true,
                new AccountSort(AccountSort.Field.NEXT_ACTIVITY, false));

        String query = state.toQueryParameters().getQueryString();
        assertThat(parse(query)).isEqualTo(state);
        assertThat(query)
                .contains("owner=me")
                .contains("bucket=overdue%2Clater")
                .contains("sort=next")
                .contains("dir=desc");
    }

    @Test
    void the_default_state_has_an_empty_query() {
        assertThat(new AccountUrlState(AccountFilter.ALL, false, AccountSort.BY_NAME)
                        .toQueryParameters()
                        .getQueryString())
                .isEmpty();
    }

    @Test
    void a_custom_field_sort_is_kept() {
        AccountUrlState state = parse("sort=cf12&dir=desc");
        assertThat(state.sort()).isEqualTo(new AccountSort(AccountSort.Field.CUSTOM_FIELD, false, 12L));
        assertThat(state.toQueryParameters().getQueryString()).isEqualTo("sort=cf12&dir=desc");
    }

    @Test
    void malformed_values_fall_back_to_defaults() {
        AccountUrlState state = parse("owner=-3&nc=99999&bucket=%00,overdue,,x&sort=name%27--&cf=1");
        assertThat(state.filter().ownerId()).isNull();
        assertThat(state.filter().notContactedDays()).isNull();
        assertThat(state.filter().buckets()).containsExactly(AccountBucket.OVERDUE);
        assertThat(state.filter().customFieldId()).isNull();
        assertThat(state.sort()).isEqualTo(AccountSort.BY_NAME);
    }

    @Test
    void an_overlong_search_is_cut() {
        assertThat(parse("q=" + "a".repeat(500)).filter().search()).hasSize(AccountUrlState.MAX_SEARCH_LENGTH);
    }
}
