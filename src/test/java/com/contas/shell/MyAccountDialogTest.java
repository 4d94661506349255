package com.contas.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.security.DemoUser;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.Screen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class MyAccountDialogTest extends KaribuTestBase {

    @Autowired
    PasswordEncoder passwordEncoder;

    MyAccountDialog dialog;

    @BeforeEach
    void openMyAccount() {
        signIn(DemoUser.USER);
        ui().navigate("accounts");
        _get(Button.class, spec -> spec.withClasses("contas-my-account")).click();
        dialog = _get(MyAccountDialog.class);
    }

    private PasswordField field(String label) {
        return _get(dialog, PasswordField.class, spec -> spec.withLabel(label));
    }

    private void type(String current, String fresh, String repeated) {
        field("Current password").setValue(current);
        field("New password").setValue(fresh);
        field("New password again").setValue(repeated);
        _get(dialog, Button.class, spec -> spec.withText("Change password")).click();
    }

    private String hash() {
        return data.jdbc()
                .queryForObject(
                        "select password_hash from app_user where username = ?",
                        String.class,
                        DemoUser.USER.username());
    }

    @Test
    void my_account_says_who_is_signed_in() {
        assertThat(Screen.visibleText(dialog)).contains("Signed in as " + DemoUser.USER.username());
    }

    @Test
    void a_wrong_current_password_a_mismatch_and_an_overlong_password_are_refused_next_to_their_fields() {
        String before = hash();
        type("not my password", "é".repeat(40), "something else");

        assertThat(field("Current password").getErrorMessage()).isEqualTo("Not your current password");
        assertThat(field("New password").getErrorMessage())
                .isEqualTo("Too long: at most 72 bytes (an accented letter counts as two)");
        assertThat(field("New password again").getErrorMessage()).isEqualTo("The two new passwords differ");
        assertThat(hash()).isEqualTo(before);
        assertThat(_find(MyAccountDialog.class)).hasSize(1);
    }

    @Test
    void a_short_or_common_new_password_is_refused_next_to_its_field() {
        String before = hash();
        type(DemoUser.USER.password(), "pão-queijo", "pão-queijo");
        assertThat(field("New password").getErrorMessage()).isEqualTo("At least 12 characters");

        type(DemoUser.USER.password(), "password1234", "password1234");
        assertThat(field("New password").getErrorMessage())
                .isEqualTo("One of the most common passwords: choose another");

        type(DemoUser.USER.password(), "lucas-ferreira-1990", "lucas-ferreira-1990");
        assertThat(field("New password").getErrorMessage()).startsWith("Too easy to guess");
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void the_right_current_password_changes_it_and_says_the_other_sessions_ended() {
        type(DemoUser.USER.password(), "pão de queijo 2026", "pão de queijo 2026");

        assertThat(_find(MyAccountDialog.class)).isEmpty();
        assertThat(passwordEncoder.matches("pão de queijo 2026", hash())).isTrue();
        assertThat(Screen.notifications()).contains("Password changed. Your other sessions have been signed out.");
    }
}
