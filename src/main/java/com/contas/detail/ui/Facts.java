package com.contas.detail.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The facts under an organization's name (owner, address, numbers), each a label and a value. */
public class Facts extends Div {

    public Facts() {
        addClassName("contas-drawer-facts");
    }

    /** Adds "label: value"; the label is a translation key. */
    public void fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("contas-fact-label");
        Span text = new Span(value);
        text.addClassName("contas-fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("contas-fact");
        add(fact);
    }
}
