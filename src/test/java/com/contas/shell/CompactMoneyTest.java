package com.contas.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CompactMoneyTest {

    private static final Formats PORTUGUESE = new Formats(Locale.forLanguageTag("pt-BR"), ZoneOffset.UTC);
    private static final Formats ENGLISH = new Formats(Locale.ENGLISH, ZoneOffset.UTC);
    private static final BigDecimal BILLIONS = new BigDecimal("14890715374.52");

    /** Java writes a no-break space between R$ and the number in pt-BR; shown as a space here. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    @Test
    void a_sum_in_billions_is_written_in_a_few_characters_in_each_language() {
        assertThat(plain(PORTUGUESE.moneyCompact(BILLIONS, "BRL"))).isEqualTo("R$ 14,9 bi");
        assertThat(ENGLISH.moneyCompact(BILLIONS, "BRL")).isEqualTo("R$14.9B");
        assertThat(ENGLISH.moneyCompact(new BigDecimal("15197617.43"), "USD")).isEqualTo("$15.2M");
        assertThat(plain(PORTUGUESE.moneyCompact(new BigDecimal("15197617.43"), "BRL")))
                .isEqualTo("R$ 15,2 mi");
    }

    @Test
    void below_a_million_the_exact_figure_is_shown() {
        assertThat(plain(PORTUGUESE.moneyCompact(new BigDecimal("999999.99"), "BRL")))
                .isEqualTo("R$ 999.999,99");
        assertThat(ENGLISH.moneyCompact(new BigDecimal("1234.56"), "BRL")).isEqualTo("R$1,234.56");
    }

    @Test
    void the_exact_figure_is_written_in_the_users_locale() {
        assertThat(plain(PORTUGUESE.money(BILLIONS, "BRL"))).isEqualTo("R$ 14.890.715.374,52");
        assertThat(ENGLISH.money(BILLIONS, "BRL")).isEqualTo("R$14,890,715,374.52");
    }

    @Test
    void an_unknown_currency_is_shown_by_its_code() {
        assertThat(ENGLISH.moneyCompact(BILLIONS, "XYZ")).isEqualTo("XYZ 15B".replace("15B", "14.9B"));
        assertThat(ENGLISH.money(new BigDecimal("1234.5"), "XYZ")).isEqualTo("XYZ 1,234.5");
        assertThat(ENGLISH.moneyShort(new BigDecimal("1234.5"), "XYZ")).isEqualTo("XYZ 1,234.5");
    }

    @Test
    void a_narrow_column_drops_the_cents_below_a_million_and_is_compact_above() {
        assertThat(ENGLISH.moneyShort(new BigDecimal("223025.20"), "BRL")).isEqualTo("R$223,025");
        assertThat(plain(PORTUGUESE.moneyShort(new BigDecimal("223025.50"), "BRL")))
                .isEqualTo("R$ 223.026");
        assertThat(ENGLISH.moneyShort(new BigDecimal("15197617.43"), "USD")).isEqualTo("$15.2M");
        assertThat(ENGLISH.moneyShort(new BigDecimal("-1234.56"), "USD")).isEqualTo("-$1,235");
    }
}
