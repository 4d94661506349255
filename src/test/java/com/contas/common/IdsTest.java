package com.contas.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An id read from an address: digits that fit, or nothing; never an exception. */
class IdsTest {

    @Test
    void digits_that_fit_are_an_id() {
        assertThat(Ids.parse("42")).contains(42L);
        assertThat(Ids.parse("0")).contains(0L);
        assertThat(Ids.parse("007")).contains(7L);
        assertThat(Ids.parse("999999999999999999")).contains(999_999_999_999_999_999L);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "",
                "9999999999999999999",
                "99999999999999999999",
                "9223372036854775808",
                "-1",
                "+1",
                " 1",
                "1 ",
                "1e3",
                "1.5",
                "0x10",
                "abc",
                "\u0663", // ARABIC-INDIC DIGIT THREE: Long.parseLong would read it as 3
                "\uFF11" // FULLWIDTH DIGIT ONE
            })
    void anything_else_is_no_id(String text) {
        assertThat(Ids.parse(text)).isEmpty();
    }

    @Test
    void null_is_no_id() {
        assertThat(Ids.parse(null)).isEmpty();
    }
}
