package com.contas.admin.ui;

import com.contas.security.PasswordPolicy;
import com.contas.security.Role;
import com.contas.security.UserAdminService;
import com.contas.security.UserFilter;
import com.contas.security.UserRow;
import com.contas.security.UserService;
import com.contas.shell.FormDialog;
import com.contas.shell.ListPage;
import com.contas.shell.MainLayout;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Users: create, change name and role, deactivate or reactivate, reset the password, unlock a
 * sign-in locked after too many failures.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminUsersView extends ListPage<UserRow, UserFilter> {

    private final transient UserAdminService users;
    private final Checkbox showInactive = new Checkbox();

    public AdminUsersView(UserAdminService users) {
        super("admin.users.title", "admin.users.new");
        this.users = users;
        readFrom((f, page) -> this.users.list(f, page), (f, atMost) -> this.users.count(f));
        showInactive.setLabel(getTranslation("admin.users.showInactive"));
        showInactive.addValueChangeListener(e -> refresh());
        addFilters(showInactive);
        column("admin.users.column.displayName", UserRow::displayName, "displayName")
                .setFlexGrow(2);
        column("admin.users.column.username", UserRow::username, "username");
        column("admin.users.column.email", UserRow::email, "email").setFlexGrow(2);
        column("admin.users.column.role", r -> getTranslation("role." + r.role()), "role");
        column("admin.users.column.status", r -> getTranslation(status(r)), "active");
    }

    private static String status(UserRow row) {
        if (!row.active()) {
            return "admin.users.inactive";
        }
        return row.signInLockedUntil() != null ? "admin.users.signInLocked" : "admin.users.active";
    }

    @Override
    protected UserFilter filter() {
        return new UserFilter(searchText(), showInactive.getValue() ? null : Boolean.TRUE);
    }

    @Override
    protected FormDialog form(UserRow row) {
        TextField username = new TextField(getTranslation("admin.users.field.username"));
        TextField displayName = new TextField(getTranslation("admin.users.field.displayName"));
        EmailField email = new EmailField(getTranslation("admin.users.field.email"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("admin.users.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        PasswordField password = new PasswordField(getTranslation("admin.users.field.password"));
        password.setHelperText(getTranslation("account.newPassword.help", PasswordPolicy.MIN_LENGTH));
        if (row == null) {
            role.setValue(Role.USER);
            FormDialog dialog = new FormDialog(
                    getTranslation("admin.users.new"),
                    "form.save",
                    () -> users.create(new UserService.NewUser(
                            username.getValue(),
                            displayName.getValue(),
                            email.getValue(),
                            password.getValue(),
                            role.getValue())),
                    () -> done("form.saved", displayName.getValue()));
            dialog.field("username", username);
            dialog.field("displayName", displayName);
            dialog.field("email", email);
            dialog.field("role", role);
            dialog.field("password", password);
            return dialog;
        }
        displayName.setValue(row.displayName());
        email.setValue(row.email() == null ? "" : row.email());
        role.setValue(row.role());
        FormDialog dialog = new FormDialog(
                getTranslation("admin.users.edit", row.username()),
                "form.save",
                () -> users.update(row.id(), row.version(), displayName.getValue(), email.getValue(), role.getValue()),
                () -> done("form.saved", displayName.getValue()));
        dialog.field("displayName", displayName);
        dialog.field("email", email);
        dialog.field("role", role);
        // Problems of the status buttons ("the last admin") show at the top of the form.
        dialog.action(
                row.active() ? "admin.users.deactivate" : "admin.users.reactivate",
                () -> users.setActive(row.id(), row.version(), !row.active()),
                () -> done(row.active() ? "admin.users.deactivated" : "admin.users.reactivated", row.displayName()));
        if (row.signInLockedUntil() != null) {
            dialog.action(
                    "admin.users.unlockSignIn",
                    () -> users.unlockSignIn(row.id()),
                    () -> done("admin.users.signInUnlocked", row.displayName()));
        }
        dialog.button("admin.users.resetPassword", () -> resetPassword(dialog, row));
        return dialog;
    }

    private void resetPassword(FormDialog userDialog, UserRow row) {
        PasswordField password = new PasswordField(getTranslation("admin.users.field.newPassword"));
        password.setHelperText(getTranslation("account.newPassword.help", PasswordPolicy.MIN_LENGTH));
        FormDialog dialog = new FormDialog(
                getTranslation("admin.users.resetPassword.title", row.displayName()),
                "admin.users.resetPassword",
                () -> users.resetPassword(row.id(), row.version(), password.getValue()),
                () -> {
                    userDialog.close();
                    done("admin.users.passwordReset", row.displayName());
                });
        dialog.field("password", password);
        dialog.open();
    }
}
