package com.contas.security.ui;

import com.contas.common.DemoMode;
import com.contas.security.DemoUser;
import com.contas.security.SignInThrottledException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page; in demo mode it lists the demo users and their passwords. After too many
 * failures it says when to try again.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final transient Clock clock;

    public LoginView(DemoMode demoMode, Clock clock) {
        this.clock = clock;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        // The page outside the shell: it is the main landmark itself.
        getElement().setAttribute("role", "main");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1(getTranslation("app.name")), form);

        if (demoMode.users()) {
            Div demo = new Div(new Paragraph(getTranslation("login.demoUsers")));
            demo.addClassName("contas-demo-users");
            Arrays.stream(DemoUser.values())
                    .filter(DemoUser::shownOnLogin)
                    .forEach(user -> demo.add(new Paragraph(getTranslation(
                            "login.demoUser",
                            getTranslation("role." + user.role()),
                            user.username(),
                            user.password()))));
            add(demo);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    /**
     * After a refused sign-in Spring Security sends the browser here with {@code ?error} and keeps
     * the refusal in the session: a throttled one says when to try again.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        LoginI18n i18n = i18n();
        if (error
                && VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof SignInThrottledException throttled) {
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(throttledMessage(throttled));
        }
        form.setI18n(i18n);
        form.setError(error);
    }

    private String throttledMessage(SignInThrottledException throttled) {
        long millis = Math.max(
                1, Duration.between(clock.instant(), throttled.retryAt()).toMillis());
        return throttled.locked()
                ? getTranslation("login.throttled.minutes", (millis + 59_999) / 60_000)
                : getTranslation("login.throttled.seconds", (millis + 999) / 1000);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
