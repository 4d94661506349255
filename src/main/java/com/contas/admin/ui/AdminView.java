package com.contas.admin.ui;

import com.contas.shell.MainLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The admin area's start page: what admins can manage. Every route under /admin is for ADMIN only. */
@Route(value = "admin", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    public AdminView() {
        addClassName("contas-page");
        SideNav sections = new SideNav();
        // A second navigation on the page: its own name tells it from the shell's.
        sections.getElement().setAttribute("aria-label", getTranslation("admin.sections"));
        sections.addItem(new SideNavItem(getTranslation("admin.users.title"), AdminUsersView.class));
        sections.addItem(new SideNavItem(getTranslation("admin.fields.title"), AdminCustomFieldsView.class));
        sections.addItem(new SideNavItem(getTranslation("admin.currencies.title"), AdminCurrenciesView.class));
        sections.addItem(new SideNavItem(getTranslation("admin.settings.title"), AdminSettingsView.class));
        sections.addItem(new SideNavItem(getTranslation("admin.trash.title"), AdminTrashView.class));
        sections.addItem(new SideNavItem(getTranslation("admin.history.title"), AdminHistoryView.class));
        add(new H2(getTranslation("nav.admin")), new Paragraph(getTranslation("admin.intro")), sections);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin") + " · " + getTranslation("app.name");
    }
}
