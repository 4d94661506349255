package com.contas.shell;

import com.contas.common.Ids;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;

/**
 * Ids in routes ({@code /accounts/42}, {@code /organizations/7}): what a route template accepts and
 * how a view reads it, in one place. An address whose id cannot name a row shows "Page not found",
 * never a parsing error.
 */
public final class RouteIds {

    /** The pattern of an id parameter in a route template: what {@link Ids#parse} reads. */
    public static final String PATTERN = "([0-9]{1," + Ids.MAX_DIGITS + "})";

    private RouteIds() {}

    /**
     * The route's {@code id} parameter, empty when the address has none.
     *
     * @throws NotFoundException when it has one that cannot be an id: the router shows the
     *     not-found page
     */
    public static Optional<Long> id(BeforeEnterEvent event) {
        Optional<String> text = event.getRouteParameters().get("id");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Ids.parse(text.get()).orElseThrow(NotFoundException::new));
    }

    /**
     * An id given as a {@code HasUrlParameter<Long>}: the router has converted it, but a negative
     * one cannot name a row.
     */
    public static long require(Long id) {
        if (id == null || id < 0) {
            throw new NotFoundException();
        }
        return id;
    }
}
