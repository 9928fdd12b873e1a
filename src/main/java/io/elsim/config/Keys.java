package io.elsim.config;

import static io.elsim.config.Composites.either;
import static io.elsim.config.Composites.list;
import static io.elsim.config.Composites.map;
import static io.elsim.config.Composites.section;
import static io.elsim.config.Key.optional;
import static io.elsim.config.Key.required;

import io.elsim.model.DistributionSpec;
import io.elsim.model.StationSpec;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every config key, declared once, section by section: the loader reads through these
 * declarations, and the JSON Schema ({@link Schema}), docs/config-reference.md
 * ({@link Reference}) and the per-key tests are generated from them. The supply sections are
 * in {@link SupplyKeys}, the distributions in {@link DistributionKinds}. Each section is a
 * nested class, so a key is named {@code Keys.Station.SERVERS} in its reader.
 */
public final class Keys {
    private Keys() { }

    static final class Shift {
        static final Key<Set<DayOfWeek>> DAYS = required("days", TextTypes.days(),
                "days worked: Mon-Fri, Sat, Mon,Wed,Fri (full names too, any case)", "Mon-Fri");
        static final Key<Integer> FROM = required("from", TextTypes.timeOfDay(), "start time", "\"05:30\"");
        static final Key<Integer> TO = required("to", TextTypes.timeOfDay(),
                "end time; a `to` not after `from` crosses midnight into the next day", "\"13:00\"");
        static final Key<Double> TAKT = optional("takt", Types.duration(true), null,
                "release interval during this shift, overriding the line's release (e.g. a night shift at half rate)",
                "120s").defaultDoc("line's release");
        static final Section SECTION = Section.of("shift", "one shift of the weekly pattern", DAYS, FROM, TO, TAKT);
    }

    static final class Calendar {
        static final Key<Double> WEEKS_PER_YEAR = optional("weeks_per_year",
                Types.number(0, false, 53, "a year has at most 53 weeks"), "52",
                "working weeks per year, turns `output_per_week` into `annual_output`", "47").unit("weeks");
        static final Key<Node.ListNode> SHIFTS = required("shifts", list(section(Shift.SECTION), true),
                "the shifts worked each week", "[{days: Mon-Fri, from: \"05:30\", to: \"13:00\"}]");
        static final Section SECTION = Section.of("calendar", "the weekly shift pattern", WEEKS_PER_YEAR, SHIFTS);
    }

    static final class Product {
        static final Key<Double> SHARE = required("share", Types.number(0, false),
                "share of released vehicles; shares are normalised to sum 1 (with a warning if they did not)", "0.67");
        static final Section SECTION = Section.of("product", "one product, under its name in `products`", SHARE);
    }

    static final class Sequence {
        static final Key<Node.ListNode> REPEAT = required("repeat", list(Types.text(), true),
                "product names released in this order, repeated for ever", "[R5, R5, Megane]");
        static final Section SECTION = Section.of("sequence", "a fixed release order", REPEAT);
    }

    static final class Release {
        static final Key<Double> TAKT = optional("takt", Types.duration(true), null, "one vehicle every takt", "60s");
        static final Key<DistributionSpec> INTERARRIVAL = optional("interarrival", DistributionReader.distribution(),
                null, "random time between releases (exponential: Poisson arrivals); its mean must be > 0",
                "{exponential: {mean: 60s}}");
        static final Key<String> TO = optional("to", Types.text(), null,
                "the station the release feeds; alone (`{to: X}`) it releases without limit into X",
                "paint").defaultDoc("the first station");
        static final Section SECTION = Section.of("release",
                "release as a mapping: at most one of takt and interarrival, and where it feeds",
                TAKT, INTERARRIVAL, TO).atMostOneOf(List.of("takt"), List.of("interarrival"));
    }

    static final class Failures {
        static final Key<DistributionSpec> MTBF = required("mtbf", DistributionReader.meanOrDistribution(),
                "time between failures; a duration is the mean of an exponential", "2h");
        static final Key<DistributionSpec> MTTR = required("mttr", DistributionReader.meanOrDistribution(),
                "repair time; a duration is the mean of an exponential, `{constant: 8min}` a fixed time", "10min");
        static final Key<String> BASIS = optional("basis", Types.choice("busy", "calendar"), "busy",
                "busy: the failure clock runs only while processing; calendar: all the time", "calendar");
        static final Section SECTION = Section.of("failures", "breakdowns of each server of a station", MTBF, MTTR, BASIS);
    }

    static final class Setup {
        static final Key<DistributionSpec> TIME = required("time", DistributionReader.distribution(),
                "changeover time, before processing the vehicle", "{uniform: {min: 20min, max: 40min}}");
        static final Key<String> WHEN = optional("when", Types.choice("product-change"), "product-change",
                "a server sets up when its vehicle's product differs from the one it processed last", "product-change");
        static final Section SECTION = Section.of("setup", "changeovers of a station", TIME, WHEN);
    }

    static final class Rework {
        static final Key<Double> RATE = required("rate", Types.probability(),
                "probability that a vehicle needs rework after this station", "0.12");
        static final Key<DistributionSpec> TIME = required("time", DistributionReader.distribution(),
                "rework time, off the line", "45min");
        static final Section SECTION = Section.of("rework", "off-line repair after a station", RATE, TIME);
    }

    static final class Route {
        static final Key<String> TO = required("to", Types.text(),
                "a station name or `end` (the vehicle leaves the plant, completed)", "end");
        static final Key<Double> SHARE = optional("share", Types.probability(), null,
                "probability of this route (routing: share); one route per product may leave it out and take the rest",
                "1").defaultDoc("the rest");
        static final Key<Node.ListNode> PRODUCTS = optional("products", list(Types.text(), true), null,
                "the products this route serves", "[R5, Megane]").defaultDoc("every product no other route lists");
        static final Section SECTION = Section.of("route", "one entry of a station's `routes`", TO, SHARE, PRODUCTS);
    }

    static final class Station {
        /** Parallel servers of one station; a conveyor modelled as servers has a few thousand. */
        static final int MAX_SERVERS = 100_000;

        static final Key<String> NAME = required("name", Types.name(), "unique station name", "paint");
        static final Key<DistributionSpec> CYCLE = required("cycle", DistributionReader.distribution(),
                "cycle time: a duration like 55s or a distribution", "{lognormal: {mean: 57s, cv: 0.08}}");
        static final Key<Node.MapNode> CYCLE_BY_PRODUCT = optional("cycle_by_product",
                map("product", DistributionReader.distribution()), null,
                "product -> cycle time, overriding 'cycle' for that product", "{R5: 58s}");
        static final Key<Integer> SERVERS = optional("servers", Types.integer(1, MAX_SERVERS,
                        "for more parallel places, use a buffer or several stations"), "1",
                "parallel identical servers (at most 1,000,000 over all stations)", "45");
        static final Key<Integer> OPERATORS = optional("operators", Types.integer(0), "0",
                "people staffing the station while on shift, for `labour_hours_per_vehicle`", "120").unit("people");
        static final Key<Integer> BUFFER = optional("buffer", Types.countOrUnlimited(0, StationSpec.UNLIMITED), "0",
                "places in front of the station (between it and the previous one)", "5").unit("vehicles");
        static final Key<Node.MapNode> FAILURES = optional("failures", section(Failures.SECTION), null,
                "breakdowns: {mtbf, mttr, basis}", "{mtbf: 2h, mttr: 10min}");
        static final Key<Node.MapNode> SETUP = optional("setup", section(Setup.SECTION), null,
                "changeover: {time, when}", "{time: 4min}");
        static final Key<Node.MapNode> REWORK = optional("rework", section(Rework.SECTION), null,
                "off-line repair: {rate, time}", "{rate: 0.03, time: 45min}");
        static final Key<Double> SCRAP = optional("scrap", Types.probability(), "0",
                "probability that a vehicle processed here is scrapped (it leaves the line)", "0.005");
        static final Key<Object> POWER_KW = EnergyKeys.power("power_kw",
                "electricity per server: a number (every on-shift state, 0 off shift) or by state",
                "{working: 20, idle: 15}");
        static final Key<Object> GAS_KW = EnergyKeys.power("gas_kw",
                "gas burnt per server (ovens, booth air heating): a number or by state", "{working: 40, idle: 40}");
        static final Key<String> NEXT = optional("next", Types.text(), null,
                "where finished vehicles go: a station name or `end` (leaves the plant); not with routes", "end")
                .defaultDoc("the next station in the list, the last to end");
        static final Key<Node.ListNode> ROUTES = optional("routes", list(section(Route.SECTION), true), null,
                "where finished vehicles may go: [{to, share, products}]; not with next",
                "[{to: end, share: 1, products: [R5, Megane]}]").defaultDoc("as next");
        static final Key<String> ROUTING = optional("routing",
                Types.choice("share", "first-free", "shortest-queue", "cyclic"), "share",
                "how one of the applicable routes is chosen: at random by share, the first with a free place,"
                        + " the least occupied, or in turn", "share");
        static final Section SECTION = Section.of("station", "one entry of `stations`", NAME, CYCLE, CYCLE_BY_PRODUCT,
                SERVERS, OPERATORS, BUFFER, FAILURES, SETUP, REWORK, SCRAP, POWER_KW, GAS_KW, NEXT, ROUTES, ROUTING)
                .atMostOneOf(List.of("next"), List.of("routes"));
    }

    static final class FeederRelease {
        static final Key<String> PULL = optional("pull", Types.text(), null,
                "a main-line station: one unit per vehicle leaving it, started in the vehicles' order and for their"
                        + " product (just in sequence)", "paint");
        static final Key<Double> TAKT = optional("takt", Types.duration(true), null,
                "one unit every takt, built ahead of need (push)", "55s");
        static final Section SECTION = Section.of("feeder_release",
                "how a feeder's units start, as a mapping: exactly one of pull and takt", PULL, TAKT)
                .exactlyOneOf(List.of("pull"), List.of("takt"));
    }

    static final class Feeder {
        static final Key<String> NAME = required("name", Types.name(), "unique feeder name", "pack-line");
        static final Key<String> INTO = required("into", Types.text(),
                "the main-line station where the units are fitted: it starts a vehicle only with its units", "marriage");
        static final Key<Object> PER_VEHICLE = optional("per_vehicle", either(Types.integer(0),
                        map("product", Types.integer(0))), "1",
                "units per vehicle, or product -> units (a product not listed needs none)", "1").unit("units");
        static final Key<Integer> STORE = optional("store", Types.countOrUnlimited(1, StationSpec.UNLIMITED),
                "unlimited", "places between the feeder's last station and `into`; a full store blocks the feeder",
                "8").unit("units");
        static final Key<String> MATCH = optional("match", Types.choice("product", "vehicle", "any"), null,
                "which unit a vehicle takes: one built for its product, its own (with split_from), or any",
                "product").defaultDoc("vehicle with split_from, else product");
        static final Key<Object> RELEASE = optional("release", either(Types.choice("unlimited"),
                        section(FeederRelease.SECTION)), null,
                "how units start: {pull: STATION} (one per vehicle leaving it), {takt: duration} or unlimited"
                        + " (push); not with split_from", "{pull: paint}").defaultDoc("none: give release or split_from");
        static final Key<String> SPLIT_FROM = optional("split_from", Types.text(), null,
                "a main-line station after which the vehicle's own component (doors) leaves it for the feeder;"
                        + " it is fitted back at `into`; not with release", "paint");
        static final Key<Node.MapNode> CALENDAR = optional("calendar", section(Calendar.SECTION), null,
                "the feeder's own weekly shift pattern", "{shifts: [{days: Mon-Sun, from: \"00:00\", to: \"00:00\"}]}")
                .defaultDoc("the plant's calendar");
        static final Key<Node.ListNode> STATIONS = required("stations", list(section(Station.SECTION), true),
                "the feeder's stations, with every station key; a route to `end` leads into the store",
                "[{name: pack-test, cycle: 45s}]");
        static final Section SECTION = Section.of("feeder", "one entry of `feeders`: a line building a component",
                NAME, INTO, PER_VEHICLE, STORE, MATCH, RELEASE, SPLIT_FROM, CALENDAR, STATIONS)
                .exactlyOneOf(List.of("release"), List.of("split_from"));
    }

    static final class Line {
        static final Key<String> NAME = optional("name", Types.name(), null, "line name shown in reports",
                "Douai car line").defaultDoc("file name");
        static final Key<Long> SEED = optional("seed", Types.wholeNumber(), "1",
                "master random seed; every random process has its own stream derived from (seed, replication,"
                        + " process name)", "2031");
        static final Key<Double> HORIZON = optional("horizon", Types.runLength(true), "1w",
                "measured period, after the warm-up; with a calendar, use whole weeks so weekly figures are not"
                        + " biased", "4w");
        static final Key<Double> WARMUP = optional("warmup", Types.runLength(false), "0",
                "period simulated before statistics are reset, so the line is measured in a loaded state", "1w");
        static final Key<Node.MapNode> CALENDAR = optional("calendar", section(Calendar.SECTION), null,
                "weekly shift pattern; without it the line works 24/7", "{shifts: [{days: Mon-Fri, from: \"06:00\","
                        + " to: \"14:00\"}]}").defaultDoc("none (24/7)");
        static final Key<Node.MapNode> PRODUCTS = optional("products", map("product name", section(Product.SECTION)),
                null, "product name -> {share}", "{R5: {share: 0.67}, Megane: {share: 0.33}}")
                .defaultDoc("one product `vehicle`");
        static final Key<Object> SEQUENCE = optional("sequence", either(Types.choice("random"),
                        section(Sequence.SECTION)), "random",
                "release order: random (each product drawn by share) or {repeat: [product, ...]}",
                "{repeat: [R5, R5, Megane]}");
        static final Key<Object> RELEASE = optional("release", either(Types.choice("unlimited"),
                        section(Release.SECTION)), "unlimited",
                "how vehicles enter the line: unlimited, {takt: duration} or {interarrival: distribution};"
                        + " to: STATION in the mapping names the station fed",
                "{takt: 60s}");
        static final Key<Node.ListNode> STATIONS = required("stations", list(section(Station.SECTION), true),
                "the stations; without routing keys a serial line, in order", "[{name: paint, cycle: 55s}]");
        static final Key<Node.ListNode> FEEDERS = optional("feeders", list(section(Feeder.SECTION), true), null,
                "feeder lines building components (packs, doors, seats) that join the line at an assembly station",
                "[{name: pack-line, into: marriage, release: {pull: paint}, stations: [{name: pack-test, cycle: 45s}]}]")
                .defaultDoc("none");
        static final Key<Node.MapNode> TARGETS = optional("targets", map("summary field", TextTypes.comparison()), null,
                "summary field -> comparison like '>= 400000'; a miss gives exit code 3",
                "{annual_output: \">= 400000\"}");
        static final Section SECTION = Section.of("line", "the top level of a config", NAME, SEED, HORIZON, WARMUP,
                CALENDAR, PRODUCTS, SEQUENCE, RELEASE, STATIONS, FEEDERS, TARGETS, SupplyKeys.Line.SITE, SupplyKeys.Line.LOGISTICS,
                SupplyKeys.Line.PARTS, SupplyKeys.Line.SUPPLIERS, EnergyKeys.ENERGY);
    }

    public static final Section LINE = Line.SECTION;

    /** Every section, from the top level down, each once: the schema's $defs and the reference's tables. */
    public static List<Section> all() {
        Set<Section> seen = new LinkedHashSet<>();
        collect(LINE, seen);
        return new ArrayList<>(seen);
    }

    private static void collect(Section s, Set<Section> seen) {
        if (!seen.add(s)) return;
        for (Key<?> k : s.keys()) for (Section child : k.type().sections()) collect(child, seen);
    }

    /** The section of this name, or null. */
    public static Section sectionNamed(String name) {
        for (Section s : all()) if (s.name().equals(name)) return s;
        return null;
    }
}
