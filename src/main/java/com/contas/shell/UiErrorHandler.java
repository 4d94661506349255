package com.contas.shell;

import com.contas.common.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The last line of defence: a refusal the user can understand is shown translated; a database
 * that cannot be reached asks the user to try again in a moment; a statement cancelled at the
 * database's statement timeout asks to narrow the search or try again; anything else shows a short
 * message with a reference id, and the stack trace goes to the server log only, under that id.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);
    private static final String QUERY_CANCELED = "57014";

    /** The pool could not get a connection, or lost it mid-way: nothing the user did, and it passes. */
    private static final List<Class<? extends Throwable>> DATABASE_GONE = List.of(
            DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessResourceException.class, SQLTransientConnectionException.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (isClientGone(event.getThrowable())) {
            log.debug("The browser went away during a response", event.getThrowable());
            return;
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        Notification notification =
                Notification.show(message(ui, event.getThrowable()), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * What the user is told about a failure, in their language, and what the server log gets: a
     * refusal or a passing database problem in words; anything else a reference id, with the stack
     * trace logged under it. Never the exception's text. (Also used by {@link ErrorView} for a
     * failure while a screen opens.)
     */
    static String message(com.vaadin.flow.component.Component where, Throwable failure) {
        Throwable cause = rootDomainCause(failure);
        if (cause instanceof DomainException domain) {
            return Messages.of(where, domain);
        } else if (cause instanceof OptimisticLockingFailureException) {
            return where.getTranslation("error.staleVersion");
        } else if (cause instanceof AccessDeniedException) {
            return where.getTranslation("error.accessDenied.text");
        } else if (isTimeout(cause)) {
            log.warn("A statement ran past the statement timeout and was cancelled: {}", cause.toString());
            return where.getTranslation("error.tooSlow");
        } else if (isDatabaseGone(cause)) {
            log.warn("The database is not reachable: {}", cause.toString());
            return where.getTranslation("error.databaseUnavailable");
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, failure);
        return where.getTranslation("error.unexpected", reference);
    }

    /** A closed tab or a lost connection while answering: nothing to tell anyone. */
    private static boolean isClientGone(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database is away: one of the pool's and Spring's exceptions for it, or any SQL error of
     * class 08 (connection exception), which Hibernate may wrap in something more general.
     */
    private static boolean isDatabaseGone(Throwable t) {
        return DATABASE_GONE.stream().anyMatch(type -> type.isInstance(t))
                || (t instanceof SQLException sql
                        && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("08"));
    }

    /**
     * A statement the database cancelled at its statement timeout (SQLState 57014, "query
     * canceled"), or a timeout as Spring, JPA or Hibernate report it. Checked before "database
     * gone": Spring files SQLState class 57 under resource failures, but the database is fine.
     */
    static boolean isTimeout(Throwable t) {
        return t instanceof QueryTimeoutException
                || t instanceof jakarta.persistence.QueryTimeoutException
                || t instanceof org.hibernate.QueryTimeoutException
                || t instanceof SQLTimeoutException
                || (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState()));
    }

    /** The first cause the user can be told about, or the throwable itself when there is none. */
    private static Throwable rootDomainCause(Throwable t) {
        for (Throwable current = t; current != null; current = current.getCause()) {
            if (current instanceof DomainException
                    || current instanceof OptimisticLockingFailureException
                    || current instanceof AccessDeniedException
                    || isTimeout(current)) {
                return current;
            }
        }
        for (Throwable current = t; current != null; current = current.getCause()) {
            if (isDatabaseGone(current)) {
                return current;
            }
        }
        return t;
    }
}
