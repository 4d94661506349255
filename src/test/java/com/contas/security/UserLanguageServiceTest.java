package com.contas.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserLanguageServiceTest extends ServiceTestBase {

    @Autowired
    UserService users;

    private String stored() {
        return data.jdbc().queryForObject("select language from app_user where id = ?", String.class, me);
    }

    @Test
    void a_new_user_has_no_language_of_their_own_so_the_browsers_applies() {
        assertThat(users.language(me)).isEmpty();
        assertThat(stored()).isNull();
    }

    @Test
    void a_user_who_chose_portuguese_keeps_it_until_they_choose_the_browsers_language() {
        assertThat(users.changeOwnLanguage(me, "pt-BR")).contains(Language.PORTUGUESE_BRAZIL);
        assertThat(stored()).isEqualTo("pt-BR");
        assertThat(users.language(me)).contains(Language.PORTUGUESE_BRAZIL);

        assertThat(users.changeOwnLanguage(me, "en")).contains(Language.ENGLISH);
        assertThat(users.language(me)).contains(Language.ENGLISH);

        assertThat(users.changeOwnLanguage(me, null)).isEmpty();
        assertThat(stored()).isNull();
        assertThat(users.language(me)).isEmpty();
    }

    @Test
    void a_language_the_app_does_not_have_is_refused_and_nothing_changes() {
        users.changeOwnLanguage(me, "pt-BR");
        for (String tag : new String[] {"fr", "pt_BR", "PT-BR", "en-US", "<b>en</b>", "x".repeat(200)}) {
            assertRefusedWithoutWrites("language", () -> users.changeOwnLanguage(me, tag));
            assertThat(stored()).as(tag).isEqualTo("pt-BR");
        }
    }
}
