package com.contas.shell;

import com.contas.security.CurrentUser;
import com.contas.security.Language;
import com.contas.security.UserService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The screens speak the language the signed-in user chose in "My account", or else the browser's
 * (Vaadin picks it from Accept-Language when the session starts). A page's first navigation while
 * signed in reads the choice (one lookup per page load), before the view is built.
 */
@Component
public class UserLanguage implements VaadinServiceInitListener {

    private static final String APPLIED_FOR = "contas.languageAppliedFor";

    private final transient UserService users;
    private final transient CurrentUser currentUser;

    UserLanguage(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Long me = currentUser.idOrNull();
        UI ui = event.getUI();
        if (me == null || me.equals(ComponentUtil.getData(ui, APPLIED_FOR))) {
            return;
        }
        ComponentUtil.setData(ui, APPLIED_FOR, me);
        users.language(me).ifPresent(language -> apply(ui, Optional.of(language)));
    }

    /** Shows {@code ui} and the session's later pages in the language, or the browser's when empty. */
    public static void apply(UI ui, Optional<Language> language) {
        Locale locale = language.map(Language::locale).orElseGet(() -> browserLocale(ui.getSession()));
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
    }

    /** The browser's language if the app has it (exactly, or the same language), else the app's first. */
    static Locale browserLocale(VaadinSession session) {
        I18NProvider provider = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        List<Locale> supported = provider.getProvidedLocales();
        Locale browser =
                session.getBrowser() == null ? null : session.getBrowser().getLocale();
        if (browser == null || supported.isEmpty()) {
            return supported.isEmpty() ? Locale.ENGLISH : supported.get(0);
        }
        return supported.stream()
                .filter(browser::equals)
                .findFirst()
                .or(() -> supported.stream()
                        .filter(l -> l.getLanguage().equals(browser.getLanguage()))
                        .findFirst())
                .orElse(supported.get(0));
    }
}
