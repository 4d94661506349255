package com.contas.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.security.ui.LoginView;
import com.contas.testsupport.KaribuTestBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** What the login page says after a refused sign-in (Spring leaves the refusal in the session). */
class LoginViewTest extends KaribuTestBase {

    /** The error title or message the login form shows (its i18n property, as the browser gets it). */
    private static String error(LoginForm form, String key) {
        try {
            return new ObjectMapper()
                    .readTree(form.getElement().getPropertyRaw("i18n").toString())
                    .path("errorMessage")
                    .path(key)
                    .asText();
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private LoginForm afterRefusal(AuthenticationException refusal) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, refusal);
        ui().navigate("login", QueryParameters.fromString("error"));
        return _get(_get(LoginView.class), LoginForm.class);
    }

    @Test
    void a_wrong_password_says_to_check_the_username_and_password() {
        LoginForm form = afterRefusal(new BadCredentialsException("Bad credentials"));

        assertThat(form.isError()).isTrue();
        assertThat(error(form, "title")).isEqualTo("Wrong username or password");
    }

    @Test
    void a_locked_sign_in_says_in_how_many_minutes_to_try_again() {
        LoginForm form = afterRefusal(new SignInThrottledException(
                clock.instant().plus(Duration.ofMinutes(14).plusSeconds(10)), true));

        assertThat(form.isError()).isTrue();
        assertThat(error(form, "title")).isEqualTo("Too many attempts");
        assertThat(error(form, "message")).isEqualTo("Too many failed sign-ins. Try again in 15 minutes.");
    }

    @Test
    void a_short_delay_says_how_many_seconds_to_wait_in_portuguese_too() {
        ui().setLocale(Locale.forLanguageTag("pt-BR"));
        LoginForm form =
                afterRefusal(new SignInThrottledException(clock.instant().plusSeconds(8), false));

        assertThat(error(form, "message"))
                .isEqualTo("Tentativas malsucedidas demais. Espere 8 segundos e tente de novo.");
    }

    @Test
    void without_the_error_mark_an_old_refusal_is_not_shown() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new SignInThrottledException(clock.instant().plusSeconds(60), true));
        ui().navigate("login");

        assertThat(_get(LoginForm.class).isError()).isFalse();
    }
}
