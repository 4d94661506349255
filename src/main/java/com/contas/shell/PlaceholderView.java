package com.contas.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A screen that has its route, title and access rule already, and its content still to come. */
public abstract class PlaceholderView extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    protected PlaceholderView(String titleKey, String descriptionKey) {
        this.titleKey = titleKey;
        addClassName("contas-page");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(descriptionKey)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
