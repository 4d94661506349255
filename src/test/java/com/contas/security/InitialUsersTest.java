package com.contas.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.contas.common.DemoMode;
import com.contas.security.UserService.NewUser;
import org.junit.jupiter.api.Test;

class InitialUsersTest {

    private final UserService users = mock(UserService.class);

    @Test
    void without_demo_users_an_empty_database_refuses_to_start_without_an_admin_from_the_environment() {
        when(users.count()).thenReturn(0L);
        var initial = new InitialUsers(users, new SecurityProperties(null, null), new DemoMode(false, false));

        assertThatThrownBy(() -> initial.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONTAS_ADMIN_USERNAME");
        verify(users, never()).create(any());
    }

    @Test
    void without_demo_users_the_first_admin_comes_from_the_environment() {
        when(users.count()).thenReturn(0L);
        new InitialUsers(users, new SecurityProperties("boss", "Rosa-de-Saron-1911"), new DemoMode(false, false))
                .run(null);

        verify(users).create(new NewUser("boss", "boss", null, "Rosa-de-Saron-1911", Role.ADMIN));
    }

    @Test
    void a_weak_admin_password_from_the_environment_stops_the_start_and_says_why() {
        when(users.count()).thenReturn(0L);
        for (String weak : new String[] {"s3cret-pass", "password1234", "é".repeat(40)}) {
            var initial = new InitialUsers(users, new SecurityProperties("boss", weak), new DemoMode(false, false));

            assertThatThrownBy(() -> initial.run(null))
                    .as(weak)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("CONTAS_ADMIN_PASSWORD")
                    .hasMessageContaining("12 characters");
        }
        verify(users, never()).create(any());
    }

    @Test
    void the_demo_users_keep_their_short_demo_passwords_as_nobody_typed_them() {
        when(users.count()).thenReturn(0L);
        new InitialUsers(users, new SecurityProperties(null, null), new DemoMode(true, false)).run(null);

        verify(users).createDemoUsers();
        verify(users, never()).create(any());
    }

    @Test
    void a_database_with_users_gets_no_new_ones() {
        when(users.count()).thenReturn(3L);
        new InitialUsers(users, new SecurityProperties(null, null), new DemoMode(false, false)).run(null);

        verify(users, never()).create(any());
    }
}
