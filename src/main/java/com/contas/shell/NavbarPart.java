package com.contas.shell;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the top bar beside the user's name (the reminder bell), without the
 * shell knowing that feature. A Spring bean; the layout asks each for a new component per screen.
 */
public interface NavbarPart {

    /** A new component for the signed-in user's top bar. */
    Component create();
}
