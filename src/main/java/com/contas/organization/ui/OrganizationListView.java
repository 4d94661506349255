package com.contas.organization.ui;

import com.contas.organization.OrganizationFilter;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationRow;
import com.contas.organization.OrganizationService;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.contas.settings.SettingsService;
import com.contas.shell.FormDialog;
import com.contas.shell.Formats;
import com.contas.shell.ListPage;
import com.contas.shell.MainLayout;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * All organizations, accounts or not: search, owner and "accounts only" filters, a form to create
 * and edit them, and for an account a link to its account drawer.
 */
@Route(value = "organizations", layout = MainLayout.class)
@PermitAll
public class OrganizationListView extends ListPage<OrganizationRow, OrganizationFilter> {

    private final transient OrganizationService organizations;
    private final List<UserSummary> users;
    private final Long me;
    private final ComboBox<UserSummary> owner;
    private final Checkbox accountsOnly = new Checkbox();

    public OrganizationListView(
            OrganizationService organizations,
            UserService userService,
            SettingsService settings,
            CurrentUser currentUser) {
        super("nav.organizations", "organizations.new");
        this.organizations = organizations;
        readFrom((f, page) -> this.organizations.list(f, page), (f, atMost) -> this.organizations.count(f, atMost));
        this.users = userService.activeUsers();
        this.me = currentUser.idOrNull();
        Formats formats = new Formats(getLocale(), settings.get().timeZone());
        owner = Pickers.users(getTranslation("organizations.filter.owner"), users, null);
        owner.setPlaceholder(getTranslation("list.all"));
        owner.addValueChangeListener(e -> refresh());
        accountsOnly.setLabel(getTranslation("organizations.filter.accountsOnly"));
        accountsOnly.addValueChangeListener(e -> refresh());
        addFilters(owner, accountsOnly);

        linkColumn("organizations.column.name", "organizations", OrganizationRow::id, OrganizationRow::name, "name")
                .setFlexGrow(3);
        column("organizations.column.address", OrganizationRow::address, "address")
                .setFlexGrow(2);
        column("organizations.column.owner", OrganizationRow::ownerName, "owner");
        column("organizations.column.people", OrganizationRow::peopleCount, null)
                .setTextAlign(ColumnTextAlign.END);
        column("organizations.column.account", r -> r.account() ? getTranslation("organizations.isAccount") : "", null);
        column("organizations.column.created", r -> formats.date(r.createdAt()), "created");
    }

    @Override
    protected OrganizationFilter filter() {
        return new OrganizationFilter(searchText(), Pickers.userId(owner), accountsOnly.getValue());
    }

    @Override
    protected FormDialog form(OrganizationRow row) {
        TextField name = new TextField(getTranslation("organizations.field.name"));
        name.setMaxLength(255);
        TextArea address = new TextArea(getTranslation("organizations.field.address"));
        ComboBox<UserSummary> ownerField =
                Pickers.users(getTranslation("organizations.field.owner"), users, row == null ? me : row.ownerId());
        FormDialog dialog = new FormDialog(
                row == null ? getTranslation("organizations.new") : getTranslation("organizations.edit", row.name()),
                "form.save",
                () -> {
                    OrganizationInput input =
                            new OrganizationInput(name.getValue(), address.getValue(), Pickers.userId(ownerField));
                    if (row == null) {
                        organizations.create(input);
                    } else {
                        organizations.update(row.id(), row.version(), input);
                    }
                },
                () -> done("form.saved", name.getValue()));
        dialog.field("name", name);
        dialog.field("address", address);
        dialog.field("ownerId", ownerField);
        if (row != null) {
            name.setValue(row.name());
            address.setValue(row.address() == null ? "" : row.address());
            if (row.account()) {
                dialog.addContent(new Anchor("accounts/" + row.id(), getTranslation("organizations.openAccount")));
            }
            dialog.action(
                    "form.delete",
                    () -> organizations.delete(row.id(), row.version()),
                    () -> done("form.deleted", row.name()));
        }
        return dialog;
    }
}
