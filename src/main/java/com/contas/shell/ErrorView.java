package com.contas.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Anything that fails while a screen opens and has no page of its own (not found, not allowed,
 * database away): the app's page with what {@link UiErrorHandler} would say, for an unexpected
 * failure "Something went wrong" with a reference that the server log holds with the stack trace.
 * It replaces Vaadin's default error view, which shows the exception's class and message. No
 * layout, so that a failing layout cannot fail this page too; open to anyone, as it shows nothing
 * else.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("contas-page");
        add(
                new H2(getTranslation("error.page.title")),
                new Paragraph(UiErrorHandler.message(this, parameter.getException())),
                new Anchor("", getTranslation("error.page.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
