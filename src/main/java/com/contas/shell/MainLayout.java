package com.contas.shell;

import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The shell around every signed-in screen: navigation on the side, the user and sign-out on top.
 * It names routes by path, not by view class, so that the shell depends on no feature. Its parts
 * are landmarks (banner, navigation, main), so that a screen reader's user can jump between them
 * and everything on screen belongs to one.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient CurrentUser currentUser;
    private final transient UserService users;
    private final SideNavItem adminItem;
    private final Main main = new Main();

    public MainLayout(
            CurrentUser currentUser,
            UserService users,
            List<NavbarPart> navbarParts,
            AuthenticationContext authentication) {
        this.authentication = authentication;
        this.currentUser = currentUser;
        this.users = users;
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("contas-title");

        Button userName = new Button(currentUser.get().map(u -> u.displayName()).orElse(""), VaadinIcon.USER.create());
        userName.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        userName.setTooltipText(getTranslation("account.title"));
        userName.addClassName("contas-my-account");
        userName.addClickListener(e -> openMyAccount());
        Button signOut = new Button(getTranslation("nav.signOut"), VaadinIcon.SIGN_OUT.create(), e -> signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div user = new Div();
        if (currentUser.get().isPresent()) {
            navbarParts.forEach(part -> user.add(part.create()));
        }
        user.add(userName, signOut);
        user.addClassName("contas-user");

        Header header = new Header(new DrawerToggle(), title, user);
        header.addClassName("contas-header");
        addToNavbar(header);
        adminItem = new SideNavItem(getTranslation("nav.admin"), "admin", VaadinIcon.COG.create());
        // Vaadin's side navigation is a navigation landmark itself: it is named, not wrapped.
        SideNav nav = navigation();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
        main.addClassName("contas-main");
        setContent(main);
    }

    /** Each screen goes inside the one {@code main} landmark. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        afterNavigation();
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeChild(oldContent.getElement());
    }

    /** The admin entry follows the role, which an admin may change while the user is signed in. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        adminItem.setVisible(currentUser.isAdmin());
    }

    private void openMyAccount() {
        currentUser.get().ifPresent(me -> new MyAccountDialog(users, currentUser, me).open());
    }

    private void signOut() {
        authentication.logout();
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.deals"), "deals", VaadinIcon.DOLLAR.create()));
        // One level: Vaadin's toggle of a nested item names a part of its own shadow tree in
        // aria-controls, which assistive technology cannot follow (axe: aria-valid-attr-value, critical).
        nav.addItem(new SideNavItem(getTranslation("nav.people"), "people", VaadinIcon.USER.create()));
        nav.addItem(
                new SideNavItem(getTranslation("nav.organizations"), "organizations", VaadinIcon.BUILDING.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.accounts"), "accounts", VaadinIcon.BRIEFCASE.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.activities"), "activities", VaadinIcon.CALENDAR.create()));
        adminItem.setVisible(currentUser.isAdmin());
        nav.addItem(adminItem);
        return nav;
    }
}
