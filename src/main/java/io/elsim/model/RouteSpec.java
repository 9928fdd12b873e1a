package io.elsim.model;

import java.util.List;

/**
 * One way out of a station: where its finished vehicles may go.
 *
 * @param to       a station name, or {@link #END} for leaving the plant (completed)
 * @param share    the probability of this route under {@link Routing#SHARE}; null when the route
 *                 takes the rest (at most one per product) or the routing ignores shares
 * @param products the products this route serves; empty = every product that no other route
 *                 of the station lists
 */
public record RouteSpec(String to, Double share, List<String> products) {
    /** The sink: a vehicle routed here leaves the plant completed. */
    public static final String END = "end";

    public RouteSpec {
        products = products == null ? List.of() : List.copyOf(products);
    }

    public static RouteSpec to(String to) {
        return new RouteSpec(to, null, List.of());
    }

    public boolean toEnd() { return END.equals(to); }
}
