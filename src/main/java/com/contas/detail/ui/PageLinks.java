package com.contas.detail.ui;

import com.contas.common.Validation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
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

    /**
     * A {@code mailto:} link to a plain address only ({@link Validation#isPlainEmail}): anything else
     * stored (an address with {@code ?bcc=…} from before the check) is shown as text, never as a link.
     */
    static Component email(String address) {
        return Validation.isPlainEmail(address) ? new Anchor("mailto:" + address, address) : new Span(address);
    }

    /**
     * A {@code tel:} link dialling the digits (and a leading +) of a number as written
     * ({@link Validation#isPhone}); anything else stored is shown as text.
     */
    static Component phone(String number) {
        return Validation.isPhone(number) ? new Anchor("tel:" + Validation.dialable(number), number) : new Span(number);
    }

    private static RouterLink link(Class<? extends Component> page, long id, String name) {
        return new RouterLink(name, page, new RouteParameters("id", Long.toString(id)));
    }
}
