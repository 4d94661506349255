package com.contas.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.ui.list.AccountListView;
import com.contas.testsupport.KaribuTestBase;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.Test;

/** The shell's sign-out button, the way the app signs out (not a form post). */
class SignOutTest extends KaribuTestBase {

    @Test
    void the_sign_out_button_invalidates_the_http_session() {
        signIn(DemoUser.USER);
        ui().navigate(AccountListView.class);
        FakeHttpSession session = (FakeHttpSession)
                ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        assertThat(session.isValid()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Sign out")));

        assertThat(session.isValid()).isFalse();
    }
}
