package com.contas.detail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links to an organization's or a person's own page (the name as text), and to write or call someone. */
final class PageLinks {

    private PageLinks() {}

    static RouterLink person(long id, String name) {
        return link(PersonPage.class, id, name);
    }

    static RouterLink organization(long id, String name) {
        return link(OrganizationPage.class, id, name);
    }

    static Anchor email(String address) {
        return new Anchor("mailto:" + address, address);
    }

    /** Dials the digits (and a leading +) of the number as written. */
    static Anchor phone(String number) {
        return new Anchor("tel:" + number.replaceAll("[^0-9+]", ""), number);
    }

    private static RouterLink link(Class<? extends Component> page, long id, String name) {
        return new RouterLink(name, page, new RouteParameters("id", Long.toString(id)));
    }
}
