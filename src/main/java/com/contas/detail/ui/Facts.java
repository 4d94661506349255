package com.contas.detail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The facts under an organization's or a person's name (owner, address, numbers), each a label and a value. */
public class Facts extends Div {

    public Facts() {
        addClassName("contas-drawer-facts");
    }

    /** Adds "label: value"; the label is a translation key. */
    public void fact(String labelKey, String value) {
        fact(labelKey, new Text(value == null ? "" : value));
    }

    /** Adds "label: value" where the value is made of components (links); the label is a translation key. */
    public void fact(String labelKey, Component... value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("contas-fact-label");
        Span text = new Span(value);
        text.addClassName("contas-fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("contas-fact");
        add(fact);
    }
}
