package com.contas.shell;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.deal.ui.DealListView;
import com.contas.security.DemoUser;
import com.contas.testsupport.ListViewTestBase;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A list shows at most {@link ListPage#MAX_ROWS} rows and says when more match: its count stops
 * there instead of counting every deal on every opening and every search.
 */
class ListCapTest extends ListViewTestBase {

    @BeforeEach
    void moreDealsThanAListShows() {
        signIn(DemoUser.USER);
        long me = data.userId(DemoUser.USER);
        long stage = data.jdbc().queryForObject("select min(id) from deal_stage", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i <= ListPage.MAX_ROWS; i++) {
            rows.add(new Object[] {i == 7 ? "Rare find" : "Deal " + i, me, stage});
        }
        data.jdbc()
                .batchUpdate(
                        "insert into deal (title, value, currency, status, owner_id, stage_id, created_at, "
                                + "updated_at) values (?, 100, 'BRL', 'OPEN', ?, ?, current_timestamp, current_timestamp)",
                        rows);
    }

    private static List<String> cappedNotes() {
        return _find(Paragraph.class, spec -> spec.withClasses("contas-list-capped")).stream()
                .filter(p -> p.isVisible())
                .map(Paragraph::getText)
                .toList();
    }

    @Test
    void a_list_with_more_rows_than_it_shows_offers_the_first_ten_thousand_and_says_so() {
        ui().navigate(DealListView.class);

        assertThat(_size(grid())).isEqualTo(ListPage.MAX_ROWS);
        assertThat(cappedNotes())
                .containsExactly(
                        "More than 10,000 rows match; the first 10,000 are shown. Search or filter to narrow them.");
    }

    @Test
    void a_search_that_narrows_the_rows_shows_them_all_and_drops_the_note() {
        ui().navigate(DealListView.class);
        search("rare");

        assertThat(column(0)).containsExactly("Rare find");
        assertThat(cappedNotes()).isEmpty();
    }
}
