package com.contas.shell;

import com.contas.security.CurrentUser;
import com.contas.security.Language;
import com.contas.security.PasswordPolicy;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;

/**
 * "My account": who is signed in, the language of the screens (applies at once: the page is shown
 * again in it), and changing one's own password (the current one required, the
 * new one typed twice). The user's other sessions end; this one goes on.
 */
class MyAccountDialog extends FormDialog {

    private final transient UserService users;
    private final transient CurrentUser currentUser;
    private final long userId;
    private final Select<Language> language = new Select<>();
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    MyAccountDialog(UserService users, CurrentUser currentUser, UserSummary me) {
        super(me.displayName(), "account.changePassword", () -> {
            Notification saved = Notification.show(
                    UI.getCurrent().getTranslation("account.passwordChanged"),
                    5000,
                    Notification.Position.BOTTOM_START);
            saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        this.users = users;
        this.currentUser = currentUser;
        this.userId = me.id();
        addContent(new Paragraph(getTranslation("account.signedInAs", me.username())));
        language.setLabel(getTranslation("account.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l == null ? "" : getTranslation("account.language." + l.tag()));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("account.language.browser"));
        language.setValue(users.language(userId).orElse(null));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                chooseLanguage(e.getValue());
            }
        });
        field("language", language);
        current.setLabel(getTranslation("account.currentPassword"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        fresh.setLabel(getTranslation("account.newPassword"));
        fresh.setHelperText(getTranslation("account.newPassword.help", PasswordPolicy.MIN_LENGTH));
        fresh.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeated.setLabel(getTranslation("account.repeatPassword"));
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        field("currentPassword", current);
        field("newPassword", fresh);
        field("repeatedPassword", repeated);
        current.focus();
    }

    /** Saves the choice (the service refuses an unsupported one) and shows the page again in it. */
    private void chooseLanguage(Language chosen) {
        String tag = chosen == null ? null : chosen.tag();
        run(() -> users.changeOwnLanguage(userId, tag), () -> {
            UI ui = UI.getCurrent();
            UserLanguage.apply(ui, Optional.ofNullable(chosen));
            ui.getPage().reload();
        });
    }

    @Override
    protected void save() {
        int epoch = users.changeOwnPassword(userId, current.getValue(), fresh.getValue(), repeated.getValue());
        currentUser.keepSessionAfterPasswordChange(epoch);
    }
}
