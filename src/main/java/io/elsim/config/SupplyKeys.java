package io.elsim.config;

import static io.elsim.config.Composites.either;
import static io.elsim.config.Composites.list;
import static io.elsim.config.Composites.map;
import static io.elsim.config.Composites.section;
import static io.elsim.config.Key.optional;
import static io.elsim.config.Key.required;

import io.elsim.model.DistributionSpec;
import io.elsim.model.PartSpec;
import java.util.List;

/** The keys of the supply sections: {@code site}, {@code logistics}, {@code parts}, {@code suppliers}. */
final class SupplyKeys {
    private SupplyKeys() { }

    /** No road is longer; a bigger distance is a typo. */
    static final double EARTH_CIRCUMFERENCE_KM = 40_075;
    static final double MAX_ROAD_FACTOR = 10;

    static final class Site {
        static final Key<String> NAME = optional("name", Types.name(), "site", "name of the plant, for reports", "Douai");
        static final Key<Double> LAT = required("lat", Types.coordinate(90), "latitude of the plant", "50.360")
                .unit("degrees N");
        static final Key<Double> LON = required("lon", Types.coordinate(180), "longitude of the plant", "3.040")
                .unit("degrees E");
        static final Section SECTION = Section.of("site", "the plant's location, for supplier distances", NAME, LAT, LON);
    }

    static final class Logistics {
        static final Key<Double> RADIUS_KM = optional("radius_km", Types.number(0, true, EARTH_CIRCUMFERENCE_KM,
                        "the Earth's circumference"), "300",
                "a supplier at most this road distance away is \"within the radius\" (ElectriCity: 80 % within"
                        + " 300 km); `elsim validate` warns for each supplier beyond it", "300").unit("km (road)");
        static final Key<Double> ROAD_FACTOR = optional("road_factor", Types.number(1, true, MAX_ROAD_FACTOR,
                        "real roads run 1.2 to 1.5 times the straight line"), "1.25",
                "road km per great-circle km (calibrated on Douai–Maubeuge and Ruitz–Maubeuge); not used for"
                        + " suppliers with `distance_km`", "1.25");
        static final Key<Double> CO2_LOADED = optional("co2_kg_per_km_loaded", Types.number(0, true), "0.96",
                "emission of a truck driving loaded (31 L/100 km × 3.1 kg/L well-to-wheel)", "0.96")
                .unit("kg CO2e / truck-km");
        static final Key<Double> CO2_EMPTY = optional("co2_kg_per_km_empty", Types.number(0, true), "0.75",
                "emission of a truck driving back empty (≈ 24 L/100 km)", "0.75").unit("kg CO2e / truck-km");
        static final Section SECTION = Section.of("logistics", "supply network assumptions", RADIUS_KM, ROAD_FACTOR,
                CO2_LOADED, CO2_EMPTY);
    }

    static final class Stock {
        static final Key<Integer> INITIAL = optional("initial", Types.integer(0), "0",
                "parts in stock at time 0 (at most the capacity)", "40").unit("parts");
        static final Key<Integer> CAPACITY = optional("capacity", Types.countOrUnlimited(1, PartSpec.UNLIMITED),
                "unlimited", "line-side places; a delivery that would overfill the stock is unloaded up to capacity,"
                        + " the rest counted as `overflow`", "80").unit("parts");
        static final Section SECTION = Section.of("stock", "line-side stock of a part", INITIAL, CAPACITY);
    }

    static final class Part {
        static final Key<String> NAME = required("name", Types.name(), "unique part name", "battery-pack");
        static final Key<String> STATION = required("station", Types.text(),
                "the station that consumes the part when a server starts a vehicle", "paint");
        static final Key<Object> PER_VEHICLE = optional("per_vehicle", either(Types.integer(1),
                        map("product", Types.integer(0))), "1",
                "quantity per vehicle, or product -> quantity (a product not listed uses 0)", "2").unit("parts");
        static final Key<Node.MapNode> STOCK = optional("stock", section(Stock.SECTION), null,
                "line-side stock: {initial, capacity}", "{initial: 40, capacity: 80}").defaultDoc("empty, unlimited");
        static final Section SECTION = Section.of("part", "one entry of `parts`", NAME, STATION, PER_VEHICLE, STOCK);
    }

    static final class Location {
        static final Key<Double> LAT = required("lat", Types.coordinate(90), "latitude", "50.357").unit("degrees N");
        static final Key<Double> LON = required("lon", Types.coordinate(180), "longitude", "3.050").unit("degrees E");
        static final Section SECTION = Section.of("location", "a supplier's location", LAT, LON);
    }

    static final class Truck {
        static final Key<Integer> CAPACITY = required("capacity", Types.integer(1),
                "parts carried per trip; a truck carries one order of one part", "24").unit("parts");
        static final Key<Double> SPEED_KMH = optional("speed_kmh", Types.number(0, false), "65",
                "average door-to-door speed (55–70 regional); drive time = road km / speed", "65").unit("km/h");
        static final Key<Double> LOAD_TIME = optional("load_time", Types.duration(false), "0",
                "loading at the supplier, before each loaded drive", "20min");
        static final Key<Double> UNLOAD_TIME = optional("unload_time", Types.duration(false), "0",
                "unloading at the plant; parts enter the stock when unloading ends", "15min");
        static final Key<Integer> TRUCKS = optional("trucks", Types.integer(1), null,
                "fleet size; orders wait for a free truck", "2").unit("trucks").defaultDoc("as many as needed");
        static final Section SECTION = Section.of("truck", "the trucks of a supplier", CAPACITY, SPEED_KMH, LOAD_TIME,
                UNLOAD_TIME, TRUCKS);
    }

    static final class Reliability {
        static final Key<Double> ON_TIME = required("on_time", Types.probability(),
                "probability that a delivery is on time; otherwise it is late", "0.98");
        static final Key<DistributionSpec> LATE_BY = optional("late_by", DistributionReader.distribution(), "0",
                "extra loaded-drive time of a late delivery", "2h");
        static final Section SECTION = Section.of("reliability", "late deliveries of a supplier", ON_TIME, LATE_BY);
    }

    static final class Policy {
        static final Key<Integer> REORDER_POINT = optional("reorder_point", Types.integer(0), null,
                "order when stock + on order falls to this", "54").unit("parts");
        static final Key<Integer> ORDER_QUANTITY = optional("order_quantity", Types.integer(1), null,
                "parts per order (at most the truck capacity)", "24").unit("parts");
        static final Key<Double> EVERY = optional("every", Types.duration(true), null,
                "a full truck of each of the supplier's parts leaves at time 0 and every period after", "1h");
        static final Section SECTION = Section.of("policy", "when a supplier sends a truck", REORDER_POINT,
                ORDER_QUANTITY, EVERY).exactlyOneOf(List.of("reorder_point", "order_quantity"), List.of("every"));
    }

    static final class Supplier {
        static final Key<String> NAME = required("name", Types.name(),
                "unique supplier name; also names its random streams", "AESC Douai");
        static final Key<Node.MapNode> LOCATION = optional("location", section(Location.SECTION), null,
                "where the supplier is; road distance = great-circle distance × road_factor; needs `site`",
                "{lat: 50.357, lon: 3.050}");
        static final Key<Double> DISTANCE_KM = optional("distance_km", Types.number(0, true, EARTH_CIRCUMFERENCE_KM,
                "the Earth's circumference"), null, "road distance, used as is", "230").unit("km (road)");
        static final Key<Node.ListNode> PARTS = required("parts", list(Types.text(), true),
                "names of the parts this supplier delivers; a part has one supplier", "[battery-pack]");
        static final Key<Node.MapNode> TRUCK = required("truck", section(Truck.SECTION),
                "{capacity, speed_kmh, load_time, unload_time, trucks}", "{capacity: 24}");
        static final Key<DistributionSpec> DELAY = optional("delay", DistributionReader.distribution(), "0",
                "extra time added to each loaded drive (traffic, gate); the drive back takes the plain time",
                "{exponential: {mean: 5min}}");
        static final Key<Node.MapNode> RELIABILITY = optional("reliability", section(Reliability.SECTION), null,
                "{on_time, late_by}", "{on_time: 0.98, late_by: 2h}").defaultDoc("always on time");
        static final Key<Node.MapNode> POLICY = required("policy", section(Policy.SECTION),
                "{reorder_point, order_quantity} or {every: duration}", "{every: 1h}");
        static final Section SECTION = Section.of("supplier", "one entry of `suppliers`", NAME, LOCATION, DISTANCE_KM,
                PARTS, TRUCK, DELAY, RELIABILITY, POLICY)
                .exactlyOneOf(List.of("location"), List.of("distance_km"));
    }

    static final class Line {
        static final Key<Node.MapNode> SITE = optional("site", section(Site.SECTION), null,
                "the plant's location {name, lat, lon}, for supplier distances", "{name: Douai, lat: 50.360, lon: 3.040}");
        static final Key<Node.MapNode> LOGISTICS = optional("logistics", section(Logistics.SECTION), null,
                "supply network assumptions: radius, road factor, truck CO2 factors", "{radius_km: 300}")
                .defaultDoc("the defaults below");
        static final Key<Node.ListNode> PARTS = optional("parts", list(section(Part.SECTION), false), null,
                "parts consumed at stations from line-side stock", "[{name: battery-pack, station: paint}]");
        static final Key<Node.ListNode> SUPPLIERS = optional("suppliers", list(section(Supplier.SECTION), false), null,
                "suppliers delivering the parts by truck",
                "[{name: AESC Douai, distance_km: 1, parts: [battery-pack], truck: {capacity: 24}, policy: {every: 1h}}]");
    }
}
