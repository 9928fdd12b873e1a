package io.elsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A feeder line: it builds a component (battery pack, doors, seats) on its own stations and
 * delivers it into a store in front of the assembly station {@code into}, which starts a
 * vehicle only with its units.
 *
 * @param perVehicle units one vehicle needs (every product), when {@code perProduct} is empty
 * @param perProduct units per vehicle of each product (a product not listed needs none); empty = {@code perVehicle}
 * @param store places between the feeder's last stations and {@code into}; {@link StationSpec#UNLIMITED} for no limit
 * @param start how units start: pulled by the main line, pushed, or split from the vehicle
 * @param calendar the feeder's own shift pattern; null = the plant's calendar
 * @param stations the feeder's stations; a route to {@code end} leads into the store
 */
public record FeederSpec(
        String name,
        String into,
        int perVehicle,
        Map<String, Integer> perProduct,
        int store,
        Match match,
        Start start,
        CalendarSpec calendar,
        List<StationSpec> stations) {

    /** Which unit in the store a vehicle at {@code into} takes. */
    public enum Match {
        /** A unit built for the vehicle's product (sequenced, JIS). */
        PRODUCT,
        /** The vehicle's own unit (split from it). */
        VEHICLE,
        /** Any unit (generic components). */
        ANY;

        public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** How units enter the feeder. */
    public sealed interface Start { }

    /** {@code release: {pull: STATION}}: one unit per vehicle leaving the main-line station, in its order and product. */
    public record Pull(String station) implements Start { }

    /** {@code release: unlimited}, {@code {takt}} or {@code {interarrival}}: the feeder builds ahead (push). */
    public record Push(ReleaseSpec release) implements Start { }

    /** {@code split_from: STATION}: the vehicle's own component leaves it after the station. */
    public record Split(String station) implements Start { }

    public FeederSpec {
        // insertion order kept, as for cycle_by_product
        perProduct = perProduct == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(perProduct));
        stations = List.copyOf(stations);
    }

    /** Units one vehicle of the product needs; 0 = none. */
    public int unitsFor(String product) {
        return perProduct.isEmpty() ? perVehicle : perProduct.getOrDefault(product, 0);
    }

    /** The main-line station after which units start (pull or split); null for a push feeder. */
    public String startStation() {
        if (start instanceof Pull p) return p.station();
        if (start instanceof Split s) return s.station();
        return null;
    }

    public boolean unlimitedStore() { return store == StationSpec.UNLIMITED; }
}
