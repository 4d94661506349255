package com.contas.account.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountKpis;
import com.contas.detail.ui.DetailFormat;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KpiTilesTest {

    private static final AccountKpis LARGE =
            new AccountKpis(154, new BigDecimal("14890715374.52"), "BRL", 38, 33, 72, 30, 0);

    private KpiTiles tiles;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        tiles = new KpiTiles(tile -> {});
        UI.getCurrent().add(tiles);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static DetailFormat format(String languageTag) {
        return new DetailFormat(Locale.forLanguageTag(languageTag), ZoneOffset.UTC, "BRL", LocalDate.of(2026, 3, 11));
    }

    @Test
    void a_large_won_value_is_compact_with_the_exact_figure_on_hover() {
        tiles.show(LARGE, format("pt-BR"));

        assertThat(tiles.valueOf(KpiTiles.Tile.WON_VALUE).replace('\u00a0', ' '))
                .isEqualTo("R$ 14,9 bi");
        assertThat(tiles.exactValueOf(KpiTiles.Tile.WON_VALUE).replace('\u00a0', ' '))
                .isEqualTo("R$ 14.890.715.374,52");
        assertThat(tiles.valueOf(KpiTiles.Tile.ACCOUNTS)).isEqualTo("154");

        tiles.show(LARGE, format("en"));
        assertThat(tiles.valueOf(KpiTiles.Tile.WON_VALUE)).isEqualTo("R$14.9B");
        assertThat(tiles.exactValueOf(KpiTiles.Tile.WON_VALUE)).isEqualTo("R$14,890,715,374.52");
    }

    @Test
    void a_tiles_accessible_name_is_its_visible_text_and_includes_the_exact_figure() {
        tiles.show(LARGE, format("en"));
        var card = tiles.card(KpiTiles.Tile.WON_VALUE);

        // No aria-label or aria-labelledby: the name comes from the content, which starts with what is seen.
        assertThat(card.getElement().getAttribute("aria-label")).isNull();
        assertThat(card.getElement().getAttribute("aria-labelledby")).isNull();
        assertThat(card.getElement().getTextRecursively())
                .isEqualTo("Total won value" + "R$14.9B" + "R$14,890,715,374.52");
    }

    @Test
    void a_small_won_value_is_shown_exactly_once() {
        tiles.show(new AccountKpis(3, new BigDecimal("1234.5"), "BRL", 1, 1, 0, 30, 0), format("en"));

        assertThat(tiles.valueOf(KpiTiles.Tile.WON_VALUE)).isEqualTo("R$1,234.50");
        assertThat(tiles.card(KpiTiles.Tile.WON_VALUE).getElement().getTextRecursively())
                .isEqualTo("Total won value" + "R$1,234.50");
    }
}
