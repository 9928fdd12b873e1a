package io.elsim.model;

/** How a station chooses among the routes that apply to a finished vehicle. */
public enum Routing {
    /** At random by the routes' shares, from the station's own stream. */
    SHARE,
    /** The first route, in list order, whose station can take the vehicle now (or first frees). */
    FIRST_FREE,
    /** The route whose station holds the fewest vehicles (ties: list order). */
    SHORTEST_QUEUE,
    /** The routes in turn. */
    CYCLIC;

    /** The word used in configs and reports: first-free, shortest-queue, ... */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
