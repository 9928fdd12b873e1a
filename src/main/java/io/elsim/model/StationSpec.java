package io.elsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One station of the plant.
 *
 * @param buffer places in the buffer in front of this station; {@link #UNLIMITED} for no limit
 * @param cycleByProduct product name → cycle time, overriding {@code cycle} for that product
 * @param failures null when the station never fails
 * @param setup null when no changeover is needed
 * @param rework null when no vehicle is reworked
 * @param scrap probability that a vehicle processed here is scrapped (leaves the line)
 * @param powerKw electricity per server by state; null when the station's power is not modelled
 * @param gasKw gas per server by state; null when the station burns no gas
 * @param routes where finished vehicles go; empty = the next station in the list (the last
 *               station's vehicles leave the plant): the serial line is the default
 * @param routing how one of the applicable routes is chosen
 */
public record StationSpec(
        String name,
        DistributionSpec cycle,
        Map<String, DistributionSpec> cycleByProduct,
        int servers,
        int operators,
        int buffer,
        FailureSpec failures,
        SetupSpec setup,
        ReworkSpec rework,
        double scrap,
        PowerSpec powerKw,
        PowerSpec gasKw,
        List<RouteSpec> routes,
        Routing routing) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public StationSpec {
        // insertion order kept (Map.copyOf would randomise iteration order between JVM runs)
        cycleByProduct = cycleByProduct == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(cycleByProduct));
        routes = routes == null ? List.of() : List.copyOf(routes);
        routing = routing == null ? Routing.SHARE : routing;
    }

    /** A station of a serial line (its vehicles go to the next station in the list). */
    public StationSpec(String name, DistributionSpec cycle, Map<String, DistributionSpec> cycleByProduct, int servers,
                       int operators, int buffer, FailureSpec failures, SetupSpec setup, ReworkSpec rework,
                       double scrap, PowerSpec powerKw, PowerSpec gasKw) {
        this(name, cycle, cycleByProduct, servers, operators, buffer, failures, setup, rework, scrap, powerKw, gasKw,
                List.of(), Routing.SHARE);
    }

    /** The same station with the given routes and routing: for tests and examples. */
    public StationSpec withRoutes(Routing newRouting, List<RouteSpec> newRoutes) {
        return new StationSpec(name, cycle, cycleByProduct, servers, operators, buffer, failures, setup, rework,
                scrap, powerKw, gasKw, newRoutes, newRouting);
    }

    /** A station whose energy is not modelled. */
    public StationSpec(String name, DistributionSpec cycle, Map<String, DistributionSpec> cycleByProduct, int servers,
                       int operators, int buffer, FailureSpec failures, SetupSpec setup, ReworkSpec rework,
                       double scrap) {
        this(name, cycle, cycleByProduct, servers, operators, buffer, failures, setup, rework, scrap, null, null);
    }

    /** The same station drawing {@code newPowerKw} and {@code newGasKw} per server (either may be null). */
    public StationSpec withPower(PowerSpec newPowerKw, PowerSpec newGasKw) {
        return new StationSpec(name, cycle, cycleByProduct, servers, operators, buffer, failures, setup, rework,
                scrap, newPowerKw, newGasKw, routes, routing);
    }

    /** Whether the station draws electricity or gas in the model. */
    public boolean hasPower() { return powerKw != null || gasKw != null; }

    /** A station with only a name, cycle, servers and buffer: for tests and examples. */
    public static StationSpec simple(String name, DistributionSpec cycle, int servers, int buffer) {
        return new StationSpec(name, cycle, Map.of(), servers, 0, buffer, null, null, null, 0);
    }

    public DistributionSpec cycleFor(String product) {
        return cycleByProduct.getOrDefault(product, cycle);
    }

    public boolean unlimitedBuffer() { return buffer == UNLIMITED; }
}
