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
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Opening a screen while the database is away (the pool could not get a connection within its
 * timeout): a page that says to try again, with a link that does, never an error page.
 */
@AnonymousAllowed
public class DatabaseUnavailableView extends VerticalLayout
        implements HasErrorParameter<CannotCreateTransactionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        removeAll();
        addClassName("contas-page");
        add(
                new H2(getTranslation("error.databaseUnavailable")),
                new Paragraph(getTranslation("error.databaseUnavailable.retry")),
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.tryAgain")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
