package com.contas.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a link may be built from: plain e-mail addresses, phone numbers as written, http(s) addresses. */
class ValidationTest {

    @Test
    void plain_email_addresses_pass_and_addresses_a_mailto_link_would_read_as_more_do_not() {
        assertThat(new String[] {
                    "ana@client.com",
                    "ana.lima+crm@client.com.br",
                    "joão@açaí.com.br",
                    "a_b-c@sub-1.example.org",
                    "x@xn--bcher-kva.example",
                    "x@example.xn--p1ai"
                })
                .allMatch(Validation::isPlainEmail);
        assertThat(new String[] {
                    "ana@client.com?bcc=spy%40evil.com",
                    "ana@client.com&cc=spy@evil.com",
                    "spy%40evil.com@client.com",
                    "ana#x@client.com",
                    "\"ana\"@client.com",
                    "ana lima@client.com",
                    "<ana@client.com>",
                    "ana@client",
                    "ana@-client.com",
                    "ana@client-.com",
                    ".ana@client.com",
                    "ana..lima@client.com",
                    "ana@client..com",
                    "ana@client.com.",
                    "javascript:alert(1)//@x.com",
                    "ana@client.com\n",
                    "a".repeat(65) + "@client.com",
                    "ana@" + "d".repeat(250) + ".com",
                    ""
                })
                .noneMatch(Validation::isPlainEmail);
    }

    @Test
    void phone_numbers_are_digits_spaces_hyphens_parentheses_and_a_leading_plus() {
        assertThat(new String[] {"+55 11 91234-5678", "(11) 5555-0101", "112", "+1 (555) 123-4567"})
                .allMatch(Validation::isPhone);
        assertThat(new String[] {
                    "5555-0101;postd=999",
                    "5555-0101?x=1",
                    "55+11",
                    "11.5555.0101",
                    "12",
                    "call me",
                    "+",
                    "5555 0101 x12"
                })
                .noneMatch(Validation::isPhone);
        assertThat(Validation.dialable("+55 (11) 91234-5678")).isEqualTo("+5511912345678");
    }

    @Test
    void only_absolute_http_and_https_addresses_are_web_addresses() {
        assertThat(new String[] {"https://example.com/a?b=1", "HTTP://example.com"})
                .allMatch(Validation::isWebAddress);
        assertThat(new String[] {
                    "javascript:alert(1)",
                    "JaVaScRiPt:alert(1)",
                    "data:text/html,<script>x</script>",
                    "vbscript:msgbox",
                    "//evil.com/x",
                    "/accounts",
                    "https:///nohost",
                    "https://exa mple.com",
                    "https://example.com/\u0000"
                })
                .noneMatch(Validation::isWebAddress);
    }
}
