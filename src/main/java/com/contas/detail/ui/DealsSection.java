package com.contas.detail.ui;

import com.contas.deal.ui.DealForms;
import com.contas.detail.DetailQueries;
import com.contas.detail.DetailQueries.DealLine;
import com.contas.detail.DetailQueries.SectionCounts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;

/** The organization's or person's deals: won (newest first), open, then lost, with value, currency and status. */
class DealsSection extends ListSection<DealLine> {

    static final int PAGE = 20;

    private final transient DealForms forms;

    DealsSection(SectionContext drawer, DetailQueries sections, DealForms forms) {
        super(
                drawer,
                "contas-drawer-deals",
                sections,
                DetailQueries::deals,
                SectionCounts::deals,
                PAGE,
                "drawer.deals.empty");
        this.forms = forms;
        Button add = addButton(
                "drawer.deals.add",
                () -> this.forms
                        .add(
                                drawer.organizationOption(),
                                drawer.users(),
                                drawer.me(),
                                (key, name) -> changed(key, name))
                        .about(drawer.personOption())
                        .open());
        add(add, list);
    }

    /** A deal was added, edited, won, lost, reopened or deleted: the account's numbers follow. */
    private void changed(String key, String name) {
        done(getTranslation(key, name));
        drawer.changed(this);
    }

    @Override
    Component row(DealLine deal) {
        Component title = dealLink(deal);
        title.getElement().getClassList().add("contas-item-title");
        Span status = new Span(getTranslation("deal.status." + deal.status()));
        status.getElement().getThemeList().add("badge");
        status.getElement()
                .getThemeList()
                .add(
                        switch (deal.status()) {
                            case WON -> "success";
                            case LOST -> "error";
                            case OPEN -> "contrast";
                        });
        String when = switch (deal.status()) {
            case WON -> drawer.format().date(deal.wonAt());
            case LOST ->
                drawer.format().date(deal.lostAt()) + (deal.lostReason() == null ? "" : " · " + deal.lostReason());
            case OPEN -> deal.stageName();
        };
        Span meta = new Span(
                drawer.format().money(deal.value(), deal.currency()) + " · " + when + " · " + deal.ownerName());
        appendPerson(meta, deal.personId(), deal.personName());
        meta.addClassName("contas-item-meta");
        Div text = new Div(title, meta);
        text.addClassName("contas-item-text");
        Button edit = iconButton(
                VaadinIcon.EDIT,
                getTranslation("drawer.edit", deal.title()),
                () -> forms.edit(deal.id(), drawer.scope().oneOrganization(), drawer.users(), this::changed)
                        .open());
        Div row = new Div(text, status, edit);
        row.addClassName("contas-item");
        row.addClassName("contas-deal");
        return row;
    }

    /** A link to the deal where the deals screen can show one; its title as text otherwise. */
    private Component dealLink(DealLine deal) {
        String path = "deals/" + deal.id();
        boolean routed = RouteConfiguration.forApplicationScope().getRoute(path).isPresent();
        return routed ? new Anchor(path, deal.title()) : new Span(deal.title());
    }
}
