package io.elsim.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every config key, declared once per section. The loader checks unknown and missing keys
 * and takes defaults from here, so docs and the JSON Schema generated from these
 * declarations cannot drift from what the loader accepts.
 */
public final class Keys {
    private Keys() { }

    public enum Kind { STRING, INTEGER, NUMBER, DURATION, PROBABILITY, DISTRIBUTION, SECTION, LIST, MAP, CHOICE }

    /**
     * @param defaultValue the default as a user would write it in YAML; null = none (or computed, see doc)
     * @param choices      the accepted words, for a {@link Kind#CHOICE} (a choice may also allow a mapping)
     */
    public record Field(String name, Kind kind, boolean required, String defaultValue,
                        List<String> choices, String doc) {
        public Field {
            choices = List.copyOf(choices);
        }
    }

    /** The keys of one mapping in the config; {@code name} is how messages and docs call it. */
    public record Section(String name, List<Field> fields) {
        public Section {
            fields = List.copyOf(fields);
        }

        public Field field(String key) {
            for (Field f : fields) if (f.name().equals(key)) return f;
            throw new IllegalArgumentException("no key '" + key + "' in section " + name);
        }

        public List<String> names() {
            return fields.stream().map(Field::name).toList();
        }
    }

    static Field required(String name, Kind kind, String doc) {
        return new Field(name, kind, true, null, List.of(), doc);
    }

    static Field optional(String name, Kind kind, String defaultValue, String doc) {
        return new Field(name, kind, false, defaultValue, List.of(), doc);
    }

    static Field choice(String name, String defaultValue, List<String> choices, String doc) {
        return new Field(name, Kind.CHOICE, false, defaultValue, choices, doc);
    }

    public static final Section LINE = new Section("line", List.of(
            optional("name", Kind.STRING, null, "line name shown in reports; default: the file name without extension"),
            optional("seed", Kind.INTEGER, "1", "master random seed; every random stream derives from it"),
            optional("horizon", Kind.DURATION, "1w", "measured period, after the warm-up"),
            optional("warmup", Kind.DURATION, "0", "period simulated before statistics are reset"),
            optional("calendar", Kind.SECTION, null, "weekly shift pattern; without it the line works 24/7"),
            optional("products", Kind.MAP, null, "product name -> {share}; default one product named 'vehicle'"),
            new Field("sequence", Kind.CHOICE, false, "random", List.of("random"),
                    "release order: random (by share) or {repeat: [product, ...]}"),
            new Field("release", Kind.CHOICE, false, "unlimited", List.of("unlimited"),
                    "how vehicles enter the line: unlimited, {takt: duration} or {interarrival: distribution}"),
            required("stations", Kind.LIST, "the stations of the serial line, in order"),
            optional("targets", Kind.MAP, null, "summary field -> comparison like '>= 400000'; a miss gives exit code 3"),
            optional("site", Kind.SECTION, null, "the plant's location {name, lat, lon}, for supplier distances"),
            optional("logistics", Kind.SECTION, null, "supply network assumptions: radius, road factor, truck CO2 factors"),
            optional("parts", Kind.LIST, null, "parts consumed at stations from line-side stock"),
            optional("suppliers", Kind.LIST, null, "suppliers delivering the parts by truck"),
            optional("energy", Kind.SECTION, null,
                    "emission factors and the building's base load; with power_kw/gas_kw: the energy table")));

    public static final Section CALENDAR = new Section("calendar", List.of(
            optional("weeks_per_year", Kind.NUMBER, "52", "working weeks per year, for annual figures"),
            required("shifts", Kind.LIST, "the shifts worked each week")));

    public static final Section SHIFT = new Section("shift", List.of(
            required("days", Kind.STRING, "days worked: Mon-Fri, Sat, Mon,Wed,Fri (full names too)"),
            required("from", Kind.STRING, "start time HH:MM"),
            required("to", Kind.STRING, "end time HH:MM; not after 'from' means the shift crosses midnight"),
            optional("takt", Kind.DURATION, null, "release interval during this shift, overriding the line's release")));

    public static final Section PRODUCT = new Section("product", List.of(
            required("share", Kind.NUMBER, "share of released vehicles (> 0; shares are normalised to sum 1)")));

    public static final Section SEQUENCE = new Section("sequence", List.of(
            required("repeat", Kind.LIST, "product names released in this order, repeated for ever")));

    /** release as a mapping: exactly one of its keys. */
    public static final Section RELEASE = new Section("release", List.of(
            optional("takt", Kind.DURATION, null, "one vehicle every takt"),
            optional("interarrival", Kind.DISTRIBUTION, null, "random time between releases")));

    public static final Section STATION = new Section("station", List.of(
            required("name", Kind.STRING, "unique station name"),
            required("cycle", Kind.DISTRIBUTION, "cycle time: a duration like 55s or a distribution"),
            optional("cycle_by_product", Kind.MAP, null, "product -> cycle time, overriding 'cycle' for that product"),
            optional("servers", Kind.INTEGER, "1", "parallel identical servers (>= 1)"),
            optional("operators", Kind.INTEGER, "0", "people staffing the station while on shift (>= 0)"),
            optional("buffer", Kind.INTEGER, "0", "places in front of the station (>= 0) or 'unlimited'"),
            optional("failures", Kind.SECTION, null, "breakdowns: {mtbf, mttr, basis}"),
            optional("setup", Kind.SECTION, null, "changeover: {time, when}"),
            optional("rework", Kind.SECTION, null, "off-line repair: {rate, time}"),
            optional("scrap", Kind.PROBABILITY, "0", "probability that a vehicle processed here is scrapped"),
            optional("power_kw", Kind.SECTION, null,
                    "electricity per server, kW: a number (every on-shift state, 0 off shift) or by state"),
            optional("gas_kw", Kind.SECTION, null,
                    "gas burnt per server, kW: a number (every on-shift state, 0 off shift) or by state")));

    /** power_kw / gas_kw of a station by state; the defaults chain working -> idle -> down. */
    public static final Section POWER = new Section("power", List.of(
            required("working", Kind.NUMBER, "kW while processing a vehicle (>= 0)"),
            optional("setup", Kind.NUMBER, null, "kW during a changeover; default: the working value"),
            optional("idle", Kind.NUMBER, null, "kW while blocked, starved or starved of parts; default: the working value"),
            optional("down", Kind.NUMBER, null, "kW while failed or under repair; default: the idle value"),
            optional("off_shift", Kind.NUMBER, "0", "kW while the plant is off shift")));

    public static final Section ENERGY = new Section("energy", List.of(
            optional("electricity_co2_kg_per_kwh", Kind.NUMBER, null,
                    "grid emission factor, kg CO2e per kWh (France 2023: 0.032, RTE)"),
            optional("gas_co2_kg_per_kwh", Kind.NUMBER, null,
                    "natural-gas emission factor, kg CO2e per kWh (ADEME: 0.227); needed when a station has gas_kw"),
            optional("base_load_kw", Kind.SECTION, "0",
                    "building load not tied to a station: a number (on shift, 0 off shift) or {on_shift, off_shift}")));

    public static final Section BASE_LOAD = new Section("base_load", List.of(
            optional("on_shift", Kind.NUMBER, "0", "kW while the plant is on shift (>= 0)"),
            optional("off_shift", Kind.NUMBER, "0", "kW while the plant is off shift (>= 0)")));

    public static final Section FAILURES = new Section("failures", List.of(
            required("mtbf", Kind.DISTRIBUTION, "time between failures; a duration is the mean of an exponential"),
            required("mttr", Kind.DISTRIBUTION, "repair time; a duration is the mean of an exponential"),
            choice("basis", "busy", List.of("busy", "calendar"),
                    "busy: the failure clock runs only while processing; calendar: all the time")));

    public static final Section SETUP = new Section("setup", List.of(
            required("time", Kind.DISTRIBUTION, "changeover time"),
            choice("when", "product-change", List.of("product-change"), "when a changeover happens")));

    public static final Section REWORK = new Section("rework", List.of(
            required("rate", Kind.PROBABILITY, "probability that a vehicle needs rework after this station"),
            required("time", Kind.DISTRIBUTION, "rework time, off the line")));

    public static final Section SITE = new Section("site", List.of(
            optional("name", Kind.STRING, null, "site name, for reports"),
            required("lat", Kind.NUMBER, "latitude, degrees north (-90 to 90)"),
            required("lon", Kind.NUMBER, "longitude, degrees east (-180 to 180)")));

    public static final Section LOGISTICS = new Section("logistics", List.of(
            optional("radius_km", Kind.NUMBER, "300", "suppliers within this road distance (km) count as local"),
            optional("road_factor", Kind.NUMBER, "1.25", "road km per great-circle km (>= 1)"),
            optional("co2_kg_per_km_loaded", Kind.NUMBER, "0.96", "kg CO2e per truck-km driven loaded"),
            optional("co2_kg_per_km_empty", Kind.NUMBER, "0.75", "kg CO2e per truck-km driven empty")));

    public static final Section PART = new Section("part", List.of(
            required("name", Kind.STRING, "unique part name"),
            required("station", Kind.STRING, "the station that consumes the part when it starts a vehicle"),
            optional("per_vehicle", Kind.INTEGER, "1", "quantity per vehicle (>= 1), or product -> quantity (>= 0)"),
            optional("stock", Kind.SECTION, null, "line-side stock: {initial, capacity}")));

    public static final Section STOCK = new Section("stock", List.of(
            optional("initial", Kind.INTEGER, "0", "parts in stock at time 0 (<= capacity)"),
            optional("capacity", Kind.INTEGER, "unlimited", "line-side places (>= 1) or 'unlimited'")));

    public static final Section SUPPLIER = new Section("supplier", List.of(
            required("name", Kind.STRING, "unique supplier name"),
            optional("location", Kind.SECTION, null, "{lat, lon} of the supplier; give this or distance_km"),
            optional("distance_km", Kind.NUMBER, null, "road distance in km (then no haversine); give this or location"),
            required("parts", Kind.LIST, "names of the parts this supplier delivers"),
            required("truck", Kind.SECTION, "{capacity, speed_kmh, load_time, unload_time, trucks}"),
            optional("delay", Kind.DISTRIBUTION, "0", "extra time added to each loaded drive"),
            optional("reliability", Kind.SECTION, null, "{on_time, late_by}; default: always on time"),
            required("policy", Kind.SECTION, "{reorder_point, order_quantity} or {every: duration}")));

    public static final Section LOCATION = new Section("location", List.of(
            required("lat", Kind.NUMBER, "latitude, degrees north (-90 to 90)"),
            required("lon", Kind.NUMBER, "longitude, degrees east (-180 to 180)")));

    public static final Section TRUCK = new Section("truck", List.of(
            required("capacity", Kind.INTEGER, "parts carried per trip (>= 1)"),
            optional("speed_kmh", Kind.NUMBER, "65", "average door-to-door speed, km/h (> 0)"),
            optional("load_time", Kind.DURATION, "0", "loading time at the supplier"),
            optional("unload_time", Kind.DURATION, "0", "unloading time at the plant"),
            optional("trucks", Kind.INTEGER, null, "fleet size (>= 1); default: as many as the policy needs")));

    public static final Section RELIABILITY = new Section("reliability", List.of(
            required("on_time", Kind.PROBABILITY, "share of deliveries on time"),
            optional("late_by", Kind.DISTRIBUTION, "0", "extra drive time of a late delivery")));

    /** policy: exactly one of every, or reorder_point with order_quantity. */
    public static final Section POLICY = new Section("policy", List.of(
            optional("reorder_point", Kind.INTEGER, null, "order when stock + on order falls to this (>= 0)"),
            optional("order_quantity", Kind.INTEGER, null, "parts per order (>= 1, <= truck capacity)"),
            optional("every", Kind.DURATION, null, "a full truck of each part leaves every period (> 0)")));

    /** Distribution name -> its parameters; every parameter is required. */
    public static final Map<String, Section> DISTRIBUTIONS = distributions();

    private static Map<String, Section> distributions() {
        Map<String, Section> m = new LinkedHashMap<>();
        m.put("exponential", new Section("exponential", List.of(
                required("mean", Kind.DURATION, "mean (> 0)"))));
        m.put("uniform", new Section("uniform", List.of(
                required("min", Kind.DURATION, "lower bound"),
                required("max", Kind.DURATION, "upper bound (>= min)"))));
        m.put("triangular", new Section("triangular", List.of(
                required("min", Kind.DURATION, "lower bound"),
                required("mode", Kind.DURATION, "most likely value (min <= mode <= max)"),
                required("max", Kind.DURATION, "upper bound"))));
        m.put("normal", new Section("normal", List.of(
                required("mean", Kind.DURATION, "mean (> 0); draws are truncated at 0"),
                required("sd", Kind.DURATION, "standard deviation (>= 0)"))));
        m.put("lognormal", new Section("lognormal", List.of(
                required("mean", Kind.DURATION, "mean (> 0)"),
                required("cv", Kind.NUMBER, "coefficient of variation sd/mean (> 0)"))));
        m.put("gamma", new Section("gamma", List.of(
                required("mean", Kind.DURATION, "mean (> 0)"),
                required("cv", Kind.NUMBER, "coefficient of variation sd/mean (> 0)"))));
        m.put("erlang", new Section("erlang", List.of(
                required("mean", Kind.DURATION, "mean of the sum of the phases (> 0)"),
                required("k", Kind.INTEGER, "number of exponential phases (>= 1)"))));
        m.put("weibull", new Section("weibull", List.of(
                required("shape", Kind.NUMBER, "shape (> 0)"),
                required("scale", Kind.DURATION, "scale (> 0)"))));
        m.put("empirical", new Section("empirical", List.of(
                required("values", Kind.LIST, "durations drawn with equal probability (at least one)"))));
        return Collections.unmodifiableMap(m);
    }
}
