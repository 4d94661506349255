package com.contas.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.security.DemoUser;
import com.contas.security.Language;
import com.contas.security.UserService;
import com.contas.testsupport.KaribuTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

// Choosing a language reloads the page; Karibu's reload leaves the old UI's screens subscribed to live
// updates (a browser's reload ends the old page). A context of its own keeps them from the classes
// that count subscribers (LiveUpdatesTest).
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class UserLanguageTest extends KaribuTestBase {

    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");

    @Autowired
    UserService users;

    private String stored() {
        return data.jdbc()
                .queryForObject(
                        "select language from app_user where username = ?", String.class, DemoUser.USER.username());
    }

    @SuppressWarnings("unchecked")
    private Select<Language> languageSelect() {
        _get(Button.class, spec -> spec.withClasses("contas-my-account")).click();
        return _get(_get(MyAccountDialog.class), Select.class);
    }

    @Test
    void a_user_who_chose_portuguese_sees_it_after_signing_in_again() {
        users.changeOwnLanguage(data.userId(DemoUser.USER), "pt-BR");
        signIn(DemoUser.USER);
        ui().navigate("accounts");

        assertThat(ui().getLocale()).isEqualTo(PORTUGUESE);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(PORTUGUESE);
        assertThat(ui().getInternals().getTitle()).startsWith("Contas ·");
    }

    @Test
    void a_user_without_a_choice_keeps_the_browsers_language() {
        signIn(DemoUser.USER);
        ui().navigate("accounts");

        assertThat(ui().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(ui().getInternals().getTitle()).startsWith("Accounts ·");
    }

    @Test
    void choosing_portuguese_in_my_account_applies_at_once_and_is_remembered() {
        signIn(DemoUser.USER);
        ui().navigate("accounts");
        Select<Language> language = languageSelect();
        assertThat(language.getValue()).isNull();
        assertThat(language.getLabel()).isEqualTo("Language");

        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(language, Language.PORTUGUESE_BRAZIL);

        assertThat(stored()).isEqualTo("pt-BR");
        assertThat(ui().getLocale()).isEqualTo(PORTUGUESE);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(PORTUGUESE);
        ui().navigate("deals");
        assertThat(ui().getInternals().getTitle()).startsWith("Negócios ·");
    }

    @Test
    void choosing_the_browsers_language_forgets_the_choice() {
        users.changeOwnLanguage(data.userId(DemoUser.USER), "pt-BR");
        signIn(DemoUser.USER);
        ui().navigate("accounts");
        Select<Language> language = languageSelect();
        assertThat(language.getValue()).isEqualTo(Language.PORTUGUESE_BRAZIL);

        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(language, null);

        assertThat(stored()).isNull();
        assertThat(UserLanguage.browserLocale(VaadinSession.getCurrent())).isEqualTo(Locale.ENGLISH);
        assertThat(ui().getLocale().getLanguage()).isEqualTo("en");
    }
}
