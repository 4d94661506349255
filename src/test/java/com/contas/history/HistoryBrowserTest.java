package com.contas.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.common.PageSpec;
import com.contas.organization.OrganizationInput;
import com.contas.security.DemoUser;
import com.contas.testsupport.ServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class HistoryBrowserTest extends ServiceTestBase {

    @Autowired
    HistoryService history;

    @Test
    void a_user_cannot_browse_all_history() {
        assertThatThrownBy(() -> history.list(HistoryFilter.ALL, PageSpec.first(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.count(HistoryFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changes_are_filtered_by_kind_user_dates_and_text_newest_first() {
        var org = organization("Acme");
        org = organizations.update(org.id(), org.version(), new OrganizationInput("Acme Corp", org.address(), me));
        Instant first = clock.instant();
        clock.set(first.plus(Duration.ofDays(2)));
        var deal = deal(org.id(), "10", "BRL");
        data.signIn(DemoUser.SALES_1);
        deals.markWon(deal.id(), deal.version());
        data.signIn(DemoUser.ADMIN);

        assertThat(history.list(HistoryFilter.ALL, PageSpec.first(10)))
                .extracting(HistoryRow::field)
                .containsExactly("status", "name");
        HistoryRow status = history.list(new HistoryFilter("Deal", null, null, null, null), PageSpec.first(5))
                .get(0);
        assertThat(status.oldValue()).isEqualTo("OPEN");
        assertThat(status.newValue()).isEqualTo("WON");
        assertThat(status.changedByName()).isEqualTo("Mariana Costa");
        assertThat(history.count(new HistoryFilter(null, me, null, null, null))).isEqualTo(1);
        assertThat(history.count(new HistoryFilter(null, null, first.plusSeconds(1), null, null)))
                .isEqualTo(1);
        assertThat(history.count(new HistoryFilter(null, null, null, first.plusSeconds(1), null)))
                .isEqualTo(1);
        assertThat(history.list(new HistoryFilter(null, null, null, null, "acme corp"), PageSpec.first(5)))
                .extracting(HistoryRow::entityType)
                .containsExactly("Organization");
    }
}
