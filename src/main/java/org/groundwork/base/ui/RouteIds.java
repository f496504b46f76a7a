package org.groundwork.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/**
 * Reads a record's id from the address. Anything that is not a positive whole number that fits a {@code long}
 * ("abc", "99999999999999999999", "0", "-3") names no record, so the page shows the same "not found" as for an id
 * that doesn't exist, instead of Vaadin's exception page ({@code RouteParameters.getLong} throws on these).
 */
public final class RouteIds {

    private RouteIds() {
    }

    /** The id in the route parameter {@code name}; empty when it is missing or names no record. */
    public static Optional<Long> of(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().get(name).flatMap(RouteIds::parse);
    }

    /** The id in the query parameter {@code name} (as in {@code ?owner=12}); empty when missing or naming no record. */
    public static Optional<Long> ofQuery(BeforeEnterEvent event, String name) {
        return event.getLocation().getQueryParameters().getSingleParameter(name).flatMap(RouteIds::parse);
    }

    static Optional<Long> parse(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
